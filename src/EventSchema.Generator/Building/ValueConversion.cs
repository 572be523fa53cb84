using EventSchema.Generator.Model;

namespace EventSchema.Generator.Building;

/// <summary>
/// The C# expression that turns a value of one version's type into the next version's type, for every widening the
/// compatibility checker accepts: the same type, a numeric widening, a scalar to its primitive (and wider), an enum to
/// its wire string, a set to a list, and collections (maps included) whose elements convert so. Null when there is no
/// such conversion: the value needs a method the user writes.
/// </summary>
internal static class ValueConversion
{
    private const string Linq = "global::System.Linq.Enumerable";

    /// <summary>The conversion of the non-null <paramref name="value"/> of shape <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The shape of the value.</param>
    /// <param name="to">The shape wanted.</param>
    /// <param name="value">A C# expression for the value, never null.</param>
    /// <param name="depth">How deep the expression is nested, so the names it introduces are distinct from the enclosing ones.</param>
    public static string? Expression(ValueShape from, ValueShape to, string value, int depth)
    {
        if (from.Equals(to)) return value;
        if (from.IsNumeric && to.IsNumeric) return WidensNumber(from.Kind, to.Kind) ? $"({to.TypeName})({value})" : null;
        // A scalar reads as its underlying value on the wire: unwrap it, then widen that.
        if (from.Kind == ShapeKind.Scalar && to.Kind != ShapeKind.Scalar && from.Element is { } underlying)
        {
            return Expression(underlying, to, value + ".Value", depth);
        }
        // An enum is its member's wire string; the enum's extensions class (the shape's element) writes it.
        if (from.Kind == ShapeKind.Enum && to.Kind == ShapeKind.String && from.Element is { } extensions)
        {
            return $"{extensions.TypeName}.ToJsonValue({value})";
        }
        if (from.Element is not { } fromElement || to.Element is not { } toElement) return null;
        string item = "item" + Number(depth);
        switch (from.Kind, to.Kind)
        {
            case (ShapeKind.List or ShapeKind.Set, ShapeKind.List):
                return Element(fromElement, toElement, item, depth) is { } listItem
                    ? $"{Linq}.ToArray({Select(fromElement, toElement, value, item, listItem)})"
                    : null;
            case (ShapeKind.Set, ShapeKind.Set):
                return Element(fromElement, toElement, item, depth) is { } setItem
                    ? $"new global::System.Collections.Generic.HashSet<{toElement.DeclaredTypeName}>({Select(fromElement, toElement, value, item, setItem)}{SetComparer(toElement)})"
                    : null;
            case (ShapeKind.Map, ShapeKind.Map) when Equals(from.Key, to.Key):
                string entry = "entry" + Number(depth);
                if (Element(fromElement, toElement, entry + ".Value", depth) is not { } mapValue) return null;
                string entryType = $"global::System.Collections.Generic.KeyValuePair<{from.KeyTypeName}, {fromElement.DeclaredTypeName}>";
                return $"{Linq}.ToDictionary<{entryType}, {to.KeyTypeName}, {toElement.DeclaredTypeName}>({value}, {entry} => {entry}.Key, {entry} => {mapValue})";
            default:
                return null;
        }
    }

    // Each element goes through Select; an element that stays as it is needs none.
    private static string SetComparer(ValueShape item)
        => Emit.EqualityExpressions.SetItemComparer(item) is { Length: > 0 } comparer ? ", " + comparer : string.Empty;

    private static string Select(ValueShape fromElement, ValueShape toElement, string value, string parameter, string converted)
        => converted == parameter && fromElement.DeclaredTypeName == toElement.DeclaredTypeName
            ? value
            : $"{Linq}.Select<{fromElement.DeclaredTypeName}, {toElement.DeclaredTypeName}>({value}, {parameter} => {converted})";

    /// <summary>One element's conversion, written against <paramref name="item"/>; a null element stays null.</summary>
    private static string? Element(ValueShape source, ValueShape target, string item, int depth)
    {
        ValueShape sourceValue = source with { IsNullable = false };
        ValueShape targetValue = target with { IsNullable = false };
        if (!source.IsNullable) return Expression(sourceValue, targetValue, item, depth + 1);
        return target.IsNullable ? Optional(sourceValue, targetValue, item, depth + 1) : null;
    }

    /// <summary>
    /// The conversion of <paramref name="value"/>, which may be null (an optional field, a nullable element): null stays
    /// null. It declares no variable, so conversions of several properties sit side by side in one object initializer.
    /// </summary>
    public static string? Optional(ValueShape from, ValueShape to, string value, int depth)
        => Expression(from, to, from.IsValueType ? value + ".Value" : value, depth) is { } converted
            ? $"({value} is null ? default({to.TypeName}?) : ({to.TypeName}?)({converted}))"
            : null;

    /// <summary>The conversion of a value that may be null to a value that may not: <paramref name="fallback"/> when it is null.</summary>
    public static string? OrDefault(ValueShape from, ValueShape to, string value, string fallback, int depth)
        => Expression(from, to, from.IsValueType ? value + ".Value" : value, depth) is { } converted
            ? $"({value} is null ? {fallback} : {converted})"
            : null;

    /// <summary>
    /// The widenings without loss that the checker accepts: int to long, and int or long to decimal (int to double too,
    /// exactly). Anything else, long to double included, is left to the user.
    /// </summary>
    private static bool WidensNumber(ShapeKind from, ShapeKind to) => (from, to) switch
    {
        (ShapeKind.Int, ShapeKind.Long) => true,
        (ShapeKind.Int, ShapeKind.Double) => true,
        (ShapeKind.Int, ShapeKind.Decimal) => true,
        (ShapeKind.Long, ShapeKind.Decimal) => true,
        _ => false,
    };

    private static string Number(int depth) => depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
