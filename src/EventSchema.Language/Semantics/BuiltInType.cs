using System;
using System.Collections.Generic;

namespace EventSchema.Language.Semantics;

/// <summary>
/// One built-in type of the language: the keyword that names it, what it means, and how its values are written
/// in JSON. <see cref="All"/> is the one list of them that the binder, the JSON Schema exporter and the editor read.
/// </summary>
public sealed class BuiltInType
{
    private BuiltInType(string keyword, PrimitiveKind? primitive, string jsonType, string? jsonSchemaFormat, string wireFormat, string description, string? snippet = null)
    {
        Keyword = keyword;
        Primitive = primitive;
        JsonType = jsonType;
        JsonSchemaFormat = jsonSchemaFormat;
        WireFormat = wireFormat;
        Description = description;
        Snippet = snippet ?? keyword;
    }

    /// <summary>The keyword, such as <c>datetime</c> or <c>list</c>.</summary>
    public string Keyword { get; }

    /// <summary>The primitive it is; null for the generic collections <c>list</c>, <c>set</c> and <c>map</c>.</summary>
    public PrimitiveKind? Primitive { get; }

    /// <summary>Whether it takes type arguments: <c>list&lt;T&gt;</c>, <c>set&lt;T&gt;</c>, <c>map&lt;string, T&gt;</c>.</summary>
    public bool IsCollection => Primitive is null;

    /// <summary>The JSON Schema <c>type</c> of its values: string, integer, number, boolean, array or object.</summary>
    public string JsonType { get; }

    /// <summary>The JSON Schema <c>format</c> of its values, such as <c>date-time</c>; null when there is none.</summary>
    public string? JsonSchemaFormat { get; }

    /// <summary>How a value is written on the wire, in words, such as <c>yyyy-MM-dd</c>.</summary>
    public string WireFormat { get; }

    /// <summary>What the type is, in a sentence of Markdown, for hover and completion.</summary>
    public string Description { get; }

    /// <summary>How it is written where a type goes, such as <c>list&lt;T&gt;</c>; the keyword for a primitive.</summary>
    public string Signature => Keyword switch
    {
        "map" => "map<string, T>",
        _ => IsCollection ? Keyword + "<T>" : Keyword,
    };

    /// <summary>What completion inserts, with LSP snippet tab stops for a collection's type arguments.</summary>
    public string Snippet { get; }

    /// <summary>Every built-in type: the primitives in <see cref="PrimitiveKind"/> order, then the collections.</summary>
    public static IReadOnlyList<BuiltInType> All { get; } =
    [
        new("string", PrimitiveKind.String, "string", null, "a JSON string", "Text (JSON string)."),
        new("bool", PrimitiveKind.Bool, "boolean", null, "true or false", "true or false (JSON boolean)."),
        new("int", PrimitiveKind.Int, "integer", null, "a whole number from -2^31 to 2^31-1", "A 32-bit signed integer (JSON integer, format int32)."),
        new("long", PrimitiveKind.Long, "integer", null, "a whole number from -2^63 to 2^63-1", "A 64-bit signed integer (JSON integer, format int64)."),
        new("double", PrimitiveKind.Double, "number", null, "a JSON number", "A 64-bit binary floating-point number (JSON number)."),
        new("decimal", PrimitiveKind.Decimal, "number", null, "a JSON number", "A 128-bit decimal number, exact for money (JSON number)."),
        new("date", PrimitiveKind.Date, "string", "date", "yyyy-MM-dd", "A calendar date, `yyyy-MM-dd` (JSON string, format date)."),
        new("time", PrimitiveKind.Time, "string", "time", "HH:mm:ss with fractions and a UTC offset", "A time of day with its UTC offset, `09:30:00Z` (JSON string, format time)."),
        new("datetime", PrimitiveKind.DateTime, "string", "date-time", "RFC 3339 date-time with a UTC offset", "An instant with a UTC offset (JSON string, format date-time)."),
        new("duration", PrimitiveKind.Duration, "string", "duration", "ISO 8601 duration", "An ISO 8601 length of time, `P1D`, `PT1H30M`, `P1Y2M` (JSON string, format duration)."),
        new("uuid", PrimitiveKind.Uuid, "string", "uuid", "8-4-4-4-12 hexadecimal digits", "A 128-bit identifier (JSON string, format uuid)."),
        // The language's uri may be relative, which is JSON Schema's uri-reference.
        new("uri", PrimitiveKind.Uri, "string", "uri-reference", "an absolute or relative URI reference", "An absolute or relative URI (JSON string, format uri-reference)."),
        new("list", null, "array", null, "a JSON array", "`list<T>`: an ordered sequence (JSON array).", "list<${1:string}>"),
        new("set", null, "array", null, "a JSON array of distinct items", "`set<T>`: distinct elements (JSON array with unique items).", "set<${1:string}>"),
        new("map", null, "object", null, "a JSON object", "`map<string, T>`: string keys to values (JSON object).", "map<string, ${1:string}>"),
    ];

    private static readonly Dictionary<string, BuiltInType> ByKeyword = Index();

    /// <summary>The built-in type named <paramref name="keyword"/>; null when it names none.</summary>
    public static BuiltInType? Find(string keyword)
        => keyword is not null && ByKeyword.TryGetValue(keyword, out var type) ? type : null;

    /// <summary>The built-in type of a primitive.</summary>
    public static BuiltInType For(PrimitiveKind kind)
    {
        foreach (var type in All)
        {
            if (type.Primitive == kind) return type;
        }
        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a primitive of the language.");
    }

    private static Dictionary<string, BuiltInType> Index()
    {
        var index = new Dictionary<string, BuiltInType>(StringComparer.Ordinal);
        foreach (var type in All) index[type.Keyword] = type;
        return index;
    }
}
