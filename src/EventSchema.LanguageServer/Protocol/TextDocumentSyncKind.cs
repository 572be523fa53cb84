namespace EventSchema.LanguageServer.Protocol;

/// <summary>LSP's <c>TextDocumentSyncKind</c>: how the client sends edits.</summary>
internal enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}
