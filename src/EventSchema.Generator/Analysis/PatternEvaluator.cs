using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using EventSchema.Language.Patterns;

namespace EventSchema.Generator.Analysis;

/// <summary>
/// Tells whether a constant matches a schema pattern with the meaning the generated matchers give it: ECMA-262 with
/// the unicode flag, through the front end's translation to a .NET pattern. Every match has a short timeout, so that
/// the IDE (which may run this on .NET Framework, without the linear-time engine) never waits on a pattern; a
/// constant whose match times out is not judged.
/// </summary>
internal static class PatternEvaluator
{
    // Enough for any realistic constant; the front end already rejects patterns that need backtracking.
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
        // The schema's own diagnostics (ES0041, ES0042, ES0048) report a pattern that cannot be used.
        string? translated = EcmaPattern.Parse(pattern).DotNetPattern;
        Regex? regex = translated is null ? null : new Regex(translated, RegexOptions.CultureInvariant, Timeout);
        if (Cache.Count >= CacheLimit) Cache.Clear();
        return Cache.GetOrAdd(pattern, regex);
    }
}
