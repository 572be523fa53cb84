using System;
using System.Collections.Generic;

namespace EventSchema.Language.Patterns;

/// <summary>An immutable set of Unicode code points, held as sorted, non-overlapping, non-adjacent ranges.</summary>
public sealed class CodePointSet : IEquatable<CodePointSet>
{
    /// <summary>The largest Unicode code point.</summary>
    public const int MaxCodePoint = 0x10FFFF;

    private readonly int[] _bounds; // low0, high0, low1, high1, ...

    private CodePointSet(int[] bounds) => _bounds = bounds;

    /// <summary>The set with no code point.</summary>
    public static CodePointSet Empty { get; } = new(Array.Empty<int>());

    /// <summary>Every code point.</summary>
    public static CodePointSet All { get; } = new([0, MaxCodePoint]);

    /// <summary>The UTF-16 surrogate code points, which well-formed text never holds on their own.</summary>
    public static CodePointSet Surrogates { get; } = new([0xD800, 0xDFFF]);

    /// <summary>How many ranges the set has.</summary>
    public int RangeCount => _bounds.Length / 2;

    /// <summary>The lowest code point of range <paramref name="index"/>.</summary>
    public int Low(int index) => _bounds[2 * index];

    /// <summary>The highest code point of range <paramref name="index"/>.</summary>
    public int High(int index) => _bounds[2 * index + 1];

    /// <summary>Whether the set holds no code point.</summary>
    public bool IsEmpty => _bounds.Length == 0;

    /// <summary>The one code point of a set of exactly one, else -1.</summary>
    public int SingleCodePoint => _bounds.Length == 2 && _bounds[0] == _bounds[1] ? _bounds[0] : -1;

    /// <summary>The set of one code point.</summary>
    public static CodePointSet Single(int codePoint) => new([codePoint, codePoint]);

    /// <summary>The set of <paramref name="low"/> through <paramref name="high"/>.</summary>
    public static CodePointSet Range(int low, int high) => new([low, high]);

    /// <summary>The set of the given (possibly overlapping, unsorted) ranges.</summary>
    public static CodePointSet FromRanges(IEnumerable<(int Low, int High)> ranges)
    {
        var list = new List<(int Low, int High)>(ranges);
        list.Sort((a, b) => a.Low != b.Low ? a.Low.CompareTo(b.Low) : a.High.CompareTo(b.High));
        var bounds = new List<int>(list.Count * 2);
        foreach (var (low, high) in list)
        {
            if (bounds.Count > 0 && low <= bounds[bounds.Count - 1] + 1)
            {
                bounds[bounds.Count - 1] = Math.Max(bounds[bounds.Count - 1], high);
            }
            else
            {
                bounds.Add(low);
                bounds.Add(high);
            }
        }
        return new CodePointSet(bounds.ToArray());
    }

    /// <summary>Whether <paramref name="codePoint"/> is in the set.</summary>
    public bool Contains(int codePoint)
    {
        int low = 0, high = RangeCount - 1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (codePoint < Low(middle)) high = middle - 1;
            else if (codePoint > High(middle)) low = middle + 1;
            else return true;
        }
        return false;
    }

    /// <summary>The code points in either set.</summary>
    public CodePointSet Union(CodePointSet other)
    {
        if (other.IsEmpty) return this;
        if (IsEmpty) return other;
        var ranges = new List<(int, int)>(RangeCount + other.RangeCount);
        for (int i = 0; i < RangeCount; i++) ranges.Add((Low(i), High(i)));
        for (int i = 0; i < other.RangeCount; i++) ranges.Add((other.Low(i), other.High(i)));
        return FromRanges(ranges);
    }

    /// <summary>Every code point not in the set.</summary>
    public CodePointSet Complement()
    {
        var bounds = new List<int>(_bounds.Length + 2);
        int next = 0;
        for (int i = 0; i < RangeCount; i++)
        {
            if (Low(i) > next)
            {
                bounds.Add(next);
                bounds.Add(Low(i) - 1);
            }
            next = High(i) + 1;
        }
        if (next <= MaxCodePoint)
        {
            bounds.Add(next);
            bounds.Add(MaxCodePoint);
        }
        return new CodePointSet(bounds.ToArray());
    }

    /// <summary>The code points in this set and not in <paramref name="other"/>.</summary>
    public CodePointSet Except(CodePointSet other) => other.IsEmpty ? this : Complement().Union(other).Complement();

    /// <summary>Whether some code point is in both sets.</summary>
    public bool Overlaps(CodePointSet other)
    {
        int i = 0, j = 0;
        while (i < RangeCount && j < other.RangeCount)
        {
            if (High(i) < other.Low(j)) i++;
            else if (other.High(j) < Low(i)) j++;
            else return true;
        }
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(CodePointSet? other)
    {
        if (other is null || other._bounds.Length != _bounds.Length) return false;
        for (int i = 0; i < _bounds.Length; i++)
        {
            if (_bounds[i] != other._bounds[i]) return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CodePointSet);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = 17;
        foreach (int bound in _bounds) hash = hash * 31 + bound;
        return hash;
    }
}
