using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>How values are written as text for people (summaries, scalar ToString): ISO dates, invariant numbers, wire values of enums.</summary>
internal static class ValueFormatting
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    /// <summary>A string expression for the non-null value <paramref name="value"/>.</summary>
    public static string ToText(ValueShape shape, string value) => shape.Kind switch
    {
        ShapeKind.String => value,
        ShapeKind.Bool => $"({value} ? \"true\" : \"false\")",
        ShapeKind.Int or ShapeKind.Long or ShapeKind.Double or ShapeKind.Decimal => $"{value}.ToString({Invariant})",
        ShapeKind.Date => $"{value}.ToString(\"yyyy-MM-dd\", {Invariant})",
        ShapeKind.Time or ShapeKind.Duration => $"{value}.ToString()", // the wire text
        ShapeKind.DateTime => $"{value}.ToString(\"O\", {Invariant})",
        ShapeKind.Uuid => $"{value}.ToString(\"D\", {Invariant})",
        ShapeKind.Uri => $"{value}.OriginalString",
        // A value cast from a number no member has prints as that number rather than failing the whole text.
        ShapeKind.Enum => $"({shape.Element!.TypeName}.IsDefined({value}) ? {shape.Element!.TypeName}.ToJsonValue({value}) : {value}.ToString())",
        ShapeKind.List or ShapeKind.Set => shape.Element is { Kind: not ShapeKind.String } element
            ? $"string.Join(\", \", global::System.Linq.Enumerable.Select({value}, static item => {ItemText(element, "item")}))"
            : $"string.Join(\", \", {value})",
        ShapeKind.Map => $"string.Join(\", \", {value}.Keys)",
        _ => $"{value}.ToString()",
    };

    // A null item of list<int?> reads as nothing, as string.Join writes a null string.
    private static string ItemText(ValueShape element, string item) => !element.IsNullable
        ? ToText(element, item)
        : element.IsValueType
            ? $"({item} is null ? \"\" : {ToText(element with { IsNullable = false }, item + ".GetValueOrDefault()")})"
            : $"({item} is null ? \"\" : {ToText(element with { IsNullable = false }, item)})";
}
