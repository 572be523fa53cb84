using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>initialized</c>: the client has the answer to <c>initialize</c>, so the server may now send it diagnostics.</summary>
internal sealed class InitializedHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.Initialized, UseSingleObjectParameterDeserialization = true)]
    public void Handle(InitializedParams? parameters) => session.Change(LspMethods.Initialized, () => session.ClientReady = true);
}
