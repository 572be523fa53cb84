using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>shutdown</c>: answered once the work queued before it has run, so <c>exit</c> then ends the process cleanly.</summary>
internal sealed class ShutdownHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.Shutdown)]
    public Task<object?> HandleAsync(CancellationToken cancellationToken)
        => session.Queue.Enqueue<object?>(_ =>
        {
            if (!session.IsInitialized) throw new LocalRpcException("The server has not been initialized.") { ErrorCode = ServerSession.ServerNotInitialized };
            session.ShutdownRequested = true;
            return null;
        }, cancellationToken);
}
