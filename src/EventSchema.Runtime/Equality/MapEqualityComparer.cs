using System.Collections.Generic;

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
        foreach (KeyValuePair<string, TValue> entry in obj)
        {
            int valueHash = entry.Value is null ? 0 : _valueComparer.GetHashCode(entry.Value);
            hash = unchecked(hash + HashCodes.Combine(System.StringComparer.Ordinal.GetHashCode(entry.Key), valueHash));
        }
        return hash;
    }
}
