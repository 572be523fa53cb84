using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// The property loop of a generated record's reader: it reads each property name, matches it against the record's
/// <see cref="JsonPropertyTable"/>, skips or rejects unknown properties, rejects a property given twice, and at the end
/// names the first required property that was missing. The generated reader keeps the values in locals and only reads
/// the value of the property <see cref="Property"/> names:
/// <code>
/// var o = JsonObjectReader.Start(ref reader, options, table);
/// try { while (o.Next(ref reader, options)) switch (o.Property) { case 0: v0 = ...; break; } }
/// catch (JsonException e) when (o.NoteError(e)) { throw; }
/// o.End();
/// </code>
/// A mutable struct: keep it in a local and never copy it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct JsonObjectReader
{
    private readonly JsonPropertyTable _table;
    private ulong _seen;
    private ulong[]? _seenAbove64;
    private int _property;
    private SkippedPropertyNames _skipped;

    private JsonObjectReader(JsonPropertyTable table)
    {
        _table = table;
        _seen = 0;
        _seenAbove64 = table.WordCount > 1 ? new ulong[table.WordCount - 1] : null;
        _property = -1;
        _skipped = default;
    }

    /// <summary>Checks that the reader is on the start of an object within the depth limit, and starts its loop.</summary>
    public static JsonObjectReader Start(ref Utf8JsonReader reader, EventJsonOptions options, JsonPropertyTable table)
    {
        JsonValueReader.ExpectStartObject(ref reader, options);
        return new JsonObjectReader(table ?? throw new ArgumentNullException(nameof(table)));
    }

    /// <summary>The number of the property whose value the reader is on, or -1 between properties.</summary>
    public readonly int Property => _property;

    /// <summary>
    /// Moves to the value of the next declared property and returns true, skipping (or rejecting) unknown properties on
    /// the way; false at the object's end. A property given twice is a <see cref="JsonException"/>.
    /// </summary>
    public bool Next(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        var expected = _property + 1;
        while (true)
        {
            _property = -1;
            JsonValueReader.Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject) return false;
            var index = _table.Match(ref reader, expected);
            if (index < 0)
            {
                JsonValueReader.SkipUnknownProperty(ref reader, options, _table.TypeName, ref _skipped);
                continue;
            }
            _property = index;
            JsonValueReader.Read(ref reader);
            if (index < 64)
            {
                var bit = 1UL << index;
                if ((_seen & bit) != 0) throw JsonReadErrors.DuplicateProperty();
                _seen |= bit;
            }
            else
            {
                MarkSeenAbove64(index);
            }
            return true;
        }
    }

    private readonly void MarkSeenAbove64(int index)
    {
        ref var word = ref _seenAbove64![(index >> 6) - 1];
        var bit = 1UL << index;
        if ((word & bit) != 0) throw JsonReadErrors.DuplicateProperty();
        word |= bit;
    }

    /// <summary>
    /// For an exception filter: notes on <paramref name="error"/> the property it arose in (see
    /// <see cref="JsonReadErrors.NoteProperty"/>), and returns false so it passes on; nothing when it arose between properties.
    /// </summary>
    public readonly bool NoteError(Exception error)
        => _property >= 0 && JsonReadErrors.NoteProperty(error, _table.Names[_property]);

    /// <summary>
    /// After the object's end: fails when a required property was missing, at the first in declaration order, naming
    /// every one that was (see <see cref="JsonReadErrors.MissingProperties"/>).
    /// </summary>
    public readonly void End()
    {
        var required = _table.RequiredWord(0);
        var complete = (_seen & required) == required;
        for (var word = 1; complete && word < _table.WordCount; word++)
        {
            required = _table.RequiredWord(word);
            complete = (_seenAbove64![word - 1] & required) == required;
        }
        if (!complete) throw Missing();
    }

    // Only on the error path: every required property not seen, in declaration order.
    private readonly JsonException Missing()
    {
        var names = new List<string>();
        for (var word = 0; word < _table.WordCount; word++)
        {
            var seen = word == 0 ? _seen : _seenAbove64![word - 1];
            var missing = _table.RequiredWord(word) & ~seen;
            for (var bit = 0; bit < 64; bit++)
            {
                if ((missing & (1UL << bit)) != 0) names.Add(_table.Names[(word << 6) + bit]);
            }
        }
        return JsonReadErrors.MissingProperties(_table.TypeName, names);
    }
}
