using System.Collections.Generic;

namespace EventSchema.Language.Export;

/// <summary>A JSON value being built for export; objects keep their keys in insertion order so output is deterministic.</summary>
internal abstract class SchemaJsonNode
{
    public static SchemaJsonNode Null { get; } = new JsonLiteral("null");

    public static SchemaJsonNode True { get; } = new JsonLiteral("true");

    public static SchemaJsonNode False { get; } = new JsonLiteral("false");

    public static SchemaJsonNode Bool(bool value) => value ? True : False;

    public static SchemaJsonNode String(string value) => new JsonString(value);

    /// <summary>A number from text already known to be a valid JSON number.</summary>
    public static SchemaJsonNode Number(string jsonNumberText) => new JsonLiteral(jsonNumberText);

    public static SchemaJsonNode Number(long value) => new JsonLiteral(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary><c>null</c>, <c>true</c>, <c>false</c> or a number, written as is.</summary>
internal sealed class JsonLiteral(string text) : SchemaJsonNode
{
    public string Text { get; } = text;
}

internal sealed class JsonString(string value) : SchemaJsonNode
{
    public string Value { get; } = value;
}

internal sealed class JsonArrayNode : SchemaJsonNode
{
    public List<SchemaJsonNode> Items { get; } = new();

    public JsonArrayNode Add(SchemaJsonNode item)
    {
        Items.Add(item);
        return this;
    }
}

internal sealed class JsonObjectNode : SchemaJsonNode
{
    private readonly List<KeyValuePair<string, SchemaJsonNode>> _properties = new();

    public IReadOnlyList<KeyValuePair<string, SchemaJsonNode>> Properties => _properties;

    public SchemaJsonNode? this[string key]
    {
        get
        {
            foreach (var property in _properties)
            {
                if (property.Key == key) return property.Value;
            }
            return null;
        }
    }

    /// <summary>Sets <paramref name="key"/>, replacing an earlier value in place.</summary>
    public JsonObjectNode Set(string key, SchemaJsonNode value)
    {
        for (var i = 0; i < _properties.Count; i++)
        {
            if (_properties[i].Key == key)
            {
                _properties[i] = new KeyValuePair<string, SchemaJsonNode>(key, value);
                return this;
            }
        }
        _properties.Add(new KeyValuePair<string, SchemaJsonNode>(key, value));
        return this;
    }

    public bool Remove(string key)
    {
        for (var i = 0; i < _properties.Count; i++)
        {
            if (_properties[i].Key == key)
            {
                _properties.RemoveAt(i);
                return true;
            }
        }
        return false;
    }
}
