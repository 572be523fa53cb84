using EventSchema.Language.Formatting;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Cli.Tests;

/// <summary>Properties every formatted schema keeps, checked over the seed and invalid schemas of the repository.</summary>
public class SchemaFormatterTests
{
    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "schemas"), "*.eventschema", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(CliRunner.RepoRoot, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Formatting_is_idempotent_and_keeps_every_token_and_comment(string relativePath)
    {
        string text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, relativePath));
        var tree = SyntaxTree.Parse(new SourceText(relativePath, text));
        if (!SchemaFormatter.TryFormat(tree, null, out string formatted))
        {
            Assert.Equal(text, formatted);
            Assert.Contains(tree.Diagnostics, d => d.IsError);
            return;
        }

        var reparsed = SyntaxTree.Parse(new SourceText(relativePath, formatted));
        Assert.Equal(Tokens(tree), Tokens(reparsed));
        Assert.Equal(Comments(tree), Comments(reparsed));
        Assert.True(SchemaFormatter.TryFormat(reparsed, null, out string again));
        Assert.Equal(formatted, again);
    }

    [Fact]
    public void Comments_keep_their_place_on_their_own_line_or_after_code()
    {
        const string text = "namespace A; // the namespace\n\n/* block */\nrecord R {\n  // own line\n  a: string; /* after */\n\n  // before b\n\n  b: int;\n  // last\n}\n// end of file\n";

        string formatted = SchemaFormatter.Format(SyntaxTree.Parse(new SourceText("a.eventschema", text)));

        Assert.Equal(text, formatted);
    }

    [Fact]
    public void Keeps_the_line_breaks_of_the_file()
    {
        const string text = "namespace A;\r\nrecord R { a: string; }\r\n";

        string formatted = SchemaFormatter.Format(SyntaxTree.Parse(new SourceText("a.eventschema", text)));

        Assert.Equal("namespace A;\r\n\r\nrecord R {\r\n  a: string;\r\n}\r\n", formatted);
    }

    [Fact]
    public void A_multi_line_enum_gets_one_member_per_line()
    {
        const string text = "namespace A;\nenum E { a,\n b = \"B\", @deprecated(\"old\") c }\n";

        string formatted = SchemaFormatter.Format(SyntaxTree.Parse(new SourceText("a.eventschema", text)));

        Assert.Equal("namespace A;\n\nenum E {\n  a,\n  b = \"B\",\n  @deprecated(\"old\") c\n}\n", formatted);
    }

    private static string[] Tokens(SyntaxTree tree) => tree.Root.GetTokens().Select(t => t.Kind + ":" + t.Text).ToArray();

    private static string[] Comments(SyntaxTree tree)
        => tree.Root.GetTokens()
            .SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .Where(t => t.Kind is TriviaKind.LineComment or TriviaKind.BlockComment or TriviaKind.DocComment)
            .Select(t => t.Text.TrimEnd())
            .ToArray();
}
