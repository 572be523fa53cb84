using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/semanticTokens/full</c>: every token classified by meaning.</summary>
internal sealed class SemanticTokensHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.SemanticTokensFull, UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens?> HandleAsync(SemanticTokensParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => SemanticTokensProvider.GetTokens(session.Workspace.Compilation, document), cancellationToken);
}
