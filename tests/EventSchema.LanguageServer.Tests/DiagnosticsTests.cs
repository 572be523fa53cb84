using System.Text.Json;
using EventSchema.Language;
using EventSchema.Language.Text;

namespace EventSchema.LanguageServer.Tests;

public class DiagnosticsTests
{
    [Fact]
    public async Task Seed_schemas_have_no_diagnostics_and_an_edit_brings_and_clears_an_error()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("credentials.eventschema");
        string text = workspace.Text("credentials.eventschema");

        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));
        await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 0);

        // Misspell the type of the first field, as a keystroke would: replace "Official" with "Officil".
        var start = Lsp.PositionOf(text, "Official", 1, offset: 6);
        var end = Lsp.PositionOf(text, "Official", 1, offset: 7);
        await server.NotifyAsync("textDocument/didChange", Lsp.Change(uri, 2,
            Lsp.Edit(new() { ["start"] = start.DeepClone(), ["end"] = end.DeepClone() }, "")));
        var diagnostics = await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() > 0);

        var error = Assert.Single(diagnostics.EnumerateArray());
        Assert.Equal(1, error.GetProperty("severity").GetInt32());
        Assert.Matches("^ES[0-9]{4}$", error.GetProperty("code").GetString());
        Assert.Contains("Officil", error.GetProperty("message").GetString());
        var range = error.GetProperty("range");
        Assert.Equal(start["line"]!.GetValue<int>(), range.GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(start["character"]!.GetValue<int>() - 6, range.GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(start["character"]!.GetValue<int>() + 1, range.GetProperty("end").GetProperty("character").GetInt32());

        await server.NotifyAsync("textDocument/didChange", Lsp.Change(uri, 3,
            Lsp.Edit(new() { ["start"] = start.DeepClone(), ["end"] = start.DeepClone() }, "a")));
        await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 0);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Codes_and_spans_are_those_of_the_build()
    {
        using var workspace = new Workspace(withSeeds: false);
        const string text = "namespace Shop;\n\nrecord A {\n  @minLength(5) @maxLength(2) name: string;\n  other: Missing;\n  broken string;\n}\n";
        workspace.Write("a.eventschema", text);
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        var published = await server.WaitForDiagnosticsAsync(workspace.UriOf("a.eventschema"), d => d.GetArrayLength() > 0);

        var expected = SchemaCompilation.Create([new SourceText(workspace.PathOf("a.eventschema"), text)]).Diagnostics;
        Assert.Equal(expected.Count, published.GetArrayLength());
        foreach (var (build, editor) in expected.Zip(published.EnumerateArray()))
        {
            Assert.Equal(build.Code, editor.GetProperty("code").GetString());
            Assert.Equal(build.Message, editor.GetProperty("message").GetString());
            Assert.Equal(build.Start.Line - 1, editor.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
            Assert.Equal(build.Start.Column - 1, editor.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
            Assert.Equal(build.End.Line - 1, editor.GetProperty("range").GetProperty("end").GetProperty("line").GetInt32());
            Assert.Equal(build.End.Column - 1, editor.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
        }
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Each_diagnostic_links_its_code_to_the_page_the_builds_help_link_opens()
    {
        using var workspace = new Workspace(withSeeds: false);
        workspace.Write("a.eventschema", "namespace Shop;\n\nrecord A {\n  @minLength(5) @maxLength(2) name: string;\n  other: Missing;\n}\n");
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        var published = await server.WaitForDiagnosticsAsync(workspace.UriOf("a.eventschema"), d => d.GetArrayLength() > 0);

        string diagnosticsPage = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "diagnostics.md"));
        Assert.All(published.EnumerateArray(), d =>
        {
            string code = d.GetProperty("code").GetString()!;
            string href = d.GetProperty("codeDescription").GetProperty("href").GetString()!;
            Assert.Equal("https://github.com/eventschema/eventschema/blob/main/docs/diagnostics.md#" + code.ToLowerInvariant(), href);
            // The anchor is a heading of the page, so the link lands on the code's explanation.
            Assert.Contains("\n## " + code + "\n", diagnosticsPage, StringComparison.Ordinal);
        });
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task A_duplicate_name_links_to_the_earlier_one_in_the_same_file_and_in_another()
    {
        using var workspace = new Workspace(withSeeds: false);
        workspace.Write("a.eventschema", "namespace Shop;\n\nrecord Order {\n  id: string;\n  total: int;\n  id: string;\n}\n");
        workspace.Write("b.eventschema", "namespace Shop;\n\nrecord Order {\n  id: string;\n}\n");
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        var inA = await server.WaitForDiagnosticsAsync(workspace.UriOf("a.eventschema"), d => d.GetArrayLength() > 0);
        var inB = await server.WaitForDiagnosticsAsync(workspace.UriOf("b.eventschema"), d => d.GetArrayLength() > 0);

        var duplicateField = Assert.Single(inA.EnumerateArray(), d => d.GetProperty("code").GetString() == "ES0023");
        var earlierField = Assert.Single(duplicateField.GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal(workspace.UriOf("a.eventschema"), earlierField.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal(3, earlierField.GetProperty("location").GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(2, earlierField.GetProperty("location").GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal("'id' is declared here.", earlierField.GetProperty("message").GetString());

        var duplicateDeclaration = Assert.Single(inB.EnumerateArray(), d => d.GetProperty("code").GetString() == "ES0022");
        var earlierDeclaration = Assert.Single(duplicateDeclaration.GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal(workspace.UriOf("a.eventschema"), earlierDeclaration.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal(2, earlierDeclaration.GetProperty("location").GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Removing_a_declaration_in_one_file_reports_its_uses_in_another()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string common = workspace.UriOf("common.eventschema");
        string credentials = workspace.UriOf("credentials.eventschema");
        string text = workspace.Text("common.eventschema");

        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(common, text));
        await server.NotifyAsync("textDocument/didChange", Lsp.Change(common, 2,
            new System.Text.Json.Nodes.JsonObject { ["text"] = text.Replace("record Official", "record Officer") }));

        var diagnostics = await server.WaitForDiagnosticsAsync(credentials, d => d.GetArrayLength() > 0);
        Assert.All(diagnostics.EnumerateArray(), d => Assert.Contains("Official", d.GetProperty("message").GetString()));

        await server.NotifyAsync("textDocument/didClose", new System.Text.Json.Nodes.JsonObject { ["textDocument"] = Lsp.Document(common) });
        await server.WaitForDiagnosticsAsync(credentials, d => d.GetArrayLength() == 0);
        await server.ShutdownAsync();
    }
}
