using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>workspace/symbol</c>: declarations whose names match a query.</summary>
internal sealed class WorkspaceSymbolHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.WorkspaceSymbol, UseSingleObjectParameterDeserialization = true)]
    public Task<SymbolInformation[]?> HandleAsync(WorkspaceSymbolParams parameters, CancellationToken cancellationToken)
        => session.Read<SymbolInformation[]?>(_ => WorkspaceSymbolProvider.Find(session.Workspace, parameters.Query), cancellationToken);
}
