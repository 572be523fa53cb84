using CsCheck;
using Diplomacy;
using Diplomacy.News;
using JsonCoverage;

namespace EventSchema.Json.Hardening.Tests.Infrastructure;

/// <summary>
/// CsCheck generators of random values of the seed events and the coverage schema's <see cref="EveryType"/>. Values
/// need not meet their constraints (round trips do not validate), but they are what the types can hold and JSON can
/// carry: text is valid UTF-16, doubles are finite.
/// </summary>
public static class InstanceGens
{
    private static readonly string[] TextPieces =
    [
        "a", "Z", "0", " ", "Baku", "Lu Mei", "\"", "\\", "/", "\n", "\r", "\t", "\0", "\u0001", "\u001f", "\u007f", "<", ">", "&", "'", "+",
        "\u00e9", "\u0259", "\u4e2d", "\u2028", "\u2029", "\u200b", "\u202e", "\ufeff", "\uffff", "\ud83d\ude00", "\U0001F1E6\U0001F1FF",
    ];

    public static readonly Gen<string> Text = Pick(TextPieces).Array[0, 12].Select(string.Concat);

    public static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const((string?)null)), (3, Text.Select(t => (string?)t)));

    public static readonly Gen<double> Finite = Gen.Frequency(
        (3, Gen.Double.Where(double.IsFinite)),
        (1, Pick(0.0, -0.0, 0.1, double.Epsilon, double.MaxValue, double.MinValue, 1e-300, 123456789.125)));

    public static readonly Gen<decimal> Decimal = Gen.Frequency(
        (3, Gen.Decimal),
        (1, Pick(0m, 1.000m, -0.5m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m)));

    public static readonly Gen<DateOnly> Date = Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    public static readonly Gen<OffsetTime> Time = Gen.Select(
        Gen.Long[0, TimeSpan.TicksPerDay - 1],
        Gen.Int[-(23 * 60 + 59), 23 * 60 + 59],
        (ticks, offsetMinutes) => new OffsetTime(new TimeSpan(ticks), TimeSpan.FromMinutes(offsetMinutes)));

    public static readonly Gen<DateTimeOffset> Moment = Gen.Select(
        Gen.Long[new DateTime(2, 1, 1).Ticks, new DateTime(9998, 12, 31).Ticks],
        Gen.Int[-14 * 60, 14 * 60],
        (ticks, offsetMinutes) => new DateTimeOffset(ticks, TimeSpan.FromMinutes(offsetMinutes)));

    public static readonly Gen<IsoDuration> Duration = Gen.Frequency(
        (3, Gen.Select(Gen.Long[0, 100], Gen.Long[0, 1000], Gen.Long[0, 100_000], Gen.Long[0, long.MaxValue], Gen.Long[0, 59], Gen.Long[0, 59],
            (years, months, days, hours, minutes, seconds) => new IsoDuration(years, months, days, hours, minutes, seconds))),
        (1, Gen.Long[0, long.MaxValue].Select(weeks => IsoDuration.FromWeeks(weeks))),
        (1, Pick(IsoDuration.Zero, IsoDuration.Parse("P1D"), IsoDuration.Parse("P1Y2M"), IsoDuration.Parse("P" + new string('9', 200) + "D"))));

    public static readonly Gen<Uri> Link = Gen.Select(
        Pick("https://news.az/", "http://azertac.az/en?x=1#top", "/relative/", "relative", "urn:isbn:0451450523"),
        Text,
        (prefix, tail) => new Uri(prefix + Uri.EscapeDataString(tail), UriKind.RelativeOrAbsolute));

    public static readonly Gen<CountryCode> Country = Gen.Char['A', 'Z'].Array[2].Select(c => CountryCode.From(new string(c)));

    public static readonly Gen<Official> Official = Gen.Select(Text, OptionalText, Country, (name, title, country) => new Official { Name = name, Title = title, Country = country });

    public static readonly Gen<Attribution> Attribution = Gen.Select(Text, OptionalText, Link.Null(), (outlet, citing, url) => new Attribution { Outlet = outlet, Citing = citing, Url = url });

    public static readonly Gen<Initiative> Initiative = Gen.Select(Text, Gen.Bool, (name, building) => new Initiative { Name = name, UnderConstruction = building });

    public static readonly Gen<IEvent> CredentialsPresented = Gen.Select(Official, Official, Date, OptionalText, Attribution.List[0, 4],
        (a, r, d, p, s) => (IEvent)new CredentialsPresented { Ambassador = a, ReceivedBy = r, OccurredOn = d, Place = p, Sources = s });

    public static readonly Gen<IEvent> GreetingsConveyed = Gen.Select(Official, Official, Official, Date, Gen.Bool,
        (f, t, v, d, r) => (IEvent)new GreetingsConveyed { From = f, To = t, Via = v, OccurredOn = d, Reciprocated = r });

    public static readonly Gen<IEvent> RegardsConveyed = Gen.Select(Official, Official, Official, Date, Gen.Bool,
        (f, t, v, d, g) => (IEvent)new RegardsConveyed { From = f, To = t, Via = v, OccurredOn = d, ExpressedGratitude = g });

    public static readonly Gen<IEvent> SupportReaffirmed = Gen.Select(Official, Country, Gen.Enum<SupportedPrinciple>(), Text, OptionalText, Date,
        (s, b, p, policy, c, d) => (IEvent)new SupportReaffirmed { Supporter = s, Beneficiary = b, Principle = p, Policy = policy, Characterisation = c, OccurredOn = d });

    public static readonly Gen<IEvent> IntegritySupportAffirmed = Gen.Select(Official, Gen.Enum<SupportedPrinciple>().List[0, 5], Country, Date,
        (a, p, s, d) => (IEvent)new IntegritySupportAffirmed { AffirmedBy = a, Principles = p, Supported = s, OccurredOn = d });

    public static readonly Gen<IEvent> CooperationHighlighted = Gen.Select(Official, Country, Gen.Enum<CooperationArea>().HashSet[0, 10], Gen.Bool, Initiative.List[0, 3],
        Gen.Dictionary(Text, Text)[0, 3].Null(), Date,
        (h, p, a, m, i, n, d) => (IEvent)new CooperationHighlighted { HighlightedBy = h, Partner = p, Areas = a, MoreAreas = m, Initiatives = i, Notes = n, OccurredOn = d });

    public static readonly Gen<IEvent> PartnershipRecalled = Gen.Select(Official, Official, Text, Gen.Frequency((3, Gen.Int[1991, 2100]), (1, Gen.Int)), Date,
        (r, c, a, y, d) => (IEvent)new PartnershipRecalled { RecalledBy = r, Counterpart = c, Agreement = a, AdoptedIn = y, OccurredOn = d });

    public static readonly Gen<IEvent> LegacyAcknowledged = Gen.Select(Official, Official, OptionalText, Date,
        (a, h, t, d) => (IEvent)new LegacyAcknowledged { AcknowledgedBy = a, Honoured = h, Honorific = t, OccurredOn = d });

    public static readonly Gen<IEvent> ReportPublished = Gen.Select(Gen.Select(Text, OptionalText, Text, Date), Text.List[0, 3], Attribution, Country, Gen.Int.Nullable(),
        (t, covers, source, country, words) => (IEvent)new ReportPublished
        {
            Outlet = t.Item1, Citing = t.Item2, Headline = t.Item3, PublishedOn = t.Item4, Covers = covers, Source = source, Country = country, WordCount = words,
        });

    private static readonly Gen<Leaf> Leaf = Gen.Select(Text, Finite.Nullable(), (label, weight) => new Leaf { Label = label, Weight = weight });

    public static readonly Gen<EveryType> EveryType = Gen.Select(
        Gen.Select(Text, Gen.Bool, Gen.Int, Gen.Long, Finite, Decimal, Date, Time),
        Gen.Select(Moment, Duration, Gen.Guid, Link, Gen.Enum<Level>(), Gen.Int[0, 100], Gen.Char['a', 'z'].Array[1, 16].Null(), Leaf),
        Gen.Select(Leaf.List[0, 4], Text.HashSet[0, 4], Gen.Dictionary(Text, Gen.Int)[0, 4], Gen.Int.List[0, 3].List[0, 3], OptionalText, Gen.Int, OptionalText),
        (a, b, c) => new EveryType
        {
            Text = a.Item1, Flag = a.Item2, Small = a.Item3, Big = a.Item4, Ratio = a.Item5, Amount = a.Item6, Day = a.Item7, At = a.Item8,
            Moment = b.Item1, Span = b.Item2, Id = b.Item3, Link = b.Item4, Level = b.Item5, Percent = Percent.From(b.Item6),
            Slug = b.Item7 is { } slug ? Slug.From(new string(slug)) : null, Leaf = b.Item8,
            Leaves = c.Item1, Tags = c.Item2, Scores = c.Item3, Matrix = c.Item4, Renamed = c.Item5, Counter = c.Item6, Note = c.Item7,
        });

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>A generator for each seed event.</summary>
    public static IReadOnlyList<Gen<IEvent>> SeedEvents =>
    [
        CredentialsPresented, GreetingsConveyed, RegardsConveyed, SupportReaffirmed, IntegritySupportAffirmed,
        CooperationHighlighted, PartnershipRecalled, LegacyAcknowledged, ReportPublished,
    ];

    /// <summary>A random event of any seed type or of the coverage schema.</summary>
    public static readonly Gen<IEvent> AnyEvent = Gen.OneOf(
        CredentialsPresented, GreetingsConveyed, RegardsConveyed, SupportReaffirmed, IntegritySupportAffirmed,
        CooperationHighlighted, PartnershipRecalled, LegacyAcknowledged, ReportPublished, EveryType.Select(e => (IEvent)e));
}
