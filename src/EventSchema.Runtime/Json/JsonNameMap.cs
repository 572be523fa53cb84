using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace EventSchema.Json;

/// <summary>
/// The JSON property names of a generated record's fields, by schema name, and the records its fields lead to. It
/// turns a validation path, which names schema fields (<c>position.latitude</c>, <c>sources[0].outlet</c>), into the
/// path of the same value in the payload (<c>position.lat</c>, and <c>$.position.lat</c> as a JSON path), so errors
/// found while reading point into what was read.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonNameMap
{
    private readonly string[] _schemaNames;
    private readonly string[] _jsonNames;
    private readonly Func<JsonNameMap>?[] _nested;
    private readonly Func<JsonNameMap>[]? _unionMembers;

    /// <summary>Creates the map of one record.</summary>
    /// <param name="schemaNames">The fields' schema names.</param>
    /// <param name="jsonNames">The fields' JSON property names, in the same order.</param>
    /// <param name="nested">For each field, the map of the record it holds (directly or as items of collections), or null.</param>
    public JsonNameMap(string[] schemaNames, string[] jsonNames, Func<JsonNameMap>?[] nested)
    {
        _schemaNames = schemaNames ?? throw new ArgumentNullException(nameof(schemaNames));
        _jsonNames = jsonNames ?? throw new ArgumentNullException(nameof(jsonNames));
        _nested = nested ?? throw new ArgumentNullException(nameof(nested));
    }

    private JsonNameMap(Func<JsonNameMap>[] unionMembers)
    {
        _schemaNames = [];
        _jsonNames = [];
        _nested = [];
        _unionMembers = unionMembers;
    }

    /// <summary>
    /// The map of a union: a path is read with the map of the first member that has its first field. The members'
    /// maps are asked for only then, so records and unions that refer to each other can build their maps statically.
    /// </summary>
    /// <param name="members">The map of each member of the union.</param>
    public static JsonNameMap ForUnion(Func<JsonNameMap>[] members)
        => new(members ?? throw new ArgumentNullException(nameof(members)));

    private JsonNameMap? ForName(string name)
    {
        if (_unionMembers is null) return this;
        foreach (var member in _unionMembers)
        {
            var map = member()?.ForName(name);
            if (map is not null && Array.IndexOf(map._schemaNames, name) >= 0) return map;
        }
        return null;
    }

    /// <summary>
    /// The payload's names for <paramref name="schemaPath"/>: as a validation path (<paramref name="wirePath"/>) and as a
    /// JSON path from the root (<paramref name="jsonPath"/>). What cannot be matched to a field is kept as it is.
    /// </summary>
    public void Translate(string schemaPath, out string wirePath, out string jsonPath)
    {
        if (schemaPath is null) throw new ArgumentNullException(nameof(schemaPath));
        var wire = new StringBuilder(schemaPath.Length + 8);
        var json = new StringBuilder("$", schemaPath.Length + 9);
        JsonNameMap? map = this;
        var position = 0;
        while (position < schemaPath.Length)
        {
            if (schemaPath[position] == '.' && position > 0)
            {
                wire.Append('.');
                position++;
            }
            if (position < schemaPath.Length && schemaPath[position] == '[')
            {
                if (!TryBracket(schemaPath, position, out var end, out var key, out var index)) break;
                wire.Append(schemaPath, position, end - position);
                if (key is null) json.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                else AppendName(json, key);
                position = end;
                continue;
            }
            var nameEnd = position;
            while (nameEnd < schemaPath.Length && schemaPath[nameEnd] is not ('.' or '[')) nameEnd++;
            var name = schemaPath.Substring(position, nameEnd - position);
            map = map?.ForName(name);
            var field = map is null ? -1 : Array.IndexOf(map._schemaNames, name);
            var jsonName = field < 0 ? name : map!._jsonNames[field];
            wire.Append(jsonName);
            AppendName(json, jsonName);
            map = field < 0 ? null : map!._nested[field]?.Invoke();
            position = nameEnd;
        }
        if (position < schemaPath.Length)
        {
            // A step this map cannot read (a key with unusual characters): keep the rest as written.
            wire.Append(schemaPath, position, schemaPath.Length - position);
            json.Append(schemaPath, position, schemaPath.Length - position);
        }
        wirePath = wire.ToString();
        jsonPath = json.ToString();
    }

    /// <summary>Reads <c>[12]</c> or <c>["key"]</c> at <paramref name="start"/>; a key ends at the first <c>"]</c> followed by the end, <c>.</c> or <c>[</c>.</summary>
    private static bool TryBracket(string path, int start, out int end, out string? key, out int index)
    {
        key = null;
        index = 0;
        end = start;
        if (start + 1 < path.Length && path[start + 1] == '"')
        {
            for (var close = path.IndexOf("\"]", start + 2, StringComparison.Ordinal); close >= 0; close = path.IndexOf("\"]", close + 1, StringComparison.Ordinal))
            {
                var after = close + 2;
                if (after == path.Length || path[after] is '.' or '[')
                {
                    key = path.Substring(start + 2, close - start - 2);
                    end = after;
                    return true;
                }
            }
            return false;
        }
        var closing = path.IndexOf(']', start);
        if (closing < 0 || !int.TryParse(path.Substring(start + 1, closing - start - 1), NumberStyles.None, CultureInfo.InvariantCulture, out index)) return false;
        end = closing + 1;
        return true;
    }

    private static void AppendName(StringBuilder json, string name)
    {
        var plain = name.Length > 0;
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) { plain = false; break; }
        }
        if (plain) json.Append('.').Append(name);
        else json.Append("['").Append(name.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
    }
}
