namespace EventSchema.LanguageServer.Protocol;

/// <summary>LSP's <c>InsertTextFormat</c>: whether a completion's text is inserted as written or as a snippet with tab stops.</summary>
internal enum InsertTextFormat
{
    PlainText = 1,
    Snippet = 2,
}
