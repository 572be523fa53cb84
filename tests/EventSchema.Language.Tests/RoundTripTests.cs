using EventSchema.Language.Syntax;

namespace EventSchema.Language.Tests;

public class RoundTripTests
{
    public static TheoryData<string> SchemaFiles()
    {
        return new TheoryData<string>(Infrastructure.SchemaCase.All());
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Tokens_and_trivia_reproduce_every_case_file(string relativePath)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));
        var tree = SyntaxTree.Parse(relativePath, text, TestContext.Current.CancellationToken);
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(text, string.Concat(tree.Root.GetTokens().Select(t => t.ToFullString())));
        // Trivia read back piece by piece covers exactly the gaps between tokens.
        int position = 0;
        foreach (var token in tree.GetTokens())
        {
            foreach (var trivia in token.LeadingTrivia) { Assert.Equal(position, trivia.Span.Start); position = trivia.Span.End; }
            Assert.Equal(position, token.Span.Start);
            position = token.Span.End;
            foreach (var trivia in token.TrailingTrivia) { Assert.Equal(position, trivia.Span.Start); position = trivia.Span.End; }
        }
        Assert.Equal(text.Length, position);
    }
}
