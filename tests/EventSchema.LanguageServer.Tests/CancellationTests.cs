namespace EventSchema.LanguageServer.Tests;

/// <summary><c>$/cancelRequest</c> over JSON-RPC, with the server in process so the test can hold its queue.</summary>
public class CancellationTests
{
    [Fact]
    public async Task A_cancel_request_answers_a_queued_request_as_cancelled_and_it_never_runs()
    {
        using var workspace = new Workspace();
        await using var server = await InProcessServer.StartInitializedAsync(workspace.Root);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Server.Session.Queue.EnqueueAsync(() => gate.Task);
        using var cancellation = new CancellationTokenSource();

        // The hover waits behind the held queue; StreamJsonRpc sends $/cancelRequest when the token is cancelled.
        var hover = server.Client.RequestAsync("textDocument/hover",
            Lsp.At(workspace.UriOf("common.eventschema"), Lsp.PositionOf(workspace.Text("common.eventschema"), "Official {")), cancellation.Token);
        await Task.Delay(200);
        Assert.False(hover.IsCompleted);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hover);
        // The server answered with RequestCancelled while its queue was still held.
        Assert.False(gate.Task.IsCompleted);
        gate.SetResult();
        var symbols = await server.Client.RequestAsync("textDocument/documentSymbol", new System.Text.Json.Nodes.JsonObject { ["textDocument"] = Lsp.Document(workspace.UriOf("common.eventschema")) });
        Assert.NotEqual(0, symbols.GetArrayLength());
        Assert.Equal(0, await server.ShutdownAsync());
    }
}
