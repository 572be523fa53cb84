using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/codeAction</c>: quick fixes for the diagnostics in a range.</summary>
internal sealed class CodeActionHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.CodeAction, UseSingleObjectParameterDeserialization = true)]
    public Task<CodeAction[]?> HandleAsync(CodeActionParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => CodeActionProvider.GetActions(session.Workspace.Compilation, document, parameters), cancellationToken);
}
