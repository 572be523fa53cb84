namespace EventSchema.Hardening.Tests.Infrastructure;

/// <summary>
/// Open findings (see docs/security.md) that the randomized runs would otherwise hit over and over. Each
/// has its own regression test in <see cref="FindingRegressionTests"/>, skipped until it is fixed; the
/// randomized runs leave those inputs out so that they keep looking for new problems. Remove an entry
/// as soon as its regression test passes.
/// </summary>
public static class KnownFindings
{
    /// <summary>H3: a lone surrogate in a doc comment becomes badly formed XML (CS1570).</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    /// <summary>H8: the JSON reader of a record without fields warns CS1522 (a mutant that deletes every field makes one).</summary>
    public static bool IsOnlyEmptySwitchWarning(string problems)
        => problems.Contains("CS1522", StringComparison.Ordinal) && !problems.Contains("error", StringComparison.Ordinal);

    /// <summary>H1: Humanizer's Singularize throws on some short field names of collections (ES9000).</summary>
    public static bool IsSingularizeCrash(string failure)
        => failure.Contains("ES9000", StringComparison.Ordinal) && failure.Contains("IndexOutOfRangeException", StringComparison.Ordinal);
}
