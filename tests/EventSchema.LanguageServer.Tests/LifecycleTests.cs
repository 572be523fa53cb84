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
        var triggers = capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("@", triggers);
        // A decorator's argument values are offered as its parenthesis is typed.
        Assert.Contains("(", triggers);
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
    public async Task Requests_with_missing_parameters_are_invalid_params_and_refusals_stay_out_of_the_log()
    {
        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        string common = workspace.UriOf("common.eventschema");

        var noDocument = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/hover", new JsonObject { ["foo"] = 1 }));
        var noPosition = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = Lsp.Document(common) }));
        var noName = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/rename", Lsp.At(common, workspace.PositionOf("common.eventschema", "record Official", offset: 8))));
        var keyword = Lsp.At(common, workspace.PositionOf("common.eventschema", "record Official", offset: 8));
        keyword["newName"] = "record";
        var refused = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/rename", keyword));
        var again = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() }));

        Assert.Equal([-32602, -32602, -32602, -32602, -32600], new[] { noDocument.Code, noPosition.Code, noName.Code, refused.Code, again.Code });
        Assert.DoesNotContain("NullReferenceException", noPosition.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LocalRpcException", server.StandardError, StringComparison.Ordinal);
        await server.ShutdownAsync();
        Assert.Equal(0, server.ExitCode);
    }

    [Fact]
    public async Task A_request_after_shutdown_is_refused_and_shutdown_needs_initialize()
    {
        await using (var early = LanguageServerProcess.Start())
        {
            var error = await Assert.ThrowsAsync<LspErrorException>(() => early.RequestAsync("shutdown", null));
            Assert.Equal(-32002, error.Code);
        }

        using var workspace = new Workspace();
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root);
        await server.RequestAsync("shutdown", null);
        var late = await Assert.ThrowsAsync<LspErrorException>(() => server.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = Lsp.Document(workspace.UriOf("common.eventschema")) }));
        Assert.Equal(-32600, late.Code);
    }

    [Fact]
    public async Task A_client_that_watches_files_on_request_is_asked_to_watch_schema_lock_and_project_files()
    {
        using var workspace = new Workspace();
        var capabilities = new JsonObject { ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } } };
        await using var server = await LanguageServerProcess.StartInitializedAsync(workspace.Root, capabilities);

        await server.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = Lsp.Document(workspace.UriOf("common.eventschema")) });
        JsonElement registration = default;
        for (int i = 0; i < 100 && registration.ValueKind == JsonValueKind.Undefined; i++)
        {
            registration = server.Notifications.FirstOrDefault(n => n.TryGetProperty("method", out var m) && m.GetString() == "client/registerCapability");
            if (registration.ValueKind == JsonValueKind.Undefined) await Task.Delay(50);
        }

        var only = Assert.Single(registration.GetProperty("params").GetProperty("registrations").EnumerateArray());
        Assert.Equal("workspace/didChangeWatchedFiles", only.GetProperty("method").GetString());
        Assert.Equal(["**/*.eventschema", "**/eventschema.lock.json", "**/*.csproj", "**/obj/project.assets.json"], only.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray().Select(w => w.GetProperty("globPattern").GetString()));
        await server.ShutdownAsync();
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
