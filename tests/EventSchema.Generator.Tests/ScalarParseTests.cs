using System.Reflection;
using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>
/// Scalars read from text with <c>Parse</c>/<c>TryParse</c> (and as <c>IParsable&lt;T&gt;</c> on net7.0+, which minimal API
/// route and query binding uses): the text is the value as JSON holds it, without a string's quotes, checked by the
/// scalar's rules, and what <c>ToString()</c> gives reads back as the same value.
/// </summary>
public sealed class ScalarParseTests
{
    private const string Schema = """
        namespace Texts;

        @pattern("^[A-Z]{2}$") scalar Code : string;
        @minimum(1) @maximum(500) scalar Seats : int;
        scalar Big : long;
        @exclusiveMinimum(0) scalar Ratio : double;
        scalar Amount : decimal;
        scalar Day : date;
        scalar Moment : datetime;
        scalar Id : uuid;
        scalar Flag : bool;
        scalar Link : uri;
        scalar Clock : time;
        scalar Span : duration;
        """;

    private const string ConsumerCode = """
        using System;
        using System.Collections.Generic;
        using Texts;

        namespace Consumer;

        internal static class Probe
        {
            // Each value's text read back through IParsable<T>, as a route parameter is bound.
            public static string RoundTrips()
            {
                var results = new List<string>
                {
                    Check(Code.From("AZ")),
                    Check(Seats.From(120)),
                    Check(Big.From(-9007199254740993)),
                    Check(Ratio.From(0.1)),
                    Check(Ratio.From(1e300)),
                    Check(Amount.From(1.50m)),
                    Check(Day.From(new DateOnly(2025, 4, 17))),
                    Check(Moment.From(new DateTimeOffset(2025, 4, 17, 10, 30, 0, TimeSpan.FromHours(4)))),
                    Check(Id.From(Guid.Parse("9f1c2e4a-0b7d-4c55-8a31-2f6e9d0c1b72"))),
                    Check(Flag.From(true)),
                    Check(Link.From(new Uri("https://news.az/report#p2", UriKind.RelativeOrAbsolute))),
                    Check(Clock.From(EventSchema.OffsetTime.Parse("10:30:00+04:00"))),
                    Check(Span.From(EventSchema.IsoDuration.Parse("P1DT2H"))),
                };
                return string.Join(" ", results);
            }

            private static string Check<T>(T value) where T : IParsable<T>
            {
                string text = value.ToString()!;
                T read = T.Parse(text, null);
                return EqualityComparer<T>.Default.Equals(read, value) ? text : "MISMATCH(" + text + ")";
            }

            // Format strings go to the value; without one, the wire text, whatever the culture.
            public static string Formatted()
            {
                // A culture's number format of its own (the tests may run in invariant globalization mode).
                var german = (System.Globalization.NumberFormatInfo)System.Globalization.NumberFormatInfo.InvariantInfo.Clone();
                german.NumberDecimalSeparator = ",";
                german.NegativeSign = "~";
                return string.Join(" | ",
                    $"{Seats.From(7):D3}",
                    Ratio.From(0.25).ToString("P0", System.Globalization.CultureInfo.InvariantCulture),
                    string.Format(german, "{0}", Ratio.From(0.25)),
                    string.Format(german, "{0:F1}", Amount.From(1.50m)),
                    $"{Day.From(new DateOnly(2025, 4, 17)):dd.MM.yyyy}",
                    $"{Moment.From(new DateTimeOffset(2025, 4, 17, 10, 30, 0, TimeSpan.FromHours(4))):yyyy-MM-dd HH:mm zzz}",
                    $"{Id.From(Guid.Parse("9f1c2e4a-0b7d-4c55-8a31-2f6e9d0c1b72")):N}",
                    string.Format(german, "{0}", Big.From(-12345)),
                    typeof(IFormattable).IsAssignableFrom(typeof(Code)), typeof(IFormattable).IsAssignableFrom(typeof(Flag)));
            }

            public static string Refused()
            {
                return string.Join(" | ",
                    Seats.TryParse("0", out _), Seats.TryParse("12.5", out _), Seats.TryParse(" 12", out _), Seats.TryParse("12 ", out _),
                    Seats.TryParse(null, out _), Code.TryParse("az", out _), Code.TryParse(null, out _), Day.TryParse("2025-13-01", out _),
                    Ratio.TryParse("NaN", out _), Flag.TryParse("True", out _), Seats.TryParse("0x10", out _), Amount.TryParse("\"1\"", out _));
            }

            public static string Message(string which) => which switch
            {
                "seats" => Fails(() => Seats.Parse("501")),
                "exponent" => Fails(() => Seats.Parse("1e3")),
                "ratio-zero" => Fails(() => Ratio.Parse("0")),
                "code" => Fails(() => Code.Parse("az")),
                "day" => Fails(() => Day.Parse("17.04.2025")),
                "ratio" => Fails(() => Ratio.Parse("half")),
                "flag" => Fails(() => Flag.Parse("yes")),
                _ => Fails(() => Seats.Parse("twelve")),
            };

            private static string Fails(Func<object> parse)
            {
                try
                {
                    parse();
                    return "no exception";
                }
                catch (FormatException error)
                {
                    return error.Message;
                }
            }

            public static object Exponent() => Seats.Parse("1e2");

            public static string UriChecks()
            {
                bool from;
                try { Link.From(new Uri("https://news.az/a b?x=\u00fc")); from = true; } catch (ArgumentException) { from = false; }
                return string.Join(" ", from, Link.TryFrom(new Uri("https://a/b?c=<d>"), out _), Link.TryParse("a b", out _), Link.TryParse("https://news.az/a%20b", out _));
            }
        }
        """;

