using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nerdbank.Streams;

namespace EventSchema.LanguageServer.Tests;

/// <summary>The real server in the test process over an in-memory duplex stream, driven by <see cref="LanguageServerClient"/>.</summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly StringWriter _log = new();
    private readonly Task<int> _run;

    private InProcessServer()
    {
        var (clientSide, serverSide) = FullDuplexStream.CreatePair();
        Server = new SchemaLanguageServer(serverSide, serverSide, TextWriter.Synchronized(_log));
        _run = Task.Run(Server.RunAsync);
        Client = new LanguageServerClient(clientSide, clientSide, () => _log.ToString());
    }

    public string Log => _log.ToString();

    public SchemaLanguageServer Server { get; }

    public LanguageServerClient Client { get; }

    /// <summary>Starts the server and initializes it with <paramref name="rootFolder"/> as the workspace.</summary>
    public static async Task<InProcessServer> StartInitializedAsync(string? rootFolder)
    {
        var server = new InProcessServer();
        await server.Client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootFolder is null ? null : new Uri(rootFolder).AbsoluteUri,
            ["capabilities"] = new JsonObject(),
        });
        await server.Client.NotifyAsync("initialized", new JsonObject());
        return server;
    }

    /// <summary>Sends <c>shutdown</c> and <c>exit</c>; the server's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        await Client.RequestAsync("shutdown", null);
        await Client.NotifyAsync("exit", null);
        return await _run.WaitAsync(LanguageServerClient.Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Server.Dispose();
        try { await _run.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { }
    }
}
