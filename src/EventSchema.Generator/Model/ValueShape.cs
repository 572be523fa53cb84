namespace EventSchema.Generator.Model;

/// <summary>What a C# value is, as far as equality, validation and formatting care.</summary>
internal enum ShapeKind
{
    String,
    Bool,
    Int,
    Long,
    Double,
    Decimal,
    Date,
    Time,
    DateTime,
    Duration,
    Uuid,
    Uri,
    Record,
    Enum,
    Scalar,
    List,
    Set,
    Map,
}

/// <summary>
/// A resolved C# type: its kind, its fully qualified name, and for collections the element shape
/// (the value shape for maps, the underlying primitive for scalars).
/// </summary>
internal sealed record ValueShape
{
    /// <summary>What it is.</summary>
    public required ShapeKind Kind { get; init; }

    /// <summary>The C# type without a nullable annotation, such as <c>global::Diplomacy.Official</c>.</summary>
    public required string TypeName { get; init; }

    /// <summary>The element, map value or scalar's underlying shape; null otherwise.</summary>
    public ValueShape? Element { get; init; }

    public bool IsValueType => Kind switch
    {
        ShapeKind.String or ShapeKind.Uri or ShapeKind.Record or ShapeKind.List or ShapeKind.Set or ShapeKind.Map => false,
        _ => true,
    };

    public bool IsCollection => Kind is ShapeKind.List or ShapeKind.Set or ShapeKind.Map;

    public bool IsNumeric => Kind is ShapeKind.Int or ShapeKind.Long or ShapeKind.Double or ShapeKind.Decimal;

    /// <summary>Whether equality must look inside (collections, at any depth).</summary>
    public bool NeedsStructuralEquality => IsCollection;
}
