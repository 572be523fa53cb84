using EventSchema.Language.Patterns;

namespace EventSchema.Cli.Export;

/// <summary>
/// Whether a string matches a <c>@pattern</c> the way generated validators decide it: ECMA-262 with the unicode flag,
/// found anywhere in the value. Example values are checked here before they are printed.
/// </summary>
internal static class PatternMatcher
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    public static bool Matches(string pattern, string value)
    {
        var parsed = EcmaPattern.Parse(pattern);
        return parsed.Problem is null && parsed.IsMatch(value, Timeout) == true;
    }
}
