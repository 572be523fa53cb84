using System.Collections.Generic;

namespace EventSchema;

/// <summary>
/// Compares two sequences element by element, in order, so generated records holding lists have
/// value equality. Null equals only null.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class SequenceEqualityComparer<T> : IEqualityComparer<IEnumerable<T>?>
{
    private readonly IEqualityComparer<T> _elementComparer;

    /// <summary>Creates a comparer that compares elements with <paramref name="elementComparer"/>.</summary>
    public SequenceEqualityComparer(IEqualityComparer<T>? elementComparer = null)
        => _elementComparer = elementComparer ?? EqualityComparer<T>.Default;

    /// <summary>The comparer that compares elements with their own equality.</summary>
    public static SequenceEqualityComparer<T> Default { get; } = new();

    /// <inheritdoc />
    public bool Equals(IEnumerable<T>? x, IEnumerable<T>? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null) return false;
        if (x is IReadOnlyCollection<T> xc && y is IReadOnlyCollection<T> yc && xc.Count != yc.Count) return false;

        using var left = x.GetEnumerator();
        using var right = y.GetEnumerator();
        while (true)
        {
            bool hasLeft = left.MoveNext();
            bool hasRight = right.MoveNext();
            if (hasLeft != hasRight) return false;
            if (!hasLeft) return true;
            if (!_elementComparer.Equals(left.Current, right.Current)) return false;
        }
    }

    /// <inheritdoc />
    public int GetHashCode(IEnumerable<T>? obj)
    {
        if (obj is null) return 0;
        int hash = 17;
        foreach (T item in obj)
        {
            hash = HashCodes.Combine(hash, item is null ? 0 : _elementComparer.GetHashCode(item));
        }
        return hash;
    }
}
