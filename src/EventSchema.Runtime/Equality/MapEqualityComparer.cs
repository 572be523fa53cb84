using System;
using System.Collections.Generic;
using EventSchema.Json;

namespace EventSchema;

/// <summary>
/// Compares two string-keyed maps by their entries, whatever their order, so generated records holding
/// maps have value equality. Keys compare ordinally. Null equals only null.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class MapEqualityComparer<TValue> : IEqualityComparer<IReadOnlyDictionary<string, TValue>?>
{
    private readonly IEqualityComparer<TValue> _valueComparer;

    /// <summary>Creates a comparer that compares values with <paramref name="valueComparer"/>.</summary>
    public MapEqualityComparer(IEqualityComparer<TValue>? valueComparer = null)
        => _valueComparer = valueComparer ?? EqualityComparer<TValue>.Default;

    /// <summary>The comparer that compares values with their own equality.</summary>
    public static MapEqualityComparer<TValue> Default { get; } = new();

    /// <inheritdoc />
    public bool Equals(IReadOnlyDictionary<string, TValue>? x, IReadOnlyDictionary<string, TValue>? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.Count != y.Count) return false;
        if (x is ReadOnlyStringMap<TValue> readX && y is ReadOnlyStringMap<TValue> readY)
        {
            return readX.EntriesEqual(readY, _valueComparer);
        }
        // Keys compare ordinally whatever comparer a dictionary of one's own was made with ("A" is not "a").
        IReadOnlyDictionary<string, TValue> lookup = ComparesOrdinally(y) ? y : OrdinalCopy(y);
        foreach (KeyValuePair<string, TValue> entry in x)
        {
            if (!lookup.TryGetValue(entry.Key, out TValue? other)) return false;
            if (!_valueComparer.Equals(entry.Value, other)) return false;
        }
        return true;
    }

    private static bool ComparesOrdinally(IReadOnlyDictionary<string, TValue> map) => map switch
    {
        ReadOnlyStringMap<TValue> => true,
        Dictionary<string, TValue> dictionary => ReferenceEquals(dictionary.Comparer, EqualityComparer<string>.Default) || ReferenceEquals(dictionary.Comparer, StringComparer.Ordinal),
        _ => false,
    };

    private static Dictionary<string, TValue> OrdinalCopy(IReadOnlyDictionary<string, TValue> map)
    {
        var copy = new Dictionary<string, TValue>(map.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, TValue> entry in map) copy[entry.Key] = entry.Value;
        return copy;
    }

    /// <inheritdoc />
    public int GetHashCode(IReadOnlyDictionary<string, TValue>? obj)
    {
        if (obj is null) return 0;
        // Order-independent: the sum of entry hashes.
        int hash = obj.Count;
        if (obj is ReadOnlyStringMap<TValue> read)
        {
            // Its own enumerator: no boxed enumerator to allocate.
            foreach (KeyValuePair<string, TValue> entry in read) hash = unchecked(hash + EntryHash(entry));
            return hash;
        }
        foreach (KeyValuePair<string, TValue> entry in obj) hash = unchecked(hash + EntryHash(entry));
        return hash;
    }

    private int EntryHash(KeyValuePair<string, TValue> entry)
        => HashCodes.Combine(System.StringComparer.Ordinal.GetHashCode(entry.Key), entry.Value is null ? 0 : _valueComparer.GetHashCode(entry.Value));
}
