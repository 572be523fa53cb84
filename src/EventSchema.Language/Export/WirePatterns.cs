using EventSchema.Language.Semantics;

namespace EventSchema.Language.Export;

/// <summary>
/// ECMA-262 patterns for the shape of each wire text, exported beside <c>format</c>. Each accepts everything the
/// readers accept (<c>WireSyntax</c>); the duration pattern is its whole grammar. The date and time patterns hold the
/// ranges of months, days, hours, minutes, seconds and offsets, so a validator that only annotates <c>format</c> still
/// refuses <c>24:00:00</c> or <c>2025-13-01</c>; what depends on the calendar (February 30, a leap second other than
/// 23:59:60 UTC) and IPv6 literals are left to the format.
/// </summary>
internal static class WirePatterns
{
    // ECMA-262's end of the text, as users' own patterns say it. No lookaround anywhere: validators on RE2 (Go) cannot
    // compile one, and a schema they cannot compile is worse than the final line feed that engines whose '$' allows one
    // before it (.NET, Java, Python) let through where they do not assert the format.
    private const string End = "$";

    // Calendar parts: a month 01-12 and a day 01-31.
    private const string FullDate = "[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";

    // Clock parts: hours 00-23, minutes 00-59, seconds 00-60 (a leap second), offsets within a day.
    private const string FullTime = "(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\.[0-9]+)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])";

    public const string Date = "^" + FullDate + End;

    public const string Time = "^" + FullTime + End;

    public const string DateTime = "^" + FullDate + "[Tt]" + FullTime + End;

    // P then years, months, days (each only after the one before), T and hours, minutes, seconds alike; or weeks alone.
    public const string Duration = "^P(?:(?:[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?|[0-9]+M(?:[0-9]+D)?|[0-9]+D)(?:T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S))?|T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)|[0-9]+W)" + End;

    // Only the characters RFC 3986 allows in a reference, and '%' only before two hex digits; a ':' before the first '/',
    // '?' or '#' only after a scheme (without one it would read as one).
    private const string UriCharacter = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]]|%[0-9A-Fa-f]{2})";

    private const string FirstSegmentCharacter = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=@\\[\\]]|%[0-9A-Fa-f]{2})";

    public const string Uri = "^(?:[A-Za-z][A-Za-z0-9+\\-.]*:" + UriCharacter + "*|" + FirstSegmentCharacter + "*(?:[/?#]" + UriCharacter + "*)?)" + End;

    public const string Uuid = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}" + End;

    public static string? For(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Uuid => Uuid,
        PrimitiveKind.Date => Date,
        PrimitiveKind.Time => Time,
        PrimitiveKind.DateTime => DateTime,
        PrimitiveKind.Duration => Duration,
        PrimitiveKind.Uri => Uri,
        _ => null,
    };
}
