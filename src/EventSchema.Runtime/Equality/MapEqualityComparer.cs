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
        foreach (KeyValuePair<string, TValue> entry in x)
        {
            if (!y.TryGetValue(entry.Key, out TValue? other)) return false;
            if (!_valueComparer.Equals(entry.Value, other)) return false;
        }
        return true;
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
