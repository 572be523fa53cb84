using System.Collections.Generic;

namespace EventSchema.Language.Semantics;

/// <summary>A bound type: a primitive, a collection, a declared type, or an error where a name did not resolve.</summary>
public abstract class SchemaType
{
    private protected SchemaType() { }

    /// <summary>The type as it would be written in a schema, with declared names fully qualified.</summary>
    public abstract string DisplayName { get; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}

/// <summary>A built-in type such as <c>string</c> or <c>date</c>.</summary>
public sealed class PrimitiveType : SchemaType
{
    private static readonly Dictionary<PrimitiveKind, PrimitiveType> Instances = new();

    private PrimitiveType(PrimitiveKind kind, string keyword) { Kind = kind; Keyword = keyword; }

    /// <summary>Which primitive.</summary>
    public PrimitiveKind Kind { get; }

    /// <summary>The keyword that names it in a schema.</summary>
    public string Keyword { get; }

    /// <inheritdoc />
    public override string DisplayName => Keyword;

    /// <summary>The one instance for <paramref name="kind"/>.</summary>
    public static PrimitiveType Get(PrimitiveKind kind) => Instances[kind];

    static PrimitiveType()
    {
        foreach (var type in BuiltInType.All)
        {
            if (type.Primitive is { } kind) Instances[kind] = new PrimitiveType(kind, type.Keyword);
        }
    }
}

/// <summary><c>list&lt;T&gt;</c>: an ordered sequence.</summary>
public sealed class ListType(SchemaType elementType, bool elementIsNullable = false) : SchemaType
{
    /// <summary>The element type.</summary>
    public SchemaType ElementType { get; } = elementType;

    /// <summary>Whether an item may be null: <c>list&lt;string?&gt;</c>.</summary>
    public bool ElementIsNullable { get; } = elementIsNullable;

    /// <inheritdoc />
    public override string DisplayName => $"list<{ElementType.DisplayName}{(ElementIsNullable ? "?" : "")}>";
}

/// <summary><c>set&lt;T&gt;</c>: an unordered collection of distinct elements.</summary>
public sealed class SetType(SchemaType elementType, bool elementIsNullable = false) : SchemaType
{
    /// <summary>The element type.</summary>
    public SchemaType ElementType { get; } = elementType;

    /// <summary>Whether an item may be null: <c>set&lt;string?&gt;</c> holds at most one null.</summary>
    public bool ElementIsNullable { get; } = elementIsNullable;

    /// <inheritdoc />
    public override string DisplayName => $"set<{ElementType.DisplayName}{(ElementIsNullable ? "?" : "")}>";
}

/// <summary><c>map&lt;K, T&gt;</c>: keys to values; on the wire a JSON object whose property names are the keys.</summary>
public sealed class MapType : SchemaType
{
    /// <summary>A map with string keys.</summary>
    public MapType(SchemaType valueType) : this(PrimitiveType.Get(PrimitiveKind.String), valueType, valueIsNullable: false) { }

    /// <summary>A map with <paramref name="keyType"/> keys.</summary>
    public MapType(SchemaType keyType, SchemaType valueType, bool valueIsNullable)
    {
        KeyType = keyType;
        ValueType = valueType;
        ValueIsNullable = valueIsNullable;
    }

    /// <summary>The key type: <c>string</c>, an enum, a scalar of <c>string</c>, <c>int</c>, <c>long</c>, <c>uuid</c> or <c>date</c>, or one of those primitives.</summary>
    public SchemaType KeyType { get; }

    /// <summary>The value type.</summary>
    public SchemaType ValueType { get; }

    /// <summary>Whether a value may be null: <c>map&lt;string, string?&gt;</c>.</summary>
    public bool ValueIsNullable { get; }

    /// <summary>The rules every key meets, from decorators on the key type: <c>map&lt;@pattern("^[A-Z]{5}$") string, Port&gt;</c>.</summary>
    public Constraints KeyConstraints { get; internal set; } = Constraints.None;

    /// <inheritdoc />
    public override string DisplayName => $"map<{KeyType.DisplayName}, {ValueType.DisplayName}{(ValueIsNullable ? "?" : "")}>";
}

/// <summary>A reference to a declared record, event, enum or scalar.</summary>
public sealed class NamedType(DeclarationSymbol declaration) : SchemaType
{
    /// <summary>The declaration the name resolved to.</summary>
    public DeclarationSymbol Declaration { get; } = declaration;

    /// <inheritdoc />
    public override string DisplayName => Declaration.FullName;
}

/// <summary>A type that could not be bound; a diagnostic has been reported for it.</summary>
public sealed class ErrorType(string writtenName) : SchemaType
{
    /// <summary>The name as written.</summary>
    public string WrittenName { get; } = writtenName;

    /// <inheritdoc />
    public override string DisplayName => WrittenName;
}
