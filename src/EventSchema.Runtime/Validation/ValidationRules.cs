using System.Collections.Generic;
using System.ComponentModel;

namespace EventSchema;

/// <summary>The few rule checks generated validators share. None allocates for a valid value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValidationRules
{
    // Above this size, pairwise comparison costs more than one hash set.
    private const int PairwiseLimit = 16;

    /// <summary>
    /// The length of <paramref name="value"/> in Unicode code points, as JSON Schema counts it for
    /// <c>minLength</c> and <c>maxLength</c>: a surrogate pair counts once.
    /// </summary>
    public static int CodePointLength(string value) => Validation.CodePoints.Length(value);

    /// <summary>
    /// Whether <paramref name="value"/> holds a UTF-16 surrogate that is not half of a pair, which no JSON string can
    /// hold (writers put U+FFFD in its place); false for null. One vectorised search on .NET 8 and later.
    /// </summary>
    public static bool HasUnpairedSurrogate(string? value) => value is not null && Validation.CodePoints.HasUnpairedSurrogate(value);

    /// <summary>The entries of <paramref name="map"/>, walked without allocating for the maps readers make.</summary>
    public static Validation.MapEntries<TKey, TValue> Entries<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> map)
        where TKey : notnull
        => new(map);

    /// <summary>The items of <paramref name="set"/>, walked without allocating for a <see cref="HashSet{T}"/>.</summary>
    public static Validation.SetItems<T> Items<T>(IEnumerable<T> set) => new(set);

    /// <summary>Whether two items of <paramref name="items"/> are equal under <paramref name="comparer"/>.</summary>
    public static bool HasDuplicates<T>(IReadOnlyList<T> items, IEqualityComparer<T>? comparer = null)
    {
        comparer ??= EqualityComparer<T>.Default;
        if (items.Count <= PairwiseLimit)
        {
            for (int i = 1; i < items.Count; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    if (comparer.Equals(items[i], items[j])) return true;
                }
            }
            return false;
        }

        var seen = new HashSet<T>(comparer);
        for (int i = 0; i < items.Count; i++)
        {
            if (!seen.Add(items[i])) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="value"/>'s last character is a line feed, which .NET's <c>$</c> may match before.</summary>
    public static bool EndsWithLineFeed(string value) => value.Length > 0 && value[value.Length - 1] == '\n';
}