    private static readonly Lazy<Type> Probe = new(() =>
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("texts.eventschema", Schema)], compilation: GeneratorHarness.CreateCompilation(ConsumerCode));
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        return GeneratorHarness.EmitAndLoad(run.OutputCompilation).GetType("Consumer.Probe", throwOnError: true)!;
    });

    [Fact]
    public void What_ToString_gives_parses_back_to_the_same_value_for_every_underlying_type()
    {
        Assert.Equal(
            "AZ 120 -9007199254740993 0.1 1E+300 1.50 2025-04-17 2025-04-17T10:30:00.0000000+04:00 9f1c2e4a-0b7d-4c55-8a31-2f6e9d0c1b72 true https://news.az/report#p2 10:30:00+04:00 P1DT2H",
            Invoke("RoundTrips"));
    }

    [Fact]
    public void Number_date_and_uuid_scalars_take_format_strings_and_give_the_wire_text_without_one()
        => Assert.Equal("007 | 25 % | 0.25 | 1,5 | 17.04.2025 | 2025-04-17 10:30 +04:00 | 9f1c2e4a0b7d4c558a312f6e9d0c1b72 | -12345 | False | False", Invoke("Formatted"));

    [Fact]
    public void Text_that_is_not_a_value_or_breaks_a_rule_is_refused()
    {
        // Rules (0 < 1), another form (12.5, spaces, hexadecimal, "True"), null, a bad month and NaN are all refused; a
        // number scalar's text is a bare number, so a quoted one is refused as well.
        Assert.Equal("False | False | False | False | False | False | False | False | False | False | False | False", Invoke("Refused"));
    }

    [Theory]
    [InlineData("seats", "Seats", "\"501\" is not a valid Seats (maximum): it must be at most 500.")]
    [InlineData("exponent", "Seats", "\"1e3\" is not a valid Seats (maximum): it must be at most 500.")]
    [InlineData("ratio-zero", "Ratio", "\"0\" is not a valid Ratio (exclusiveMinimum): it must be greater than 0.")]
    [InlineData("code", "Code", "\"az\" is not a valid Code (pattern): it must match the pattern ^[A-Z]{2}$.")]
    [InlineData("day", "Day", "\"17.04.2025\" is not a valid Day: ")]
    [InlineData("word", "Seats", "\"twelve\" is not a valid Seats: the text must be a whole number, as JSON writes it, with nothing around it.")]
    [InlineData("ratio", "Ratio", "\"half\" is not a valid Ratio: the text must be a number, as JSON writes it, with nothing around it.")]
    [InlineData("flag", "Flag", "\"yes\" is not a valid Flag: the text must be true or false, as JSON writes it, with nothing around it.")]
    public void Parse_throws_a_FormatException_that_says_why(string which, string scalar, string expectedStart)
    {
        var message = (string)Invoke("Message", which)!;

        Assert.StartsWith(expectedStart, message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", message, StringComparison.Ordinal);
        // Once, as From says it: a broken rule read from text once said "\"501\" is not a valid Seats: 501 is not a valid Seats (maximum): …".
        Assert.Equal(message.IndexOf("is not a valid " + scalar, StringComparison.Ordinal), message.LastIndexOf("is not a valid " + scalar, StringComparison.Ordinal));
    }

    [Fact]
    public void A_uri_scalar_refuses_what_readers_and_writers_refuse()
    {
        // System.Uri takes a space or a non-ASCII letter; the wire does not, so From, TryFrom and Parse refuse them alike.
        Assert.Equal("False False False True", Invoke("UriChecks"));
    }

    [Fact]
    public void Text_reads_as_the_wire_reads_so_an_integer_may_have_an_exponent()
    {
        // JSON Schema's integer is a number with no fraction, however written; the reader and Parse agree.
        Assert.Equal("100", Invoke("Exponent")?.ToString());
    }

    [Fact]
    public void The_members_compile_for_netstandard2_0_without_IParsable()
    {
        const string Consumer = """
            namespace Consumer;

            internal static class Probe
            {
                public static bool Read(string text) => Texts.Seats.TryParse(text, out var seats) && Texts.Code.Parse("AZ").Value.Length == 2 && seats.Value > 0;
            }
            """;
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("texts.eventschema", Schema)], compilation: GeneratorHarness.CreateNetStandardCompilation(Consumer));

        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
    }

    private static object? Invoke(string name, params object?[] arguments)
        => Probe.Value.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments.Length == 0 ? null : arguments);
}
