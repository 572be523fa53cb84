using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using EventSchema.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/prepareRename</c>: whether the name under the cursor can be renamed, and its range.</summary>
internal sealed class PrepareRenameHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.PrepareRename, UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => RenameProvider.PrepareRename(session.Workspace, document, document.Lines.GetOffset(parameters.Position)), cancellationToken);
}
