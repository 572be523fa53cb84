using System.Collections.Generic;

namespace EventSchema;

/// <summary>
/// Compares two sets by their members, whatever their order, so generated records holding sets have
/// value equality. Null equals only null.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class SetEqualityComparer<T> : IEqualityComparer<IEnumerable<T>?>
{
    private readonly IEqualityComparer<T> _elementComparer;

    /// <summary>Creates a comparer that compares members with <paramref name="elementComparer"/>.</summary>
    public SetEqualityComparer(IEqualityComparer<T>? elementComparer = null)
        => _elementComparer = elementComparer ?? EqualityComparer<T>.Default;

    /// <summary>The comparer that compares members with their own equality.</summary>
    public static SetEqualityComparer<T> Default { get; } = new();

    /// <inheritdoc />
    public bool Equals(IEnumerable<T>? x, IEnumerable<T>? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null) return false;

        // Sets are usually small: a hash set of one side keeps the comparison linear and order-free.
        var left = new HashSet<T>(x, _elementComparer);
        int rightCount = 0;
        var seen = new HashSet<T>(_elementComparer);
        foreach (T item in y)
        {
            if (!left.Contains(item)) return false;
            if (seen.Add(item)) rightCount++;
        }
        return rightCount == left.Count;
    }

    /// <inheritdoc />
    public int GetHashCode(IEnumerable<T>? obj)
    {
        if (obj is null) return 0;
        // Order-independent: the sum of distinct member hashes.
        var distinct = new HashSet<T>(obj, _elementComparer);
        int hash = distinct.Count;
        foreach (T item in distinct)
        {
            hash = unchecked(hash + (item is null ? 0 : _elementComparer.GetHashCode(item)));
        }
        return hash;
    }
}
