using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace EventSchema.Generator.Analysis;

/// <summary>
/// Tells whether a constant matches a schema pattern, with the semantics of the generated matchers: they are
/// either compiled from the pattern to give exactly <c>Regex.IsMatch</c>'s answer, or run the pattern on
/// <see cref="Regex"/> itself. Every match has a short timeout, so that the IDE never waits on a pattern; a
/// constant whose match times out is not judged.
/// </summary>
internal static class PatternEvaluator
{
    // Enough for any realistic constant; the front end (ES0042) already rejects patterns that need backtracking.
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    // Bounded: an IDE session sees many compilations, but a solution declares few patterns.
    private const int CacheLimit = 512;
    private static readonly ConcurrentDictionary<string, Regex?> Cache = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/>; null when that cannot be told in time.</summary>
    public static bool? Matches(string pattern, string value)
    {
        Regex? regex = Get(pattern);
        if (regex is null) return null;
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static Regex? Get(string pattern)
    {
        if (Cache.TryGetValue(pattern, out Regex? cached)) return cached;
        Regex? regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.None, Timeout);
        }
        catch (ArgumentException)
        {
            // The schema's own diagnostics (ES0041) report an invalid pattern.
            regex = null;
        }
        if (Cache.Count >= CacheLimit) Cache.Clear();
        return Cache.GetOrAdd(pattern, regex);
    }
}
