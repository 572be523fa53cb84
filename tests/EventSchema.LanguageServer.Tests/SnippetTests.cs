using EventSchema.Language;
using EventSchema.Language.Binding;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.LanguageServer.Tests;

/// <summary>Every snippet completion sends is valid LSP snippet syntax and inserts a schema that means what it shows.</summary>
public class SnippetTests
{
    [Theory]
    [InlineData("minLength(${1:1})", "minLength(1)")]
    [InlineData("summary(\"${1:{field\\} happened}\")", "summary(\"{field} happened\")")]
    [InlineData("record ${1:Name} {\n  $0\n}", "record Name {\n  \n}")]
    [InlineData("${1|full,none|}", "full")]
    [InlineData("a \\$ b \\\\ c", "a $ b \\ c")]
    public void The_snippet_grammar_expands_placeholders_to_their_defaults(string snippet, string expanded)
        => Assert.Equal(expanded, LspSnippet.Expand(snippet));

    [Theory]
    [InlineData("summary(\"${1:{field} happened}\")", "summary(\"{field happened}\")")]
    public void The_first_unescaped_closing_brace_ends_a_placeholder(string snippet, string expanded)
        => Assert.Equal(expanded, LspSnippet.Expand(snippet));

    [Theory]
    [InlineData("pattern(\"${1:^.+$}\")")]
    [InlineData("${1:unclosed")]
    [InlineData("price in $")]
    public void Snippets_outside_the_grammar_are_refused(string snippet)
        => Assert.Throws<FormatException>(() => LspSnippet.Expand(snippet));

    [Fact]
    public async Task Every_snippet_completion_offers_expands_to_a_valid_schema()
    {
        var snippets = await CollectSnippetsAsync();

        // Every decorator, every declaration keyword and every generic type was seen, so none escapes the checks below.
        Assert.All(DecoratorDefinition.All, d => Assert.Contains(d.Name, snippets.Keys));
        Assert.Superset(new HashSet<string> { "namespace", "using", "record", "event", "enum", "scalar", "union", "list", "set", "map" }, snippets.Keys.ToHashSet());

        Assert.Equal("summary(\"{field} happened\")", LspSnippet.Expand(snippets["summary"]));
        Assert.Equal("pattern(\"^.+$\")", LspSnippet.Expand(snippets["pattern"]));
        foreach (var (label, snippet) in snippets)
        {
            string expanded = LspSnippet.Expand(snippet);
            if (DecoratorDefinition.Find(label) is { } decorator)
            {
                AssertCompilesCleanly(label, DecoratorContext(decorator, "@" + expanded));
            }
            else if (label is "list" or "set" or "map")
            {
                AssertCompilesCleanly(label, "namespace Snippets;\n\nrecord Holder {\n  field: " + expanded + ";\n}\n");
            }
            else
            {
                // Declaration snippets name types and namespaces that do not exist yet: they must parse, not bind.
                string text = label == "namespace" ? expanded + "\n" : "namespace Snippets;\n\n" + expanded + "\n";
                Assert.True(SyntaxTree.Parse("keyword.eventschema", text).Diagnostics.Count == 0, $"'{label}' inserts text that does not parse:\n{text}");
            }
        }
    }

    /// <summary>The snippets of every completion item that inserts one, by label (without '@'), from the places that offer them.</summary>
    private static async Task<Dictionary<string, string>> CollectSnippetsAsync()
    {
        using var workspace = new Workspace(withSeeds: false);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        var places = new (string Text, string Before)[]
        {
            ("", ""),                                                            // an empty file: every keyword
            ("namespace Snippets;\n\n", "namespace Snippets;\n\n"),             // declaration decorators
            ("namespace Snippets;\n\nrecord Holder {\n  @\n}\n", "  @"),        // field decorators
            ("namespace Snippets;\n\nenum Mode {\n  @\n  sea,\n}\n", "  @"),   // enum member decorators
            ("namespace Snippets;\n\nrecord Holder {\n  field: \n}\n", "field: "), // types
        };
        var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
        int count = 0;
        foreach (var (text, before) in places)
        {
            string uri = workspace.UriOf($"place{count++}.eventschema");
            await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));
            var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, before, offset: before.Length)));
            foreach (var item in list.GetProperty("items").EnumerateArray())
            {
                if (!item.TryGetProperty("insertTextFormat", out var format) || format.GetInt32() != 2) continue;
                string label = item.GetProperty("label").GetString()!;
                string snippet = item.GetProperty("insertText").GetString()!;
                // A decorator offered where no '@' is typed yet inserts its own.
                if (label.StartsWith('@')) (label, snippet) = (label[1..], snippet[1..]);
                snippets[label] = snippet;
            }
        }
        await server.ShutdownAsync();
        return snippets;
    }

    /// <summary>A schema where <paramref name="decorator"/>, written as <paramref name="written"/>, is valid with its defaults.</summary>
    private static string DecoratorContext(DecoratorDefinition decorator, string written)
    {
        const string Header = "namespace Snippets;\n\nrecord Rail { line: string; }\nrecord Sea { port: string; }\n\n";
        if ((decorator.Targets & DecoratorTargets.Field) != 0)
        {
            string field = decorator == DecoratorDefinition.Discriminator ? "field: Rail | Sea"
                : decorator == DecoratorDefinition.MadeRequired ? "field: string"
                : decorator == DecoratorDefinition.MadeOptional ? "field?: string"
                : decorator.Types switch
                {
                    ConstrainedTypes.Number => "field: int",
                    ConstrainedTypes.Collection or ConstrainedTypes.List => "field: list<string>",
                    _ => "field?: string",
                };
            return Header + "@version(3)\nrecord Holder {\n  " + written + "\n  " + field + ";\n}\n";
        }
        if ((decorator.Targets & DecoratorTargets.Event) != 0) return Header + written + "\nevent Happened {\n  field: string;\n}\n";
        if ((decorator.Targets & DecoratorTargets.Scalar) != 0) return Header + written + "\nscalar Code : string;\n";
        return Header + written + "\nunion Transport = Rail | Sea;\n";
    }

    private static void AssertCompilesCleanly(string label, string text)
    {
        var compilation = SchemaCompilation.Create([new SourceText("snippet.eventschema", text)]);
        Assert.True(compilation.Diagnostics.Count == 0,
            $"'{label}' inserts text with diagnostics:\n{text}\n{string.Join("\n", compilation.Diagnostics.Select(d => d.ToString()))}");
    }
}
