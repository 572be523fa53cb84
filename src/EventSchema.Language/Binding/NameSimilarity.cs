using System;
using System.Collections.Generic;

namespace EventSchema.Language.Binding;

/// <summary>Finds the closest name for "did you mean" suggestions, by edit distance ignoring case.</summary>
internal static class NameSimilarity
{
    public static string? FindClosest(string written, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        // A third of the word: 'strng' and 'recrod' find their keyword, 'name' does not become 'date'.
        int threshold = Math.Max(1, written.Length / 3);
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, written, StringComparison.Ordinal)) continue;
            if (Math.Abs(candidate.Length - written.Length) > threshold) continue;
            int distance = Distance(written, candidate);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= threshold ? best : null;
    }

    /// <summary>
    /// The closest dotted namespace name: one with as many segments, each within a typo of the one written. Whole names
    /// are not compared, so 'Shipping.Contracts' does not become 'Shipping.Services' for sharing a prefix and a length.
    /// </summary>
    public static string? FindClosestNamespace(string written, IEnumerable<string> candidates)
    {
        var writtenSegments = written.Split('.');
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var segments = candidate.Split('.');
            if (segments.Length != writtenSegments.Length || string.Equals(candidate, written, StringComparison.Ordinal)) continue;
            int total = 0;
            for (int i = 0; i < segments.Length && total != int.MaxValue; i++)
            {
                int distance = Distance(writtenSegments[i], segments[i]);
                total = distance <= Math.Max(1, writtenSegments[i].Length / 3) ? total + distance : int.MaxValue;
            }
            if (total < bestDistance || (total == bestDistance && total != int.MaxValue && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = total;
            }
        }
        return bestDistance == int.MaxValue ? null : best;
    }

    /// <summary>
    /// Edit distance with adjacent transpositions (optimal string alignment), comparing characters without regard to
    /// ASCII case: <c>lsit</c> is one edit from <c>list</c>, as a typist sees it.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            char ai = char.ToLowerInvariant(a[i - 1]);
            for (int j = 1; j <= b.Length; j++)
            {
                char bj = char.ToLowerInvariant(b[j - 1]);
                int cost = ai == bj ? 0 : 1;
                int best = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == bj)
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }
                current[j] = best;
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return previous[b.Length];
    }
}
