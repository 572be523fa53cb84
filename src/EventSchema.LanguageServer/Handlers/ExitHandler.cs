using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>exit</c>: ends the server after the work queued before it; the exit code says whether <c>shutdown</c> came first.</summary>
internal sealed class ExitHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.Exit)]
    public void Handle() => session.Change(LspMethods.Exit, () => session.ExitRequested.TrySetResult());
}
