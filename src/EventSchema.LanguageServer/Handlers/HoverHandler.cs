using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using EventSchema.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/hover</c>: what the name under the cursor is.</summary>
internal sealed class HoverHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.Hover, UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => HoverProvider.GetHover(session.Workspace.Compilation, document, document.Lines.GetOffset(parameters.Position)), cancellationToken);
}
