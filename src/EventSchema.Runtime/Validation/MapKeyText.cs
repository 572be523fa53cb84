using System.ComponentModel;
using EventSchema.Json;

namespace EventSchema;

/// <summary>
/// A map entry's key as validation errors name it. A key that has text is named by it, quoted in paths and messages
/// (<c>delegates["AZ"]</c>, <c>Delegates key "AZ"</c>); a scalar key that was never created with <c>From</c> has no
/// text, and is named as the C# value it is, unquoted (<c>delegates[default(CountryCode)]</c>), so that it cannot be
/// taken for a real key, the empty one included.
/// </summary>
/// <remarks>Generated code uses this type.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct MapKeyText
{
    private readonly string? _text;
    private readonly string? _scalarName;

    private MapKeyText(string? text, string? scalarName)
    {
        _text = text;
        _scalarName = scalarName;
    }

    /// <summary>The key <paramref name="text"/>.</summary>
    internal static MapKeyText Of(string text) => new(text ?? string.Empty, null);

    /// <summary>A key of a string scalar: its <paramref name="value"/>, or, when that is null, the scalar's unset value.</summary>
    /// <param name="value">The scalar's value; null for <c>default</c> of the scalar.</param>
    /// <param name="scalarName">The scalar's C# name.</param>
    public static MapKeyText OfScalar(string? value, string scalarName) => new(value, scalarName);

    /// <summary>Whether the key is a scalar that holds no value.</summary>
    internal bool IsUnset => _text is null;

    /// <summary>What <see cref="ValidationError.MapKey"/> holds: the key's text, or <c>default(CountryCode)</c>.</summary>
    internal string Name => _text ?? "default(" + (_scalarName ?? "TKey") + ")";

    /// <summary>The key as a message reads it: quoted, or, unset, as the C# value.</summary>
    internal string Subject => IsUnset ? Name : "\"" + _text + "\"";

    /// <summary>The step of a validation path to the entry: <c>["AZ"]</c>, or <c>[default(CountryCode)]</c>.</summary>
    internal string PathStep => "[" + Subject + "]";

    /// <summary>The JSON path of the entry in the map at <paramref name="map"/>; an unset key has no JSON name, and keeps its C# one.</summary>
    internal string JsonPathOf(string map) => IsUnset ? map + "[" + Name + "]" : JsonPathText.Child(map, _text!);
}
