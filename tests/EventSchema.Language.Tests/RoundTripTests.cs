using EventSchema.Language.Syntax;

namespace EventSchema.Language.Tests;

public class RoundTripTests
{
    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.Schemas, "*.eventschema", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(RepositoryPaths.Relative(path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Tokens_and_trivia_reproduce_every_schema_file(string relativePath)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));
        var tree = SyntaxTree.Parse(relativePath, text, TestContext.Current.CancellationToken);
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(text, string.Concat(tree.Root.GetTokens().Select(t => t.ToFullString())));
    }
}
