using Diplomacy;

namespace EventSchema.Benchmarks.Json;

/// <summary>The seed event, and 100 variations of it, as generated records and as plain classes with the same values.</summary>
internal static class JsonBenchmarkData
{
    public const int ListSize = 100;

    private static readonly string[] Places = ["Baku", "Beijing", "Ganja", "Shanghai", "Sumgait"];
    private static readonly string[] Outlets = ["News.Az", "AZERTAC", "Trend", "Xinhua", "Report.az"];

    public static CredentialsPresented Event(int index) => new()
    {
        Ambassador = new Official { Name = "Lu Mei", Title = "Ambassador", Country = CountryCode.From("CN") },
        ReceivedBy = new Official { Name = "Ilham Aliyev", Title = "President", Country = CountryCode.From("AZ") },
        OccurredOn = new DateOnly(2025, 4, 17).AddDays(index),
        Place = Places[index % Places.Length],
        Sources = [new Attribution { Outlet = Outlets[index % Outlets.Length], Citing = index % 2 == 0 ? "AZERTAC" : null }],
    };

    public static PlainCredentialsPresented Plain(CredentialsPresented value) => new()
    {
        Ambassador = Plain(value.Ambassador),
        ReceivedBy = Plain(value.ReceivedBy),
        OccurredOn = value.OccurredOn,
        Place = value.Place,
        Sources = [.. value.Sources.Select(s => new PlainAttribution { Outlet = s.Outlet, Citing = s.Citing, Url = s.Url })],
        ConversationHeld = value.ConversationHeld,
    };

    private static PlainOfficial Plain(Official value) => new() { Name = value.Name, Title = value.Title, Country = value.Country.Value };
}
