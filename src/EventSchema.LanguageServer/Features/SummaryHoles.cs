using EventSchema.Language;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.LanguageServer.Features;

/// <summary>One name in a <c>@summary</c> hole, such as <c>name</c> in <c>{ambassador.name}</c>, and the field it resolves to.</summary>
internal sealed record SummaryHoleSegment(TextSpan Span, FieldSymbol Field);

/// <summary>Finds the field names written inside <c>@summary("…{a.b}…")</c> templates, with their spans in the file.</summary>
internal static class SummaryHoles
{
    public static IEnumerable<SummaryHoleSegment> Find(SchemaCompilation compilation, string path, CompilationUnitSyntax root)
    {
        var records = compilation.GetDeclarations(path).OfType<RecordSymbol>().ToDictionary(r => r.NameSpan, r => r);
        foreach (var declaration in root.Members.OfType<RecordDeclarationSyntax>())
        {
            if (!records.TryGetValue(declaration.Name.Span, out var record)) continue;
            foreach (var decorator in declaration.Decorators)
            {
                if (decorator.Name.Text != "summary" || decorator.Arguments.Count == 0) continue;
                var literal = decorator.Arguments[0].Token;
                if (literal.Kind != TokenKind.StringLiteral) continue;
                foreach (var segment in Segments(record, literal)) yield return segment;
            }
        }
    }

    private static IEnumerable<SummaryHoleSegment> Segments(RecordSymbol record, SyntaxToken literal)
    {
        string text = literal.Text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '{') continue;
            if (i + 1 < text.Length && text[i + 1] == '{') { i++; continue; } // "{{" is a literal brace.
            int close = text.IndexOf('}', i + 1);
            if (close < 0) yield break;
            RecordSymbol? current = record;
            int start = i + 1;
            while (start <= close && current is not null)
            {
                int end = text.IndexOf('.', start, close - start);
                if (end < 0) end = close;
                string name = text[start..end];
                var field = current.Fields.FirstOrDefault(f => f.Name == name);
                if (field is null) break;
                yield return new SummaryHoleSegment(new TextSpan(literal.Span.Start + start, name.Length), field);
                current = field.Type is NamedType { Declaration: RecordSymbol next } ? next : null;
                start = end + 1;
            }
            i = close;
        }
    }
}
