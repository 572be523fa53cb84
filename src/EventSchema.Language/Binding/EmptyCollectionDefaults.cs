using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>
/// <c>tags: set&lt;string&gt; = [];</c> and <c>annexes: map&lt;string, string&gt; = {};</c>: a collection field that may be left
/// out and then reads as empty. Only empty collections are defaults: a default is one value shared by every absent
/// field, and an empty one is the value a reader of any language fills in the same way.
/// </summary>
internal static class EmptyCollectionDefaults
{
    public static LiteralValue? Bind(DefaultValueBinder binder, FieldSymbol field, LiteralSyntax syntax)
    {
        bool isMap = syntax.CloseBrace is not null;
        var span = TextSpan.FromBounds(syntax.Token.Span.Start, (syntax.CloseBrace ?? syntax.Token).Span.End);
        string shown = isMap ? "'{}'" : "'[]'";
        var type = field.Type;
        if (type is ErrorType) return null;
        bool fits = isMap ? type is MapType : type is ListType or SetType;
        if (!fits)
        {
            string expected = type switch
            {
                MapType => "'{}', the empty map, or no default",
                ListType or SetType => "'[]', the empty list, or no default",
                _ => "a value of the type; '[]' and '{}' are the defaults of lists, sets and maps",
            };
            binder.Mismatch(span, shown, type, expected);
            return null;
        }
        if (field.Constraints.MinItems is int minItems && minItems > 0)
        {
            binder.Violation(span, shown, $"@minItems({minItems}): it has no items");
        }
        return new LiteralValue(isMap ? LiteralKind.EmptyMap : LiteralKind.EmptyList, isMap ? "{}" : "[]", null, span);
    }
}
