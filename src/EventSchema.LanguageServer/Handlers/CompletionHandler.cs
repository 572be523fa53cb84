using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using EventSchema.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/completion</c>: what may be written at the cursor.</summary>
internal sealed class CompletionHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.Completion, UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList?> HandleAsync(CompletionParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => CompletionProvider.GetCompletions(session.Workspace.Compilation, document, document.Lines.GetOffset(parameters.Position)), cancellationToken);
}
