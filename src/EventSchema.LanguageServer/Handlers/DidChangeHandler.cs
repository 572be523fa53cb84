using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/didChange</c>: edits to an open document, applied in order.</summary>
internal sealed class DidChangeHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.DidChange, UseSingleObjectParameterDeserialization = true)]
    public void Handle(DidChangeTextDocumentParams parameters)
        => session.Change(LspMethods.DidChange, () => session.Workspace.Change(parameters.TextDocument.Uri, parameters.TextDocument.Version, parameters.ContentChanges));
}
