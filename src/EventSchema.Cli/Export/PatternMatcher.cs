using System.Text.RegularExpressions;

namespace EventSchema.Cli.Export;

/// <summary>
/// Whether a string matches a <c>@pattern</c> the way generated validators decide it: the pattern is found somewhere
/// in the value, with the regular expression options of the generated fallback matcher. Example values are checked
/// here before they are printed.
/// </summary>
internal static class PatternMatcher
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    public static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.None, Timeout);
        }
        catch (Exception error) when (error is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
