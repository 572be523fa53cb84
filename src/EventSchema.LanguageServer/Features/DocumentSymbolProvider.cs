using EventSchema.Language;
using EventSchema.Language.Semantics;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>The outline of a file: its declarations, with their fields or members.</summary>
internal static class DocumentSymbolProvider
{
    public static DocumentSymbol[] GetSymbols(SchemaCompilation compilation, WorkspaceDocument document)
    {
        var lines = document.Lines;
        return compilation.GetDeclarations(document.Path).Select(declaration =>
        {
            IReadOnlyList<DocumentSymbol> children = declaration switch
            {
                RecordSymbol record => record.Fields.Select(f => new DocumentSymbol(
                    f.Name, (f.IsOptional ? "?: " : ": ") + (f.Type?.DisplayName ?? "?"), SymbolKind.Field,
                    lines.GetRange(f.Span.Start, f.Span.End), lines.GetRange(f.NameSpan.Start, f.NameSpan.End), null)).ToArray(),
                EnumSymbol @enum => @enum.Members.Select(m => new DocumentSymbol(
                    m.Name, m.JsonValue == m.Name ? null : $"\"{m.JsonValue}\"", SymbolKind.EnumMember,
                    lines.GetRange(m.NameSpan.Start, m.NameSpan.End), lines.GetRange(m.NameSpan.Start, m.NameSpan.End), null)).ToArray(),
                _ => [],
            };
            string detail = declaration switch
            {
                RecordSymbol { IsEvent: true } e => $"event v{e.Version ?? 1}",
                ScalarSymbol s => "scalar : " + s.UnderlyingType.Keyword,
                _ => SchemaDescriptions.Keyword(declaration.Kind),
            };
            var kind = declaration.Kind switch
            {
                DeclarationKind.Event => SymbolKind.Event,
                DeclarationKind.Record => SymbolKind.Class,
                DeclarationKind.Enum => SymbolKind.Enum,
                _ => SymbolKind.Struct,
            };
            return new DocumentSymbol(declaration.Name, detail, kind,
                lines.GetRange(declaration.Span.Start, declaration.Span.End),
                lines.GetRange(declaration.NameSpan.Start, declaration.NameSpan.End),
                children);
        }).ToArray();
    }
}
