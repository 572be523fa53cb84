using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/documentSymbol</c>: the outline of a document.</summary>
internal sealed class DocumentSymbolHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.DocumentSymbol, UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentSymbol[]?> HandleAsync(DocumentSymbolParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => DocumentSymbolProvider.GetSymbols(session.Workspace.Compilation, document), cancellationToken);
}
