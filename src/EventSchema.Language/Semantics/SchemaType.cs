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
public sealed class ListType(SchemaType elementType) : SchemaType
{
    /// <summary>The element type.</summary>
    public SchemaType ElementType { get; } = elementType;

    /// <inheritdoc />
    public override string DisplayName => $"list<{ElementType.DisplayName}>";
}

/// <summary><c>set&lt;T&gt;</c>: an unordered collection of distinct elements.</summary>
public sealed class SetType(SchemaType elementType) : SchemaType
{
    /// <summary>The element type.</summary>
    public SchemaType ElementType { get; } = elementType;

    /// <inheritdoc />
    public override string DisplayName => $"set<{ElementType.DisplayName}>";
}

/// <summary><c>map&lt;string, T&gt;</c>: string keys to values.</summary>
public sealed class MapType(SchemaType valueType) : SchemaType
{
    /// <summary>The value type; keys are always strings.</summary>
    public SchemaType ValueType { get; } = valueType;

    /// <inheritdoc />
    public override string DisplayName => $"map<string, {ValueType.DisplayName}>";
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
