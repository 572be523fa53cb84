using EventSchema.LanguageServer.Protocol;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/didSave</c>: the editor's text was already current, so saving changes nothing.</summary>
internal sealed class DidSaveHandler
{
    [JsonRpcMethod(LspMethods.DidSave, UseSingleObjectParameterDeserialization = true)]
    public void Handle(DidSaveTextDocumentParams parameters) { }
}
