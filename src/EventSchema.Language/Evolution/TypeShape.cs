using System;
using System.Collections.Generic;
using System.Text;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Evolution;

/// <summary>What a <see cref="TypeShape"/> is.</summary>
public enum TypeShapeKind
{
    /// <summary>A built-in type such as <c>string</c>.</summary>
    Primitive,
    /// <summary><c>list&lt;T&gt;</c>.</summary>
    List,
    /// <summary><c>set&lt;T&gt;</c>.</summary>
    Set,
    /// <summary><c>map&lt;K, T&gt;</c>.</summary>
    Map,
    /// <summary>A declared record, event, enum or scalar, by full name.</summary>
    Named,
}

/// <summary>
/// A field's type as data, with no symbols: what a lock file records and what the compatibility checker compares.
/// Its text form is the type as a schema writes it, with declared names fully qualified, such as
/// <c>list&lt;Diplomacy.Official&gt;</c>.
/// </summary>
public sealed class TypeShape : IEquatable<TypeShape>
{
    private TypeShape(TypeShapeKind kind, string name, TypeShape? element, TypeShape? key = null, bool elementIsNullable = false)
    {
        Kind = kind;
        Name = name;
        Element = element;
        Key = key;
        ElementIsNullable = element is not null && elementIsNullable;
    }

    /// <summary>What it is.</summary>
    public TypeShapeKind Kind { get; }

    /// <summary>The primitive's keyword (<c>string</c>), the declaration's full name, or <c>list</c>, <c>set</c>, <c>map</c>.</summary>
    public string Name { get; }

    /// <summary>The element type of a list or set, the value type of a map; null otherwise.</summary>
    public TypeShape? Element { get; }

    /// <summary>Whether the items of a list or set, or the values of a map, may be null (<c>list&lt;string?&gt;</c>).</summary>
    public bool ElementIsNullable { get; }

    /// <summary>The key type of a map whose keys are not plain strings (an enum, a scalar, <c>int</c>…); null otherwise.</summary>
    public TypeShape? Key { get; }

    /// <summary>A primitive by keyword; null when <paramref name="keyword"/> names none.</summary>
    public static TypeShape? Primitive(string keyword) => PrimitiveKindOf(keyword) is not null ? new TypeShape(TypeShapeKind.Primitive, keyword, null) : null;

    /// <summary>A reference to a declaration by full name.</summary>
    public static TypeShape Named(string fullName) => new(TypeShapeKind.Named, fullName, null);

