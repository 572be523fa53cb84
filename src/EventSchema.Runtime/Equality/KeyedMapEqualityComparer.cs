using System.Collections.Generic;

namespace EventSchema;

/// <summary>
/// Compares two maps whose keys are not strings (enums, string scalars, <c>int</c>, <c>long</c>, <c>uuid</c>, <c>date</c>)
/// by their entries, whatever their order, so generated records holding such maps have value equality. Keys compare
/// with their own equality. Null equals only null.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class MapEqualityComparer<TKey, TValue> : IEqualityComparer<IReadOnlyDictionary<TKey, TValue>?>
    where TKey : notnull
{
    private readonly IEqualityComparer<TValue> _valueComparer;

    /// <summary>Creates a comparer that compares values with <paramref name="valueComparer"/>.</summary>
    public MapEqualityComparer(IEqualityComparer<TValue>? valueComparer = null)
        => _valueComparer = valueComparer ?? EqualityComparer<TValue>.Default;

    /// <summary>The comparer that compares values with their own equality.</summary>
    public static MapEqualityComparer<TKey, TValue> Default { get; } = new();

    /// <inheritdoc />
    public bool Equals(IReadOnlyDictionary<TKey, TValue>? x, IReadOnlyDictionary<TKey, TValue>? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.Count != y.Count) return false;
        foreach (KeyValuePair<TKey, TValue> entry in x)
        {
            if (!y.TryGetValue(entry.Key, out TValue? other)) return false;
            if (!_valueComparer.Equals(entry.Value, other!)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public int GetHashCode(IReadOnlyDictionary<TKey, TValue>? obj)
    {
        if (obj is null) return 0;
        // Order-independent: the sum of entry hashes.
        int hash = obj.Count;
        foreach (KeyValuePair<TKey, TValue> entry in obj)
        {
            int valueHash = entry.Value is null ? 0 : _valueComparer.GetHashCode(entry.Value);
            hash = unchecked(hash + HashCodes.Combine(EqualityComparer<TKey>.Default.GetHashCode(entry.Key), valueHash));
        }
        return hash;
    }
}
