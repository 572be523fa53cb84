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
        => ReadSet(ref reader, options, readItem, EqualityComparer<T>.Default);

    /// <summary>
    /// As <see cref="ReadSet{T}(ref Utf8JsonReader, EventJsonOptions, JsonValueRead{T})"/>, with items compared (and the
    /// set made) with <paramref name="comparer"/>.
    /// </summary>
    public static HashSet<T> ReadSet<T>(ref Utf8JsonReader reader, EventJsonOptions options, JsonValueRead<T> readItem, IEqualityComparer<T> comparer)
    {
        JsonValueReader.ExpectStartArray(ref reader, options);
        var items = new HashSet<T>(comparer);
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

    /// <summary>
    /// Reads an object into a map with string keys (compared ordinally), in the order given; null values are refused, and
    /// so is a key given twice. Up to eight entries make a <see cref="ReadOnlyStringMap{TValue}"/>, more a dictionary.
    /// </summary>
    public static IReadOnlyDictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, EventJsonOptions options, JsonValueRead<T> readValue)
    {
        JsonValueReader.ExpectStartObject(ref reader, options);
#if NET8_0_OR_GREATER
        // The first entries wait on the stack with a cheap print of each key, so a key given twice is usually told apart
        // without comparing strings; past eight entries they move into a dictionary, which finds the next ones by hash.
        var waiting = new WaitingEntries<T>();
        var prints = new WaitingKeyPrints();
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
                if (items is null && count < ReadOnlyStringMap<T>.MaxCount)
                {
                    var print = KeyPrint(key);
                    for (var i = 0; i < count; i++)
                    {
                        if (prints[i] == print && string.Equals(waiting[i].Key, key)) throw JsonReadErrors.DuplicateKey();
                    }
                    prints[count] = print;
                    JsonValueReader.Read(ref reader);
                    waiting[count] = new KeyValuePair<string, T>(key, readValue(ref reader, options));
                }
                else
                {
                    if (items is null)
                    {
                        items = new Dictionary<string, T>(2 * ReadOnlyStringMap<T>.MaxCount, StringComparer.Ordinal);
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
            var keys = new string[count];
            var values = new T[count];
            for (var i = 0; i < count; i++)
            {
                keys[i] = waiting[i].Key;
                values[i] = waiting[i].Value;
            }
            return new ReadOnlyStringMap<T>(keys, values);
        }
#endif
        return items;
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Length, first, middle and last character of a key in one number: keys that differ in any of them differ here, so
    /// most pairs of distinct keys ("A-01", "A-02") are told apart without comparing their text.
    /// </summary>
    private static ulong KeyPrint(string key)
    {
        var length = key.Length;
        return length == 0 ? 0 : ((ulong)length << 48) | ((ulong)key[0] << 32) | ((ulong)key[length >> 1] << 16) | key[length - 1];
    }

    /// <summary>The first entries of a map being read, before it is known whether they are all.</summary>
    [System.Runtime.CompilerServices.InlineArray(ReadOnlyStringMap<object>.MaxCount)]
    private struct WaitingEntries<T>
    {
        private KeyValuePair<string, T> _first;
    }

    /// <summary>The <see cref="KeyPrint"/> of each waiting entry's key.</summary>
    [System.Runtime.CompilerServices.InlineArray(ReadOnlyStringMap<object>.MaxCount)]
    private struct WaitingKeyPrints
    {
        private ulong _first;
    }
#endif
}
