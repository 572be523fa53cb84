using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventSchema.LanguageServer.Tests;

public class EditingTests
{
    [Fact]
    public async Task Completion_after_at_offers_decorators_with_argument_snippets()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("common.eventschema");
        string text = workspace.Text("common.eventschema").Replace("  title?: string;", "  @\n  title?: string;");
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, "  @\n", offset: 3)));

        var items = list.GetProperty("items").EnumerateArray().ToList();
        var minLength = items.Single(i => i.GetProperty("label").GetString() == "minLength");
        Assert.Equal("minLength(${1:1})", minLength.GetProperty("insertText").GetString());
        Assert.Equal(2, minLength.GetProperty("insertTextFormat").GetInt32());
        Assert.DoesNotContain(items, i => i.GetProperty("label").GetString() == "string");
        // In front of a field: field decorators only, never the event-only ones.
        var labels = items.Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.Contains("json", labels);
        Assert.Contains("deprecated", labels);
        Assert.DoesNotContain("summary", labels);
        Assert.DoesNotContain("version", labels);
        Assert.DoesNotContain("type", labels);
        await server.ShutdownAsync();
    }

    [Theory]
    [InlineData("  @maxLength(\n  title?: string;", "@maxLength(")]
    [InlineData("  @maxLength(1, \n  title?: string;", "@maxLength(1, ")]
    public async Task Completion_inside_a_decorators_parentheses_offers_nothing(string written, string before)
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("common.eventschema");
        string text = workspace.Text("common.eventschema").Replace("  title?: string;", written);
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, before, offset: before.Length)));

        Assert.Empty(list.GetProperty("items").EnumerateArray());
        await server.ShutdownAsync();
    }

    [Theory]
    [InlineData("event", new[] { "version", "type", "summary", "deprecated" }, new[] { "minLength", "json", "uniqueItems" })]
    [InlineData("scalar", new[] { "pattern", "minLength", "deprecated", "version" }, new[] { "type", "summary", "json", "minItems", "minimum" })]
    [InlineData("enum", new[] { "deprecated", "version" }, new[] { "type", "summary", "json", "pattern" })]
    public async Task Completion_after_at_at_the_top_level_offers_the_decorators_of_the_declaration_that_follows(string keyword, string[] offered, string[] notOffered)
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("extra.eventschema");
        string body = keyword switch
        {
            "event" => "event Landed {\n  at: datetime;\n}\n",
            "scalar" => "scalar Code : string;\n",
            _ => "enum Mode { sea, rail }\n",
        };
        string text = "namespace Diplomacy;\n\n@\n" + body;
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, "@\n", offset: 1)));

        var labels = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.All(offered, name => Assert.Contains(name, labels));
        Assert.All(notOffered, name => Assert.DoesNotContain(name, labels));
        await server.ShutdownAsync();
    }

    [Theory]
    [InlineData("name: string;", new[] { "minLength", "pattern", "json", "deprecated", "added" }, new[] { "minimum", "minItems", "uniqueItems", "discriminator" })]
    [InlineData("@json(\"n\") @maxLength(5)\n  name?: Code;", new[] { "minLength", "pattern" }, new[] { "minimum", "minItems", "discriminator" })]
    [InlineData("count: int = 1;", new[] { "minimum", "exclusiveMaximum", "json" }, new[] { "minLength", "pattern", "minItems" })]
    [InlineData("tags: list<string>;", new[] { "minItems", "uniqueItems" }, new[] { "minLength", "minimum", "discriminator" })]
    [InlineData("tags: set<string>;", new[] { "minItems", "maxItems" }, new[] { "uniqueItems", "minLength" })]
    [InlineData("legs: list<Rail | Sea>;", new[] { "minItems", "discriminator" }, new[] { "minLength" })]
    [InlineData("leg: Rail | Sea;", new[] { "discriminator", "json", "deprecated" }, new[] { "minLength", "minimum", "minItems" })]
    [InlineData("leg: Rail;", new[] { "json", "deprecated" }, new[] { "minLength", "minimum", "minItems", "discriminator" })]
    // Not typed yet, or a name that resolves to nothing: every field decorator.
    [InlineData("name: ", new[] { "minLength", "minimum", "minItems", "uniqueItems", "discriminator" }, new string[0])]
    [InlineData("name: Unknown;", new[] { "minLength", "minimum", "minItems", "uniqueItems", "discriminator" }, new string[0])]
    public Task Completion_after_at_offers_the_decorators_that_fit_the_fields_type(string field, string[] offered, string[] notOffered)
        => AssertOfferedAfterAtAsync(
            "namespace Shop;\n\nscalar Code : string;\nrecord Rail { line: string; }\nrecord Sea { port: string; }\n\n"
                + "@version(2)\nrecord Holder {\n  @deprecated\n  @\n  " + field + "\n}\n",
            "  @\n", offered, notOffered);

    [Theory]
    [InlineData("list<@ int>", new[] { "minimum", "maximum" }, new[] { "minLength", "pattern" })]
    [InlineData("scalar Count : int;", new[] { "minimum", "version" }, new[] { "minLength", "pattern" })]
    public Task Completion_after_at_on_an_item_or_a_scalar_offers_the_rules_that_fit_its_type(string written, string[] offered, string[] notOffered)
        => AssertOfferedAfterAtAsync(
            written.StartsWith("list", StringComparison.Ordinal) ? "namespace Shop;\n\nrecord Holder {\n  counts: " + written + ";\n}\n" : "namespace Shop;\n\n@\n" + written + "\n",
            "@", offered, notOffered);

    /// <summary>Asks for completion right after the first <paramref name="at"/> (which ends with its '@' and maybe a line break) in <paramref name="text"/>.</summary>
    private static async Task AssertOfferedAfterAtAsync(string text, string at, string[] offered, string[] notOffered)
    {
        using var workspace = new Workspace(withSeeds: false);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("typed.eventschema");
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, at, offset: at.IndexOf('@') + 1)));

        var labels = Labels(list);
        Assert.All(offered, name => Assert.Contains(name, labels));
        Assert.All(notOffered, name => Assert.DoesNotContain(name, labels));
        await server.ShutdownAsync();
    }

    [Theory]
    [InlineData("@compatibility(", "@version(3)\nrecord Holder {\n  name: string;\n}\n", new[] { "\"backward\"", "\"backward-transitive\"", "\"forward\"", "\"forward-transitive\"", "\"full\"", "\"full-transitive\"", "\"none\"" })]
    [InlineData("  @added(", "@version(3)\nrecord Holder {\n  @added(\n  name?: string;\n}\n", new[] { "2", "3" })]
    [InlineData("  @renamedFrom(", "@version(4)\nrecord Holder {\n  @renamedFrom(\n  name: string;\n}\n", new[] { "2", "3", "4" })]
    [InlineData("  @added(", "record Holder {\n  @added(\n  name?: string;\n}\n", new string[0])]
    public async Task Completion_inside_a_decorators_parentheses_offers_the_values_its_argument_takes(string before, string declaration, string[] expected)
    {
        using var workspace = new Workspace(withSeeds: false);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("arguments.eventschema");
        string text = "namespace Shop;\n\n" + (before.StartsWith('@') ? before + "\n" : "") + declaration;
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, before, offset: before.Length)));

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expected, items.OrderBy(i => i.GetProperty("sortText").GetString(), StringComparer.Ordinal).Select(i => i.GetProperty("label").GetString()));
        Assert.All(items, i => Assert.Equal(i.GetProperty("label").GetString(), i.GetProperty("insertText").GetString()));
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Completion_of_a_former_type_offers_the_type_names()
    {
        using var workspace = new Workspace(withSeeds: false);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("arguments.eventschema");
        const string text = "namespace Shop;\n\nscalar Code : string;\n\n@version(2)\nrecord Holder {\n  @typeChangedFrom(2, \n  name: string;\n}\n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, "(2, ", offset: 4)));

        var labels = Labels(list);
        Assert.Contains("int", labels);
        Assert.Contains("Code", labels);
        // A former collection type is a string there ("list<int>"), not a bare type.
        Assert.DoesNotContain("list", labels);
        await server.ShutdownAsync();
    }

    [Theory]
    [InlineData("@compatibility(\"", "\n", 16)]
    [InlineData("@compatibility(\"fu", "\n", 18)]
    [InlineData("@compatibility(\"fu", "\")\n", 19)]
    [InlineData("@compatibility(\"back", "ward\")\n", 25)]
    public async Task Completion_inside_a_string_argument_offers_its_values_replacing_the_string_typed_so_far(string before, string after, int endCharacter)
    {
        using var workspace = new Workspace(withSeeds: false);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("strings.eventschema");
        string text = "namespace Shop;\n\n" + before + after + "@version(2)\nrecord Holder {\n  name: string;\n}\n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, before, offset: before.Length)));

        var items = list.GetProperty("items").EnumerateArray().OrderBy(i => i.GetProperty("sortText").GetString(), StringComparer.Ordinal).ToList();
        Assert.Equal(["\"backward\"", "\"backward-transitive\"", "\"forward\"", "\"forward-transitive\"", "\"full\"", "\"full-transitive\"", "\"none\""], items.Select(i => i.GetProperty("label").GetString()));
        Assert.All(items, item =>
        {
            var edit = item.GetProperty("textEdit");
            Assert.Equal(item.GetProperty("label").GetString(), edit.GetProperty("newText").GetString());
            Assert.Equal(item.GetProperty("label").GetString(), item.GetProperty("filterText").GetString());
            // From the opening quote (after "@compatibility(") to the cursor, or to the closing quote when there is one.
            var range = edit.GetProperty("range");
            Assert.Equal((2, 15), (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32()));
            Assert.Equal((2, endCharacter), (range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32()));
        });
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Completion_inside_the_string_of_a_former_type_offers_collection_types_and_type_names()
    {
        using var workspace = new Workspace(withSeeds: false);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("arguments.eventschema");
        const string text = "namespace Shop;\n\nscalar Code : string;\n\n@version(2)\nrecord Holder {\n  @typeChangedFrom(2, \"li\n  names: list<string>;\n}\n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, "(2, \"li", offset: 7)));

        var items = list.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("label").GetString()!);
        var listType = items["\"list<\""];
        Assert.Equal("\"list<${1:string}>\"", listType.GetProperty("textEdit").GetProperty("newText").GetString());
        Assert.Equal(2, listType.GetProperty("insertTextFormat").GetInt32());
        var range = listType.GetProperty("textEdit").GetProperty("range");
        Assert.Equal(22, range.GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(25, range.GetProperty("end").GetProperty("character").GetInt32());
        Assert.Contains("\"map<\"", items.Keys);
        Assert.Equal("\"Code\"", items["\"Code\""].GetProperty("textEdit").GetProperty("newText").GetString());
        Assert.Contains("\"int\"", items.Keys);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Completion_inside_a_free_string_offers_nothing()
    {
        using var workspace = new Workspace(withSeeds: false);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("free.eventschema");
        const string text = "namespace Shop;\n\nrecord Holder {\n  @json(\"na\n  name: string;\n}\n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, "(\"na", offset: 4)));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, list.ValueKind);
        await server.ShutdownAsync();
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("// Orders.\n", true)]
    [InlineData("namespace Shop;\n\n", false)]
    [InlineData("namespace Shop;\n\nrecord A { id: string; }\n", false)]
    public async Task Completion_at_the_top_level_offers_namespace_only_in_a_file_without_one(string text, bool offered)
    {
        using var workspace = new Workspace(withSeeds: false);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("top.eventschema");
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var end = Lsp.PositionOf(text + "$", "$");
        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, end));

        var labels = Labels(list);
        Assert.Contains("record", labels);
        Assert.Equal(offered, labels.Contains("namespace"));
        await server.ShutdownAsync();
    }

    private static List<string?> Labels(JsonElement completionList)
        => completionList.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();

    [Fact]
    public async Task Completion_after_a_colon_offers_built_in_and_declared_types()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("credentials.eventschema");
        string text = workspace.Text("credentials.eventschema").Replace("...Occurrence;", "occurredOn: Co");
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.PositionOf(text, "occurredOn: Co", offset: 14)));

        var labels = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.Contains("date", labels);
        Assert.Contains("list", labels);
        Assert.Contains("CountryCode", labels);
        Assert.Contains("CooperationArea", labels);
        Assert.DoesNotContain("minLength", labels);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Completion_at_the_top_level_offers_declaration_keywords()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("new.eventschema");
        const string text = "namespace Diplomacy;\n\n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.Position(2, 0)));

        var labels = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.Contains("record", labels);
        Assert.Contains("event", labels);
        Assert.Contains("enum", labels);
        Assert.Contains("scalar", labels);
        Assert.Contains("using", labels);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Completion_after_using_offers_the_namespaces_of_the_workspace()
    {
        using var workspace = new Workspace();
        workspace.Write("other.eventschema", "namespace Trade.Routes;\n\nrecord Corridor {\n  name: string;\n}\n");
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("new.eventschema");
        const string text = "namespace Diplomacy;\nusing \n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));

        var list = await server.RequestAsync("textDocument/completion", Lsp.At(uri, Lsp.Position(1, 6)));

        var labels = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
        Assert.Contains("Trade.Routes", labels);
        Assert.DoesNotContain("Diplomacy", labels);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Formatting_returns_the_canonical_text_and_nothing_for_formatted_files()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("messy.eventschema");
        const string messy = "namespace  Diplomacy;\nrecord Note{ text : string ;  // why\n}\n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, messy));
        var options = new JsonObject { ["tabSize"] = 4, ["insertSpaces"] = true };

        var edits = await server.RequestAsync("textDocument/formatting", new JsonObject { ["textDocument"] = Lsp.Document(uri), ["options"] = options.DeepClone() });
        var seedEdits = await server.RequestAsync("textDocument/formatting", new JsonObject { ["textDocument"] = Lsp.Document(workspace.UriOf("common.eventschema")), ["options"] = options.DeepClone() });

        Assert.Equal("namespace Diplomacy;\n\nrecord Note {\n  text: string; // why\n}\n", NavigationTests.Apply(messy, edits));
        Assert.Equal(0, seedEdits.GetArrayLength());
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Semantic_tokens_classify_declared_names_by_what_they_declare()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        var initialize = await server.RequestAsync("textDocument/semanticTokens/full", new JsonObject { ["textDocument"] = Lsp.Document(workspace.UriOf("common.eventschema")) });
        string text = workspace.Text("common.eventschema");

        var tokens = Decode(initialize.GetProperty("data"));
        var lines = text.Split('\n');
        string TypeAt(string needle)
        {
            var position = Lsp.PositionOf(text, needle);
            return tokens.Single(t => t.Line == position["line"]!.GetValue<int>() && t.Character == position["character"]!.GetValue<int>()).Type;
        }

        Assert.Equal(0, initialize.GetProperty("data").GetArrayLength() % 5);
        Assert.Equal("keyword", TypeAt("record Official"));
        Assert.Equal(Types[1], TypeAt("Official {")); // class: a record
        Assert.Equal("type", TypeAt("CountryCode :"));
        Assert.Equal("enum", TypeAt("CooperationArea {"));
        Assert.Equal("type", TypeAt("CountryCode;"));
        Assert.Equal("property", TypeAt("country:"));
        Assert.Equal("decorator", TypeAt("@pattern"));
        Assert.Equal("string", TypeAt("\"^[A-Z]{2}$\""));
        Assert.Equal("comment", TypeAt("/// A person"));
        Assert.Equal("enumMember", TypeAt("political"));
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Folding_covers_bodies_block_comments_and_comment_runs()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string text = workspace.Text("cooperation.eventschema");

        var ranges = await server.RequestAsync("textDocument/foldingRange", new JsonObject { ["textDocument"] = Lsp.Document(workspace.UriOf("cooperation.eventschema")) });

        var folds = ranges.EnumerateArray().Select(r => (Start: r.GetProperty("startLine").GetInt32(), End: r.GetProperty("endLine").GetInt32(), Kind: r.TryGetProperty("kind", out var k) ? k.GetString() : null)).ToList();
        int recordLine = Lsp.PositionOf(text, "record Initiative {")["line"]!.GetValue<int>();
        int closeLine = Lsp.PositionOf(text, "}")["line"]!.GetValue<int>();
        Assert.Contains((recordLine, closeLine - 1, (string?)null), folds);
        int blockStart = Lsp.PositionOf(text, "/*")["line"]!.GetValue<int>();
        int blockEnd = Lsp.PositionOf(text, "*/")["line"]!.GetValue<int>();
        Assert.Contains((blockStart, blockEnd, (string?)"comment"), folds);
        await server.ShutdownAsync();
    }

    private static readonly string[] Types =
        ["namespace", "class", "struct", "enum", "type", "event", "property", "enumMember", "decorator", "keyword", "string", "number", "comment", "operator"];

    private static List<(int Line, int Character, int Length, string Type)> Decode(JsonElement data)
    {
        var values = data.EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var result = new List<(int, int, int, string)>();
        int line = 0, character = 0;
        for (int i = 0; i < values.Length; i += 5)
        {
            line += values[i];
            character = values[i] == 0 ? character + values[i + 1] : values[i + 1];
            result.Add((line, character, values[i + 2], Types[values[i + 3]]));
        }
        return result;
    }
}
