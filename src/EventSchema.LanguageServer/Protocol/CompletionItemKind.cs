namespace EventSchema.LanguageServer.Protocol;

/// <summary>LSP's <c>CompletionItemKind</c>: the icon of a completion. The values are the protocol's.</summary>
internal enum CompletionItemKind
{
    Class = 7,
    Module = 9,
    Property = 10,
    Value = 12,
    Enum = 13,
    Keyword = 14,
    Snippet = 15,
    EnumMember = 20,
    Struct = 22,
    Event = 23,
    TypeParameter = 25,
}
