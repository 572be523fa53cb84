using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/foldingRange</c>: the blocks, comment runs and imports that fold.</summary>
internal sealed class FoldingRangeHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.FoldingRange, UseSingleObjectParameterDeserialization = true)]
    public Task<FoldingRange[]?> HandleAsync(FoldingRangeParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => FoldingRangeProvider.GetRanges(document), cancellationToken);
}
