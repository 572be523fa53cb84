using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/didOpen</c>: the editor now owns the document's text.</summary>
internal sealed class DidOpenHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.DidOpen, UseSingleObjectParameterDeserialization = true)]
    public void Handle(DidOpenTextDocumentParams parameters)
        => session.Change(LspMethods.DidOpen, () => session.Workspace.Open(parameters.TextDocument.Uri, parameters.TextDocument.Text, parameters.TextDocument.Version));
}
