using EventSchema.Language.Syntax;
using EventSchema.Language.Tests.Infrastructure;

namespace EventSchema.Language.Tests;

/// <summary>
/// For every case file: its tokens, its syntax tree and its diagnostics, each compared with a baseline beside
/// the file (<c>x.eventschema.tokens.txt</c>, <c>.tree.txt</c>, <c>.diagnostics.txt</c>).
/// Set EVENTSCHEMA_ACCEPT_BASELINES=1 to rewrite them.
/// </summary>
public class BaselineTests
{
    public static TheoryData<string> Cases() => new(SchemaCase.All());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokens_match_baseline(string relativePath)
    {
        var tree = SyntaxTree.Parse(relativePath, SchemaCase.ReadText(relativePath), TestContext.Current.CancellationToken);
        Baseline.Verify(FullPath(relativePath) + ".tokens.txt", SyntaxPrinter.PrintTokens(tree));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Syntax_tree_matches_baseline(string relativePath)
    {
        var tree = SyntaxTree.Parse(relativePath, SchemaCase.ReadText(relativePath), TestContext.Current.CancellationToken);
        Baseline.Verify(FullPath(relativePath) + ".tree.txt", SyntaxPrinter.PrintTree(tree));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_baseline(string relativePath)
    {
        var compilation = SchemaCase.Compile(relativePath);
        Baseline.Verify(FullPath(relativePath) + ".diagnostics.txt", SchemaCase.FormatDiagnostics(compilation.GetDiagnostics(relativePath)));
    }

    private static string FullPath(string relativePath) => Path.Combine(RepositoryPaths.Root, relativePath);
}
