using System.Collections.Generic;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>
/// <c>@maxLength(20) tags: list&lt;string&gt;</c>: a value rule on a collection field, which the author means for each item.
/// Suggests the type with the rule written on its innermost item type, <c>list&lt;@maxLength(20) string&gt;</c>, when the rule
/// fits that type.
/// </summary>
internal static class ItemRuleOnCollection
{
    public static string? Suggest(DecoratorDefinition definition, DecoratorSyntax decorator, SchemaType fieldType, SourceText text)
    {
        if (!DecoratorRules.IsItemRule(definition) || !ItemTypes.IsCollection(fieldType)) return null;
        var item = fieldType;
        while (Element(item) is { } inner) item = inner;
        var primitive = DecoratorBinder.UnderlyingPrimitive(item);
        bool fits = definition == DecoratorDefinition.MinLength || definition == DecoratorDefinition.MaxLength || definition == DecoratorDefinition.Pattern
            ? primitive == PrimitiveKind.String
            : primitive is PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Double or PrimitiveKind.Decimal;
        if (!fits) return null;
        var end = decorator.ArgumentList?.Span.End ?? decorator.Name.Span.End;
        string written = text.ToString(TextSpan.FromBounds(decorator.At.Span.Start, end));
        return Write(fieldType, written);
    }

    private static SchemaType? Element(SchemaType type) => type switch
    {
        ListType list => list.ElementType,
        SetType set => set.ElementType,
        MapType map => map.ValueType,
        _ => null,
    };

    private static string Write(SchemaType type, string rule) => type switch
    {
        ListType list => "list<" + Item(list.ElementType, list.ElementIsNullable, rule) + ">",
        SetType set => "set<" + Item(set.ElementType, set.ElementIsNullable, rule) + ">",
        MapType map => "map<" + map.KeyType.DisplayName + ", " + Item(map.ValueType, map.ValueIsNullable, rule) + ">",
        _ => rule + " " + type.DisplayName,
    };

    private static string Item(SchemaType item, bool nullable, string rule) => Write(item, rule) + (nullable ? "?" : string.Empty);
}
