using EventSchema.LanguageServer.Protocol;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>initialized</c>: the client has read the capabilities; the server registers nothing dynamically, so there is nothing to do.</summary>
internal sealed class InitializedHandler
{
    [JsonRpcMethod(LspMethods.Initialized, UseSingleObjectParameterDeserialization = true)]
    public void Handle(InitializedParams? parameters) { }
}
