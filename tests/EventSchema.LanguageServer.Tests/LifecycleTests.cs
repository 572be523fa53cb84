using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventSchema.LanguageServer.Tests;

public class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_the_features_and_shutdown_then_exit_ends_the_process_cleanly()
    {
        await using var server = LanguageServerProcess.Start();

        var result = await server.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });

        var capabilities = result.GetProperty("capabilities");
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        foreach (string provider in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "documentFormattingProvider" })
            Assert.True(capabilities.GetProperty(provider).GetBoolean(), provider);
        Assert.Contains("@", capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray().Select(e => e.GetString()));
        Assert.NotEmpty(capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray());
        Assert.Equal("EventSchema Language Server", result.GetProperty("serverInfo").GetProperty("name").GetString());

        await server.NotifyAsync("initialized", new JsonObject());
        await server.ShutdownAsync();
        Assert.Equal(0, server.ExitCode);
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused()
    {
        await using var server = LanguageServerProcess.Start();

        var error = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/hover", Lsp.At("file:///x.eventschema", Lsp.Position(0, 0))));

        Assert.Equal(-32002, error.Code);
    }

    [Fact]
    public async Task Malformed_messages_and_unknown_methods_get_errors_and_the_server_keeps_serving()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);

        await server.SendAsync(Encoding.UTF8.GetBytes("{ this is not json"));
        var unknown = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/noSuchThing", new JsonObject()));
        var invalid = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = 42 }));

        Assert.Equal(-32601, unknown.Code);
        Assert.Equal(-32602, invalid.Code);
        Assert.Contains(server.Notifications, n => n.TryGetProperty("error", out var e) && e.GetProperty("code").GetInt32() == -32700);
        var symbols = await server.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = Lsp.Document(workspace.UriOf("common.eventschema")) });
        Assert.Equal(JsonValueKind.Array, symbols.ValueKind);
        await server.ShutdownAsync();
        Assert.Equal(0, server.ExitCode);
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_process_with_an_error_code()
    {
        await using var server = await LanguageServerProcess.StartInitializedAsync(null);

        await server.NotifyAsync("exit", null);
        await WaitForExitAsync(server);

        Assert.Equal(1, server.ExitCode);
    }

    private static async Task WaitForExitAsync(LanguageServerProcess server)
    {
        for (int i = 0; i < 600; i++)
        {
            try { _ = server.ExitCode; return; } catch (InvalidOperationException) { await Task.Delay(100); }
        }
        throw new TimeoutException("The server did not exit.");
    }
}
