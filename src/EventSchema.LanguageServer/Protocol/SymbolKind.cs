namespace EventSchema.LanguageServer.Protocol;

/// <summary>LSP's <c>SymbolKind</c>: the icon an outline or symbol search shows. The values are the protocol's.</summary>
internal enum SymbolKind
{
    Namespace = 3,
    Class = 5,
    Field = 8,
    Enum = 10,
    EnumMember = 22,
    Struct = 23,
    Event = 24,
    TypeParameter = 26,
}
