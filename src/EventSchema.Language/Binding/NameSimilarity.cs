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
        int threshold = Math.Max(1, (written.Length + 2) / 3);
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

    /// <summary>Levenshtein distance, comparing characters without regard to ASCII case.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
