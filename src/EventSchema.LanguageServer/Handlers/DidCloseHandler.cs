using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/didClose</c>: the file on disk is the document's text again.</summary>
internal sealed class DidCloseHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.DidClose, UseSingleObjectParameterDeserialization = true)]
    public void Handle(DidCloseTextDocumentParams parameters)
        => session.Change(LspMethods.DidClose, () => session.Workspace.Close(parameters.TextDocument.Uri));
}
