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

    /// <summary>For a collection's element or a map's value: whether it may be null (<c>list&lt;string?&gt;</c>).</summary>
    public bool IsNullable { get; init; }

    /// <summary>For a map, the key shape; null for string keys (and for every other shape).</summary>
    public ValueShape? Key { get; init; }

    /// <summary>
    /// For a scalar over a value type, the scalar's own rules (<c>@exclusiveMinimum(0) scalar Positive : double</c>);
    /// null when it has none. <c>From</c> checks them, but <c>default(Positive)</c> never went through it.
    /// </summary>
    public RuleSpec? ScalarRules { get; init; }

    /// <summary>For a map, the rules every key meets (<c>map&lt;@pattern("…") string, T&gt;</c>); null when there are none.</summary>
    public RuleSpec? KeyRules { get; init; }

    /// <summary>The C# type as a type argument, with <c>?</c> when it may be null: <c>int?</c>, <c>string?</c>.</summary>
    public string DeclaredTypeName => IsNullable ? TypeName + "?" : TypeName;

    /// <summary>For a map, the C# type of its keys.</summary>
    public string KeyTypeName => Key?.TypeName ?? "string";

    public bool IsValueType => Kind switch
    {
        ShapeKind.String or ShapeKind.Uri or ShapeKind.Record or ShapeKind.List or ShapeKind.Set or ShapeKind.Map => false,
        _ => true,
    };

    public bool IsCollection => Kind is ShapeKind.List or ShapeKind.Set or ShapeKind.Map;

    public bool IsNumeric => Kind is ShapeKind.Int or ShapeKind.Long or ShapeKind.Double or ShapeKind.Decimal;

    /// <summary>
    /// Whether equality is not the C# type's own: collections (item by item, at any depth) and <c>uri</c> (by its text,
    /// as <c>System.Uri</c>'s equality ignores the fragment).
    /// </summary>
    public bool NeedsStructuralEquality => IsCollection || Kind == ShapeKind.Uri;
}
