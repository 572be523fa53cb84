using EventSchema.Language.Semantics;

namespace EventSchema.Language.Export;

/// <summary>
/// ECMA-262 patterns for the shape of each wire text, exported beside <c>format</c>. Each accepts everything the
/// readers accept (<c>WireSyntax</c>); the duration pattern is its whole grammar, the others leave ranges (day of
/// month, leap seconds, IPv6 literals) to the format.
/// </summary>
internal static class WirePatterns
{
    // The end of the text, said so that .NET's regex (whose '$' also matches before a final line feed, and which several
    // validators use) and ECMA-262 agree.
    private const string End = "(?![\\s\\S])";

    public const string Date = "^[0-9]{4}-[0-9]{2}-[0-9]{2}" + End;

    public const string Time = "^[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})" + End;

    public const string DateTime = "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})" + End;

    // P then years, months, days (each only after the one before), T and hours, minutes, seconds alike; or weeks alone.
    public const string Duration = "^P(?:(?:[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?|[0-9]+M(?:[0-9]+D)?|[0-9]+D)(?:T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S))?|T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)|[0-9]+W)" + End;

    // A scheme, or else no ':' before the first '/', '?' or '#' (it would read as one); then only the characters
    // RFC 3986 allows in a reference, and '%' only before two hex digits.
    public const string Uri = "^(?:[A-Za-z][A-Za-z0-9+\\-.]*:|(?![^/?#]*:))(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]]|%[0-9A-Fa-f]{2})*" + End;

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
