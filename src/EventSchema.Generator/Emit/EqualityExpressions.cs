using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>Comparer expressions for generated value equality: collections compare element by element, at any depth.</summary>
internal static class EqualityExpressions
{
    private const string UriComparer = "global::EventSchema.UriTextComparer.Instance";

    /// <summary>The comparer a set of <paramref name="item"/> values is made with, as a constructor argument; empty for the default.</summary>
    public static string SetItemComparer(ValueShape item) => item.Kind == ShapeKind.Uri ? UriComparer : string.Empty;

    public static string NewComparer(ValueShape shape)
    {
        if (shape.Kind == ShapeKind.Uri) return UriComparer;
        ValueShape? element = shape.Element;
        string kind = shape.Kind switch
        {
            ShapeKind.List => "SequenceEqualityComparer",
            ShapeKind.Set => "SetEqualityComparer",
            ShapeKind.Map => "MapEqualityComparer",
            _ => string.Empty,
        };
        if (kind.Length == 0 || element is null)
        {
            return $"global::System.Collections.Generic.EqualityComparer<{shape.TypeName}>.Default";
        }
        // Keys other than strings compare with their own equality: MapEqualityComparer<TKey, TValue>.
        string arguments = shape.Key is { } key ? key.TypeName + ", " + element.DeclaredTypeName : element.DeclaredTypeName;
        return element.NeedsStructuralEquality
            ? $"new global::EventSchema.{kind}<{arguments}>({NewComparer(element)})"
            : $"global::EventSchema.{kind}<{arguments}>.Default";
    }
}
