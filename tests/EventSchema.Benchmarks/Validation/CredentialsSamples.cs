using Diplomacy;
using EventSchema.Benchmarks.Validation.Peers;

// The invalid samples break schema rules on purpose: they measure how validation reports broken events.
#pragma warning disable ES1002, ES1003, ES1004, ES1006

namespace EventSchema.Benchmarks.Validation;

/// <summary>
/// The seed event from the report, valid, and a version that breaks every rule it can break, as the generated
/// type and as the plain class the peers validate.
/// </summary>
internal static class CredentialsSamples
{
    private static readonly string LongName = new('n', 201);
    private static readonly string LongTitle = new('t', 121);
    private static readonly string LongPlace = new('p', 201);

    public static CredentialsPresented Valid() => new()
    {
        Ambassador = new Official { Name = "Lu Mei", Title = "Ambassador", Country = CountryCode.From("CN") },
        ReceivedBy = new Official { Name = "Ilham Aliyev", Title = "President", Country = CountryCode.From("AZ") },
        OccurredOn = new DateOnly(2025, 4, 17),
        Place = "Baku",
        Sources = [new Attribution { Outlet = "News.Az", Citing = "AZERTAC" }],
    };

    /// <summary>
    /// Every field wrong: an empty name, a title and a name too long, a missing country (a scalar checks its
    /// pattern when it is created, so a stored one can only be missing), a place too long, no sources.
    /// </summary>
    public static CredentialsPresented Invalid() => new()
    {
        Ambassador = new Official { Name = "", Title = LongTitle, Country = default },
        ReceivedBy = new Official { Name = LongName, Title = "President", Country = CountryCode.From("AZ") },
        OccurredOn = new DateOnly(2025, 4, 17),
        Place = LongPlace,
        Sources = [],
    };

    public static PlainCredentialsPresented PlainValid() => new()
    {
        Ambassador = new PlainOfficial { Name = "Lu Mei", Title = "Ambassador", Country = "CN" },
        ReceivedBy = new PlainOfficial { Name = "Ilham Aliyev", Title = "President", Country = "AZ" },
        OccurredOn = new DateOnly(2025, 4, 17),
        Place = "Baku",
        Sources = [new PlainAttribution { Outlet = "News.Az", Citing = "AZERTAC" }],
    };

    public static PlainCredentialsPresented PlainInvalid() => new()
    {
        Ambassador = new PlainOfficial { Name = "", Title = LongTitle, Country = null },
        ReceivedBy = new PlainOfficial { Name = LongName, Title = "President", Country = "AZ" },
        OccurredOn = new DateOnly(2025, 4, 17),
        Place = LongPlace,
        Sources = [],
    };
}
