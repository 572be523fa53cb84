using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using EventSchema.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/definition</c>: where the name under the cursor is declared.</summary>
internal sealed class DefinitionHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.Definition, UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => DefinitionProvider.GetDefinition(session.Workspace, document, document.Lines.GetOffset(parameters.Position)), cancellationToken);
}
