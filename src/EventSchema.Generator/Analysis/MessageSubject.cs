using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EventSchema.Generator.Analysis;

/// <summary>
/// The subject of a message about an assigned value, as validation would name it: an assignment nested in the
/// initializers of enclosing generated properties reads "Ambassador name", an item of a list "Source 1 outlet", the value
/// of a map entry "Route \"north\" name".
/// </summary>
internal static class MessageSubject
{
    // Deeper nesting is rare; past it, the subject starts at the innermost named properties.
    private const int MaxDepth = 16;

    /// <summary>The subject of the value assigned to a property with <paramref name="rules"/>.</summary>
    public static string Of(ISimpleAssignmentOperation assignment, MemberRules rules, RuleCache cache)
        => Join(Prefix(assignment, cache, MaxDepth), rules.DisplayName);

    /// <summary>The subject of the item at <paramref name="index"/> of a collection assigned to a property with <paramref name="rules"/>.</summary>
    public static string OfItem(ISimpleAssignmentOperation assignment, MemberRules rules, int index, RuleCache cache)
        => Join(Prefix(assignment, cache, MaxDepth), ItemName(rules, index));

    // The subject of the object whose initializer holds this assignment, or null at the outermost object.
    private static string? Prefix(ISimpleAssignmentOperation assignment, RuleCache cache, int depth)
    {
        // The object is created here (new Official { ... }) or copied (luMei with { ... }).
        if (depth == 0 || assignment.Parent is not IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation or IWithOperation } initializerOfObject) return null;
        IOperation creation = initializerOfObject.Parent!;

        // Climb from the created object to what it is: a property's value, or an item of a property's collection.
        IOperation current = creation;
        int? index = null;
        string? key = null;
        IOperation? parent = current.Parent;
        while (parent is not null)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                    break;
                case IArrayInitializerOperation array:
                    index = IndexOf(array.ElementValues, current);
                    break;
                case IArrayCreationOperation:
                    break;
                case IArgumentOperation { Parent: IInvocationOperation { Parent: IObjectOrCollectionInitializerOperation initializer } invocation } argument:
                    // new List<T> { item, ... }: each item is an Add call of the initializer; a map's is Add(key, value).
                    if (invocation.Arguments.Length == 2 && argument == invocation.Arguments[1]) key = ConstantKey(invocation.Arguments[0].Value);
                    else index = IndexOf(initializer.Initializers, invocation);
                    parent = initializer.Parent;
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } entry, Parent: IObjectOrCollectionInitializerOperation initializer }
                    when entry.Arguments.Length == 1:
                    // new Dictionary<string, T> { ["north"] = value }: the value of the entry with that key.
                    key = ConstantKey(entry.Arguments[0].Value);
                    parent = initializer.Parent;
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } outer when outer.Value is not null:
                    MemberRules? outerRules = cache.For(property.Property);
                    if (outerRules is null) return null;
                    string? outerPrefix = Prefix(outer, cache, depth - 1);
                    return Join(outerPrefix, outerRules.ItemDisplayName is null ? outerRules.DisplayName
                        : key is not null ? outerRules.ItemDisplayName + " \"" + key + "\""
                        : index is int i ? ItemName(outerRules, i)
                        : outerRules.DisplayName);
                default:
                    // A collection expression's node: its children are its items, in order.
                    if (parent.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CollectionExpressionSyntax)
                    {
                        index = IndexOf(parent.ChildOperations, current);
                        break;
                    }
                    return null;
            }
            if (parent is null) return null;
            current = parent;
            parent = current.Parent;
        }
        return null;
    }

    // A map key written as a constant names the entry as validation does; any other key leaves the entry unnamed.
    private static string? ConstantKey(IOperation key)
        => key.ConstantValue is { HasValue: true, Value: { } value } ? System.Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    private static int? IndexOf(System.Collections.Generic.IEnumerable<IOperation> items, IOperation item)
    {
        int i = 0;
        foreach (IOperation candidate in items)
        {
            if (candidate == item) return i;
            i++;
        }
        return null;
    }

    private static string ItemName(MemberRules rules, int index)
        => (rules.ItemDisplayName ?? rules.DisplayName) + " " + (index + 1).ToString(CultureInfo.InvariantCulture);

    // As validation joins subjects: "Ambassador" and "Name" read "Ambassador name"; acronyms keep their case.
    private static string Join(string? subject, string displayName)
        => string.IsNullOrEmpty(subject) ? displayName : subject + " " + LowerFirst(displayName);

    private static string LowerFirst(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]) || (text.Length > 1 && char.IsUpper(text[1]))) return text;
        return char.ToLowerInvariant(text[0]) + text.Substring(1);
    }
}
