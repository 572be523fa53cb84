using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EventSchema.Generator.Analysis;

/// <summary>
/// What the compiler knows about a collection value: its items as written (each with its position) and, when
/// nothing is spread or copied into it, how many there are. Other values are not guessed at.
/// </summary>
internal sealed class KnownItems
{
    private KnownItems(IReadOnlyList<IOperation> items, bool complete, int? count = null)
    {
        Items = items;
        Count = complete ? items.Count : count;
    }

    /// <summary>The items written before anything of unknown size; each is an item's value.</summary>
    public IReadOnlyList<IOperation> Items { get; }

    /// <summary>How many items the collection has; null when that is not known.</summary>
    public int? Count { get; }

    /// <summary>The items of <paramref name="value"/>; null when it is not a collection written out in place.</summary>
    public static KnownItems? From(IOperation value)
    {
        value = Unwrap(value);
        if (Unparenthesize(value.Syntax) is CollectionExpressionSyntax collection) return FromCollectionExpression(value, collection);

        switch (value)
        {
            case IArrayCreationOperation array:
                if (array.Initializer is { } initializer) return new KnownItems([.. initializer.ElementValues], complete: true);
                // new T[n]: n default items, none of them written.
                if (array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: int size } && size >= 0)
                {
                    return new KnownItems([], complete: false, count: size);
                }
                return null;
            case IInvocationOperation { TargetMethod: { Name: "Empty", IsStatic: true } method } when method.ContainingType.SpecialType == SpecialType.System_Array:
                return new KnownItems([], complete: true);
            case IObjectCreationOperation creation when IsFrameworkCollection(creation.Type):
                return FromCollectionInitializer(creation);
            default:
                return null;
        }
    }

    private static KnownItems FromCollectionExpression(IOperation value, CollectionExpressionSyntax collection)
    {
        // Compilers that model collection expressions as operations give their elements as children, in order.
        var children = new List<IOperation>(value.ChildOperations);
        var items = new List<IOperation>();
        for (int i = 0; i < collection.Elements.Count; i++)
        {
            if (collection.Elements[i] is not ExpressionElementSyntax element) return new KnownItems(items, complete: false);
            IOperation? item = i < children.Count && children.Count == collection.Elements.Count ? children[i] : null;
            if (item is null || !Covers(item.Syntax, element.Expression))
            {
                item = value.SemanticModel?.GetOperation(element.Expression);
                if (item is null) return new KnownItems(items, complete: false);
            }
            items.Add(item);
        }
        return new KnownItems(items, complete: true);
    }

    private static KnownItems? FromCollectionInitializer(IObjectCreationOperation creation)
    {
        // new List<T>(), new List<T>(capacity) and new HashSet<T>(comparer) start empty; anything else copies items in.
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            ITypeSymbol? type = argument.Value.Type;
            bool empty = type is not null && (type.SpecialType == SpecialType.System_Int32 || type.Name == "IEqualityComparer");
            if (!empty) return null;
        }
        var items = new List<IOperation>();
        if (creation.Initializer is { } initializer)
        {
            foreach (IOperation add in initializer.Initializers)
            {
                // Only Add(item); dictionary entries and indexer assignments are not counted.
                if (add is not IInvocationOperation { Arguments.Length: 1 } invocation) return null;
                items.Add(invocation.Arguments[0].Value);
            }
        }
        return new KnownItems(items, complete: true);
    }

    private static bool IsFrameworkCollection(ITypeSymbol? type)
        => type is INamedTypeSymbol { Name: "List" or "HashSet" or "SortedSet", Arity: 1 } named
            && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

    private static bool Covers(SyntaxNode syntax, ExpressionSyntax expression) => syntax == expression || syntax.Span == expression.Span;

    /// <summary>The value below implicit conversions and parentheses, as written.</summary>
    public static IOperation Unwrap(IOperation value)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation { IsImplicit: true } conversion: value = conversion.Operand; break;
                case IParenthesizedOperation parenthesized: value = parenthesized.Operand; break;
                default: return value;
            }
        }
    }

    private static SyntaxNode Unparenthesize(SyntaxNode syntax)
    {
        while (syntax is ParenthesizedExpressionSyntax parenthesized) syntax = parenthesized.Expression;
        return syntax;
    }
}
