using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Binding;

/// <summary>
/// Binds decorators written on a collection's item type: <c>tags: list&lt;@maxLength(20) string&gt;</c>, and on a map's
/// key type: <c>map&lt;@pattern("^[A-Z]{5}$") string, Port&gt;</c>. A field's own value rules already mean "each item" for
/// a collection down to its innermost items (that is how validation and the JSON Schema read them), so the item
/// rules join the field's constraints; key rules go on the <see cref="MapType"/>. Only value rules may be written
/// there, and only on the innermost item type, where they apply; anything else is ES0125.
/// </summary>
internal static class ItemConstraintBinder
{
    public static Constraints Bind(FileScope file, TypeSyntax syntax, SchemaType type, Constraints fieldConstraints, List<Diagnostic> diagnostics)
    {
        if (syntax is not GenericTypeSyntax) return fieldConstraints;
        var itemRules = Walk(file, syntax, type, diagnostics);
        if (itemRules is null) return fieldConstraints;
        return fieldConstraints with
        {
            MinLength = itemRules.MinLength,
            MaxLength = itemRules.MaxLength,
            Pattern = itemRules.Pattern,
            Minimum = itemRules.Minimum,
            Maximum = itemRules.Maximum,
            ExclusiveMinimum = itemRules.ExclusiveMinimum,
            ExclusiveMaximum = itemRules.ExclusiveMaximum,
        };
    }

    /// <summary>The rules of the innermost items of the collection <paramref name="syntax"/> names; null when none are written.</summary>
    private static Constraints? Walk(FileScope file, TypeSyntax syntax, SchemaType type, List<Diagnostic> diagnostics)
    {
        if (ItemTypes.Unwrap(syntax, out _) is not GenericTypeSyntax generic) return null;
        switch (type)
        {
            case ListType list when generic.Arguments.Count == 1:
                return Item(file, generic.Arguments[0], list.ElementType, diagnostics);
            case SetType set when generic.Arguments.Count == 1:
                return Item(file, generic.Arguments[0], set.ElementType, diagnostics);
            case MapType map when generic.Arguments.Count == 2:
                if (generic.Arguments[0] is ItemTypeSyntax { Decorators.Count: > 0 } key)
                {
                    map.KeyConstraints = BindKeyRules(file, key.Decorators, map.KeyType, diagnostics);
                }
                return Item(file, generic.Arguments[1], map.ValueType, diagnostics);
            default:
                return null;
        }
    }

    private static Constraints? Item(FileScope file, TypeSyntax argument, SchemaType itemType, List<Diagnostic> diagnostics)
    {
        var decorators = argument is ItemTypeSyntax item ? item.Decorators : [];
        if (ItemTypes.IsCollection(itemType))
        {
            foreach (var decorator in decorators)
            {
                if (decorator.Name.IsMissing) continue;
                diagnostics.Add(At(file, decorator).ItemDecoratorMisplaced(decorator.Name.Text,
                    "the items here are collections, and item rules go on the innermost item type, such as list<list<@maxLength(3) string>>"));
            }
            return Walk(file, argument, itemType, diagnostics);
        }
        return decorators.Count == 0 ? null : BindRules(file, decorators, itemType, "an item", diagnostics);
    }

    /// <summary>Key rules are text rules of string keys: the JSON Schema states them on the key's text.</summary>
    private static Constraints BindKeyRules(FileScope file, IReadOnlyList<DecoratorSyntax> decorators, SchemaType keyType, List<Diagnostic> diagnostics)
    {
        if (keyType is ErrorType) return Constraints.None;
        if (DecoratorBinder.UnderlyingPrimitive(keyType) != PrimitiveKind.String)
        {
            foreach (var decorator in decorators)
            {
                if (decorator.Name.IsMissing) continue;
                diagnostics.Add(At(file, decorator).ItemDecoratorMisplaced(decorator.Name.Text,
                    $"rules on map keys apply to string keys, and these keys are '{keyType.DisplayName}'; give the key a scalar or enum type that says what it may be"));
            }
            return Constraints.None;
        }
        return BindRules(file, decorators, keyType, "a key", diagnostics) ?? Constraints.None;
    }

    /// <summary>Binds value-rule decorators against <paramref name="type"/>; others are reported.</summary>
    private static Constraints? BindRules(FileScope file, IReadOnlyList<DecoratorSyntax> decorators, SchemaType type, string what, List<Diagnostic> diagnostics)
    {
        var rules = new List<DecoratorSyntax>(decorators.Count);
        foreach (var decorator in decorators)
        {
            if (decorator.Name.IsMissing) continue;
            var definition = DecoratorDefinition.Find(decorator.Name.Text);
            if (definition is null || DecoratorRules.IsItemRule(definition))
            {
                rules.Add(decorator);
                continue;
            }
            string reason = definition == DecoratorDefinition.MinItems || definition == DecoratorDefinition.MaxItems || definition == DecoratorDefinition.UniqueItems
                ? $"it counts the items of a collection, so write it on the field, before its name"
                : $"only value rules (@minLength, @maxLength, @pattern, @minimum, @maximum, @exclusiveMinimum, @exclusiveMaximum) apply to {what}; write @{definition.Name} on the field";
            diagnostics.Add(At(file, decorator).ItemDecoratorMisplaced(definition.Name, reason));
        }
        if (rules.Count == 0) return null;
        return file.Decorators.Bind(rules, DecoratorTargets.Field, type).Constraints;
    }

    private static DiagnosticBuilder At(FileScope file, DecoratorSyntax decorator)
        => DiagnosticBuilder.At(file.Tree.Text, Text.TextSpan.FromBounds(decorator.At.Span.Start, decorator.Name.Span.End));
}
