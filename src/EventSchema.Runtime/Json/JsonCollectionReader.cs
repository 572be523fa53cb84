using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// Reads the collections of generated types (lists, sets, maps with string keys), strictly and within the limits of
/// the options, with the item's reader passed in. An error in an item names its index or key in the path.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonCollectionReader
{
    /// <summary>Reads an array into a new array of the exact size; null items are refused.</summary>
    public static T[] ReadList<T>(ref Utf8JsonReader reader, EventJsonOptions options, JsonValueRead<T> readItem)
    {
        JsonValueReader.ExpectStartArray(ref reader, options);
        var items = new JsonArrayBuilder<T>();
        try
        {
            while (true)
            {
                JsonValueReader.Read(ref reader);
                if (reader.TokenType == JsonTokenType.EndArray) break;
                JsonValueReader.CheckCollectionSize(items.Count, options);
                items.Add(readItem(ref reader, options));
            }
        }
        catch (JsonException error) when (JsonReadErrors.NoteItem(error, items.Count))
        {
            throw;
        }
        return items.ToArray();
    }

    /// <summary>Reads an array into a set; null items are refused, and so is an item equal to an earlier one.</summary>
    public static HashSet<T> ReadSet<T>(ref Utf8JsonReader reader, EventJsonOptions options, JsonValueRead<T> readItem)
    {
        JsonValueReader.ExpectStartArray(ref reader, options);
        var items = new HashSet<T>();
        var index = 0;
        try
        {
            while (true)
            {
                JsonValueReader.Read(ref reader);
                if (reader.TokenType == JsonTokenType.EndArray) break;
                JsonValueReader.CheckCollectionSize(index, options);
                if (!items.Add(readItem(ref reader, options))) throw JsonReadErrors.DuplicateItem();
                index++;
            }
        }
        catch (JsonException error) when (JsonReadErrors.NoteItem(error, index))
        {
            throw;
        }
        return items;
    }

    /// <summary>Reads an object into a map with string keys (compared ordinally); null values are refused, and so is a key given twice.</summary>
    public static Dictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, EventJsonOptions options, JsonValueRead<T> readValue)
    {
        JsonValueReader.ExpectStartObject(ref reader, options);
#if NET8_0_OR_GREATER
        // Up to three entries wait on the stack, so a small map's dictionary is made once at its size; a larger one starts
        // with room for eight, where growing from empty would have resized twice by then.
        var waiting = new WaitingEntries<T>();
        Dictionary<string, T>? items = null;
        var count = 0;
#else
        var items = new Dictionary<string, T>(StringComparer.Ordinal);
#endif
        string? key = null;
        try
        {
            while (true)
            {
                key = null;
                JsonValueReader.Read(ref reader);
                if (reader.TokenType == JsonTokenType.EndObject) break;
#if NET8_0_OR_GREATER
                JsonValueReader.CheckCollectionSize(count, options);
                key = JsonStringDecoder.GetPropertyName(in reader, options);
                if (items is null && count < WaitingEntries<T>.Length)
                {
                    for (var i = 0; i < count; i++)
                    {
                        if (string.Equals(waiting[i].Key, key)) throw JsonReadErrors.DuplicateKey();
                    }
                    JsonValueReader.Read(ref reader);
                    waiting[count] = new KeyValuePair<string, T>(key, readValue(ref reader, options));
                }
                else
                {
                    if (items is null)
                    {
                        items = new Dictionary<string, T>(LargeMapCapacity, StringComparer.Ordinal);
                        foreach (var entry in waiting) items.Add(entry.Key, entry.Value);
                    }
                    // One lookup finds a key given twice and makes the entry the value is read into.
                    ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(items, key, out var given);
                    if (given) throw JsonReadErrors.DuplicateKey();
                    JsonValueReader.Read(ref reader);
                    slot = readValue(ref reader, options);
                }
                count++;
#else
                JsonValueReader.CheckCollectionSize(items.Count, options);
                key = JsonStringDecoder.GetPropertyName(in reader, options);
                if (items.ContainsKey(key)) throw JsonReadErrors.DuplicateKey();
                JsonValueReader.Read(ref reader);
                items.Add(key, readValue(ref reader, options));
#endif
            }
        }
        catch (JsonException error) when (key is not null && JsonReadErrors.NoteProperty(error, key))
        {
            throw;
        }
#if NET8_0_OR_GREATER
        if (items is null)
        {
            items = new Dictionary<string, T>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++) items.Add(waiting[i].Key, waiting[i].Value);
        }
#endif
        return items;
    }

#if NET8_0_OR_GREATER
    private const int LargeMapCapacity = 8;

    /// <summary>The first entries of a map being read, before its dictionary exists.</summary>
    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct WaitingEntries<T>
    {
        public const int Length = 3;

        private KeyValuePair<string, T> _first;
    }
#endif
}
