using EventSchema.LanguageServer.Protocol;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>$/setTrace</c>: the server writes its log to stderr whatever the level, so the setting is accepted and not used.</summary>
internal sealed class SetTraceHandler
{
    [JsonRpcMethod(LspMethods.SetTrace, UseSingleObjectParameterDeserialization = true)]
    public void Handle(SetTraceParams? parameters) { }
}
