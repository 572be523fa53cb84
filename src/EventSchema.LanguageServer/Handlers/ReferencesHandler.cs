using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using EventSchema.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/references</c>: every use of the name under the cursor.</summary>
internal sealed class ReferencesHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.References, UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]?> HandleAsync(ReferenceParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => ReferenceFinder.GetReferences(session.Workspace, document, document.Lines.GetOffset(parameters.Position), parameters.Context.IncludeDeclaration), cancellationToken);
}
