using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace EventSchema.LanguageServer.Server;

/// <summary>What the handlers share: the workspace, the queue that orders their work, and the lifecycle state.</summary>
internal sealed class ServerSession(SchemaWorkspace workspace, RequestQueue queue, TextWriter log)
{
    /// <summary>JSON-RPC's code for a request that came before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;

    public SchemaWorkspace Workspace { get; } = workspace;

    public RequestQueue Queue { get; } = queue;

    public TextWriter Log { get; } = log;

    /// <summary>Set by <c>initialize</c>; read and written only by queued work, so in message order.</summary>
    public bool IsInitialized { get; set; }

    /// <summary>Set by <c>initialized</c>: LSP lets the server send notifications only once the client has its answer to <c>initialize</c>.</summary>
    public bool ClientReady { get; set; }

    /// <summary>
    /// Set by <c>initialize</c> when the client watches files only on the server's request (dynamic registration of
    /// <c>workspace/didChangeWatchedFiles</c>, as Neovim's client and LSP4IJ do); cleared once the request is sent.
    /// </summary>
    public bool FileWatchersToRegister { get; set; }

    /// <summary>Set by <c>shutdown</c>: the exit code is 0 only when it came before <c>exit</c>.</summary>
    public bool ShutdownRequested { get; set; }

    /// <summary>Completed by <c>exit</c>.</summary>
    public TaskCompletionSource ExitRequested { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Queues a request of an initialized server.</summary>
    public Task<T> Read<T>(Func<CancellationToken, T> read, CancellationToken cancellationToken)
        => Queue.Enqueue(token =>
        {
            if (!IsInitialized) throw new LocalRpcException("The server has not been initialized.") { ErrorCode = ServerNotInitialized };
            if (ShutdownRequested) throw new LocalRpcException("The server is shutting down; only 'exit' is expected now.") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest };
            try
            {
                return read(token);
            }
            catch (NullReferenceException error)
            {
                // A parameter the request needs is missing (a position, a name): the client's mistake, not a crash.
                Log.WriteLine("A request lacked a parameter it needs: " + error.StackTrace?.Split('\n').FirstOrDefault()?.Trim());
                throw new LocalRpcException("The request is missing a parameter it needs.") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
            }
        }, cancellationToken);

    /// <summary>Queues a request about one document; its answer is null when the workspace does not hold the document.</summary>
    public Task<T?> ReadDocument<T>(TextDocumentIdentifier textDocument, Func<WorkspaceDocument, CancellationToken, T?> read, CancellationToken cancellationToken)
        where T : class
        => Read(token =>
        {
            if (textDocument?.Uri is null) throw new LocalRpcException("The request names no 'textDocument'.") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
            return Workspace.Find(textDocument.Uri) is { } document ? read(document, token) : null;
        }, cancellationToken);

    /// <summary>Queues a change to the workspace, such as a document edit.</summary>
    public void Change(string method, Action change) => Queue.Enqueue(method, change);
}
