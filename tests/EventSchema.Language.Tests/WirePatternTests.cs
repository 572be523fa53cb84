using EventSchema.Language.Export;
using EventSchema.Language.Patterns;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Tests;

/// <summary>
/// The patterns the exporter writes for wire texts and integer map keys are held to the rules of users' own patterns:
/// portable ECMA-262 without lookaround or backreferences, so validators on RE2 (Go) compile them, with '$' the very end.
/// </summary>
public sealed class WirePatternTests
{
    public static TheoryData<string> Patterns => new(
        new[] { PrimitiveKind.Uuid, PrimitiveKind.Date, PrimitiveKind.Time, PrimitiveKind.DateTime, PrimitiveKind.Duration, PrimitiveKind.Uri }
            .Select(kind => WirePatterns.For(kind)!)
            .Concat([IntegerKeyPatterns.Int32, IntegerKeyPatterns.Int64]));

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_exported_pattern_is_one_a_user_could_write(string pattern)
    {
        var parsed = EcmaPattern.Parse(pattern);

        Assert.Null(parsed.Problem);
        Assert.DoesNotContain("(?=", pattern, StringComparison.Ordinal);
        Assert.DoesNotContain("(?!", pattern, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://news.example/baku#p1", true)]
    [InlineData("mailto:embassy@example.org", true)]
    [InlineData("/reports/2025?lang=az", true)]
    [InlineData("reports/a:b", true)]
    [InlineData("#top", true)]
    [InlineData("", true)]
    [InlineData("a:b", true)]
    [InlineData("1a:b", false)]
    [InlineData("report:2025/x", true)]
    [InlineData("-report:2025", false)]
    [InlineData("a b", false)]
    [InlineData("%zz", false)]
    [InlineData("https://example.org/\n", false)]
    public void The_uri_pattern_takes_a_colon_in_the_first_segment_only_after_a_scheme(string text, bool matches)
    {
        Assert.Equal(matches, EcmaPattern.Parse(WirePatterns.Uri).IsMatch(text, TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData("2025-04-17", true)]
    [InlineData("2025-04-17\n", false)]
    [InlineData("x2025-04-17", false)]
    public void The_end_of_a_pattern_is_the_very_end_of_the_text(string text, bool matches)
    {
        Assert.Equal(matches, EcmaPattern.Parse(WirePatterns.Date).IsMatch(text, TimeSpan.FromSeconds(5)));
    }
}
