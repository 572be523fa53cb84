using System.Collections.Generic;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution.Lock;

/// <summary>What a <see cref="LockJsonValue"/> is.</summary>
internal enum LockJsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A parsed JSON value with its span in the lock file, so every error about it can point at it.</summary>
internal sealed class LockJsonValue(LockJsonKind kind, TextSpan span)
{
    public LockJsonKind Kind { get; } = kind;

    public TextSpan Span { get; set; } = span;

    /// <summary>A string's decoded value, or a number's text as written.</summary>
    public string Text { get; init; } = string.Empty;

    // Made on first use: most values are strings and numbers, which have neither.
    private List<LockJsonProperty>? _properties;
    private List<LockJsonValue>? _items;

    /// <summary>An object's members in document order.</summary>
    public List<LockJsonProperty> Properties => _properties ??= new();

    /// <summary>An array's items in order.</summary>
    public List<LockJsonValue> Items => _items ??= new();

    public string Describe() => Kind switch
    {
        LockJsonKind.Object => "an object",
        LockJsonKind.Array => "an array",
        LockJsonKind.String => "a string",
        LockJsonKind.Number => "a number",
        LockJsonKind.Null => "null",
        _ => Kind == LockJsonKind.True ? "true" : "false",
    };
}

/// <summary>One <c>"name": value</c> member of an object.</summary>
internal sealed record LockJsonProperty(string Name, TextSpan NameSpan, LockJsonValue Value);
