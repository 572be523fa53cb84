using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using EventSchema.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/rename</c>: the edits that rename a declaration, field or enum member everywhere.</summary>
internal sealed class RenameHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.Rename, UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> HandleAsync(RenameParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => RenameProvider.Rename(session.Workspace, document, document.Lines.GetOffset(parameters.Position), parameters.NewName), cancellationToken);
}
