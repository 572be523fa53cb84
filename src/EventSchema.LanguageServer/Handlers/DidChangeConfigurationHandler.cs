using EventSchema.LanguageServer.Protocol;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>workspace/didChangeConfiguration</c>: the server has no settings, so a change needs nothing.</summary>
internal sealed class DidChangeConfigurationHandler
{
    [JsonRpcMethod(LspMethods.DidChangeConfiguration, UseSingleObjectParameterDeserialization = true)]
    public void Handle(DidChangeConfigurationParams? parameters) { }
}
