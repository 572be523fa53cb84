using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Server;
using StreamJsonRpc;

namespace EventSchema.LanguageServer.Handlers;

/// <summary><c>textDocument/formatting</c>: the edits that lay a document out in the canonical style.</summary>
internal sealed class FormattingHandler(ServerSession session)
{
    [JsonRpcMethod(LspMethods.Formatting, UseSingleObjectParameterDeserialization = true)]
    public Task<TextEdit[]?> HandleAsync(DocumentFormattingParams parameters, CancellationToken cancellationToken)
        => session.ReadDocument(parameters.TextDocument, (document, _) => FormattingProvider.Format(document), cancellationToken);
}