    /// <summary>
    /// A map from <paramref name="key"/> (null or <c>string</c> for plain string keys) to <paramref name="value"/>, whose
    /// values may be null when <paramref name="valueIsNullable"/>.
    /// </summary>
    public static TypeShape Map(TypeShape? key, TypeShape value, bool valueIsNullable = false)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        if (key is not null && key.Element is not null) throw new ArgumentException("A map key is a primitive or a declared name.", nameof(key));
        return new TypeShape(TypeShapeKind.Map, "map", value, key is { Kind: TypeShapeKind.Primitive, Name: "string" } ? null : key, valueIsNullable);
    }

    /// <summary>A collection of <paramref name="element"/>, whose items may be null when <paramref name="elementIsNullable"/>.</summary>
    public static TypeShape Collection(TypeShapeKind kind, TypeShape element, bool elementIsNullable = false)
    {
        if (kind is not (TypeShapeKind.List or TypeShapeKind.Set or TypeShapeKind.Map)) throw new ArgumentOutOfRangeException(nameof(kind));
        return new TypeShape(kind, kind switch { TypeShapeKind.List => "list", TypeShapeKind.Set => "set", _ => "map" }, element, elementIsNullable: elementIsNullable);
    }

    /// <summary>The primitive kind of a primitive shape; null for other shapes.</summary>
    public PrimitiveKind? PrimitiveKind => Kind == TypeShapeKind.Primitive ? PrimitiveKindOf(Name) : null;

    /// <summary>The shape of a bound type; null for a type that did not bind.</summary>
    public static TypeShape? From(SchemaType type) => type switch
    {
        PrimitiveType primitive => new TypeShape(TypeShapeKind.Primitive, primitive.Keyword, null),
        ListType list => From(list.ElementType) is { } element ? Collection(TypeShapeKind.List, element, list.ElementIsNullable) : null,
        SetType set => From(set.ElementType) is { } element ? Collection(TypeShapeKind.Set, element, set.ElementIsNullable) : null,
        MapType map => From(map.ValueType) is { } value && From(map.KeyType) is { } key ? Map(key, value, map.ValueIsNullable) : null,
        NamedType named => Named(named.Declaration.FullName),
        _ => null,
    };

    /// <summary>
    /// Reads the text form: a primitive keyword, a dotted name, <c>list&lt;T&gt;</c>, <c>set&lt;T&gt;</c> or
    /// <c>map&lt;K, T&gt;</c>. Names are returned as written; <paramref name="error"/> says what is wrong otherwise.
    /// </summary>
    public static TypeShape? TryParse(string text, out string? error)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        int position = 0;
        var shape = ParseType(text, ref position, out error);
        SkipSpaces(text, ref position);
        if (shape is not null && position != text.Length)
        {
            error = $"unexpected '{text.Substring(position)}' after the type";
            return null;
        }
        return shape;
    }

    private static TypeShape? ParseType(string text, ref int position, out string? error)
    {
        SkipSpaces(text, ref position);
        int start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_' || text[position] == '.')) position++;
        string name = text.Substring(start, position - start);
        if (name.Length == 0 || !char.IsLetter(name[0]) && name[0] != '_' || name.EndsWith(".", StringComparison.Ordinal) || name.Contains(".."))
        {
            error = "expected a type name";
            return null;
        }
        SkipSpaces(text, ref position);
        bool generic = position < text.Length && text[position] == '<';
        if (name is "list" or "set" or "map")
        {
            if (!generic) { error = $"'{name}' needs type arguments"; return null; }
            position++;
            TypeShape? key = null;
            if (name == "map")
            {
                key = ParseType(text, ref position, out error);
                if (key is null) return null;
                if (key.Element is not null) { error = "a map's key is a built-in type or a declared name, not a collection"; return null; }
                SkipSpaces(text, ref position);
                if (position >= text.Length || text[position] != ',') { error = "expected ',' after the map's key type"; return null; }
                position++;
            }
            var element = ParseType(text, ref position, out error);
            if (element is null) return null;
            SkipSpaces(text, ref position);
            bool nullable = position < text.Length && text[position] == '?';
            if (nullable)
            {
                position++;
                SkipSpaces(text, ref position);
            }
            if (position >= text.Length || text[position] != '>') { error = "expected '>'"; return null; }
            position++;
            error = null;
            return name == "map" ? Map(key, element, nullable) : Collection(name == "list" ? TypeShapeKind.List : TypeShapeKind.Set, element, nullable);
        }
        if (generic) { error = $"'{name}' takes no type arguments"; return null; }
        error = null;
        return PrimitiveKindOf(name) is not null ? new TypeShape(TypeShapeKind.Primitive, name, null) : Named(name);
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ') position++;
    }

    /// <summary>The same shape with every declared name mapped by <paramref name="resolve"/>; null when a name does not resolve.</summary>
    public TypeShape? MapNames(Func<string, string?> resolve)
    {
        if (resolve is null) throw new ArgumentNullException(nameof(resolve));
        switch (Kind)
        {
            case TypeShapeKind.Primitive:
                return this;
            case TypeShapeKind.Named:
                return resolve(Name) is { } resolved ? Named(resolved) : null;
            case TypeShapeKind.Map:
                if (Element!.MapNames(resolve) is not { } value) return null;
                if (Key is null) return Map(null, value, ElementIsNullable);
                return Key.MapNames(resolve) is { } key ? Map(key, value, ElementIsNullable) : null;
            default:
                return Element!.MapNames(resolve) is { } element ? Collection(Kind, element, ElementIsNullable) : null;
        }
    }

    /// <summary>
    /// The same shape with every map's keys read as plain strings: what lock files of format 1, which did not record
    /// key types, knew of it.
    /// </summary>
    public TypeShape WithoutMapKeys() => Kind switch
    {
        TypeShapeKind.Map => Map(null, Element!.WithoutMapKeys(), ElementIsNullable),
        TypeShapeKind.List or TypeShapeKind.Set => Collection(Kind, Element!.WithoutMapKeys(), ElementIsNullable),
        _ => this,
    };

    /// <summary>
    /// The same shape with no item that may be null: what lock files of formats 1 and 2, which did not record it, knew
    /// of <c>list&lt;string?&gt;</c>.
    /// </summary>
    public TypeShape WithoutNullableItems() => Kind switch
    {
        TypeShapeKind.Map => Map(Key, Element!.WithoutNullableItems()),
        TypeShapeKind.List or TypeShapeKind.Set => Collection(Kind, Element!.WithoutNullableItems()),
        _ => this,
    };

    /// <summary>Every declared name this shape mentions.</summary>
    public IEnumerable<string> NamedReferences()
    {
        for (var shape = this; shape is not null; shape = shape.Element)
        {
            if (shape.Kind == TypeShapeKind.Named) yield return shape.Name;
            if (shape.Key is { Kind: TypeShapeKind.Named } key) yield return key.Name;
        }
    }

    /// <inheritdoc />
    public bool Equals(TypeShape? other)
        => other is not null && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal)
           && (Element is null ? other.Element is null : Element.Equals(other.Element))
           && ElementIsNullable == other.ElementIsNullable
           && (Key is null ? other.Key is null : Key.Equals(other.Key));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TypeShape);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            return (int)Kind * 397 ^ StringComparer.Ordinal.GetHashCode(Name) ^ (Element?.GetHashCode() ?? 0) * 31 ^ (Key?.GetHashCode() ?? 0) * 17 ^ (ElementIsNullable ? 1 : 0);
        }
    }

    /// <summary>The text form, such as <c>map&lt;string, long&gt;</c> or <c>list&lt;string?&gt;</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        builder.Append(Name);
        if (Element is null) return;
        builder.Append('<');
        if (Kind == TypeShapeKind.Map)
        {
            if (Key is null) builder.Append("string");
            else Key.Append(builder);
            builder.Append(", ");
        }
        Element.Append(builder);
        if (ElementIsNullable) builder.Append('?');
        builder.Append('>');
    }

    // The language's table of built-in types: a primitive's keyword names its kind (list, set and map name none).
    private static Semantics.PrimitiveKind? PrimitiveKindOf(string keyword) => Semantics.BuiltInType.Find(keyword)?.Primitive;
}
