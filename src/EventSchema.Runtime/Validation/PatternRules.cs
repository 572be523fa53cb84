using System;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace EventSchema;

/// <summary>
/// What generated pattern matchers share. Patterns mean what ECMA-262 (with the unicode flag) says: the generator
/// has already turned each one into plain code or into an equivalent .NET pattern, so nothing here interprets them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PatternRules
{
    // RegexOptions.NonBacktracking, which netstandard2.0 does not name but .NET 7 and later understand.
    private const RegexOptions NonBacktracking = (RegexOptions)1024;

    // Where the runtime has no linear-time engine (.NET Framework), a match that takes longer than this fails.
    private static readonly TimeSpan BacktrackingTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The code point at <paramref name="index"/> and its length in UTF-16 units: a surrogate pair is one code point;
    /// a lone surrogate is returned as itself, a value no pattern set holds.
    /// </summary>
    public static int CodePointAt(string value, int index, out int width)
    {
        char c = value[index];
        if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, value[index + 1]);
        }
        width = 1;
        return c;
    }

    /// <summary>Whether <paramref name="codePoint"/> is in one of the sorted ranges <paramref name="bounds"/> (low, high, low, high, …).</summary>
    public static bool InRanges(int[] bounds, int codePoint)
    {
        int low = 0, high = bounds.Length / 2 - 1;
        while (low <= high)
        {
            int middle = (low + high) >> 1;
            if (codePoint < bounds[2 * middle]) high = middle - 1;
            else if (codePoint > bounds[2 * middle + 1]) low = middle + 1;
            else return true;
        }
        return false;
    }

    /// <summary>
    /// The regular expression for a .NET pattern the generator translated: on the linear-time engine wherever the
    /// running .NET has it (.NET 7 and later, whatever the consuming library targets), else with a one-second timeout.
    /// </summary>
    public static Regex CreateRegex(string dotNetPattern)
    {
#if NET7_0_OR_GREATER
        return new Regex(dotNetPattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
#else
        try
        {
            return new Regex(dotNetPattern, NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (ArgumentOutOfRangeException)
        {
            return new Regex(dotNetPattern, RegexOptions.CultureInvariant, BacktrackingTimeout);
        }
#endif
    }

    /// <summary>Whether <paramref name="value"/> matches; a match that runs past the timeout (only without the linear-time engine) does not.</summary>
    public static bool IsMatch(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
