using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventSchema.LanguageServer.Tests;

public class CodeActionTests
{
    [Fact]
    public async Task Unknown_names_get_the_suggested_name_as_a_preferred_fix()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("draft.eventschema");
        const string text = "namespace Diplomacy;\n\nevent Met {\n  @maxLenth(10) place: string;\n  host: Oficial;\n}\n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));
        var diagnostics = await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 2);

        var actions = await server.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Lsp.Document(uri),
            ["range"] = Lsp.Range(0, 0, 6, 0),
            ["context"] = new JsonObject { ["diagnostics"] = JsonNode.Parse(diagnostics.GetRawText()) },
        });

        var titles = actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains("Change to '@maxLength'", titles);
        Assert.Contains("Change to 'Official'", titles);
        string fixedText = actions.EnumerateArray()
            .Where(a => a.GetProperty("isPreferred").GetBoolean())
            .Select(a => a.GetProperty("edit").GetProperty("changes").GetProperty(uri))
            .Aggregate(text, (current, edits) => NavigationTests.Apply(current, edits));
        Assert.Equal("namespace Diplomacy;\n\nevent Met {\n  @maxLength(10) place: string;\n  host: Official;\n}\n", fixedText);
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task A_type_from_another_namespace_can_be_imported_or_qualified()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string uri = workspace.UriOf("draft.eventschema");
        const string text = "namespace Protocol;\n\nevent Met {\n  host: Official;\n}\n";
        await server.NotifyAsync("textDocument/didOpen", Lsp.Open(uri, text));
        var diagnostics = await server.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 1);

        var actions = await server.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Lsp.Document(uri),
            ["range"] = Lsp.Range(3, 8, 3, 8),
            ["context"] = new JsonObject { ["diagnostics"] = JsonNode.Parse(diagnostics.GetRawText()) },
        });

        var byTitle = actions.EnumerateArray().ToDictionary(a => a.GetProperty("title").GetString()!, a => a.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        var results = byTitle.Values.Select(edits => NavigationTests.Apply(text, edits)).ToList();
        Assert.Equal("namespace Protocol;\nusing Diplomacy;\n\nevent Met {\n  host: Official;\n}\n", NavigationTests.Apply(text, byTitle["Add 'using Diplomacy;'"]));
        Assert.Contains("namespace Protocol;\n\nevent Met {\n  host: Diplomacy.Official;\n}\n", results);
        Assert.Equal(results.Count, results.Distinct(StringComparer.Ordinal).Count()); // no two actions make the same edit
        await server.ShutdownAsync();
    }

    [Fact]
    public async Task Workspace_symbols_find_declarations_by_name()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        var symbols = await server.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "credpres" });

        var symbol = Assert.Single(symbols.EnumerateArray());
        Assert.Equal("CredentialsPresented", symbol.GetProperty("name").GetString());
        Assert.Equal(workspace.UriOf("credentials.eventschema"), symbol.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("Diplomacy", symbol.GetProperty("containerName").GetString());
        await server.ShutdownAsync();
    }
}
