using Diplomacy;
using Diplomacy.News;
using EventSchema;

namespace EventSchema.Json.Tests;

/// <summary>The events of the seed report (Baku, 17 April 2025), built once for every test that needs real data.</summary>
public static class SeedEvents
{
    public static readonly DateOnly Day = new(2025, 4, 17);

    public static Official LuMei => new() { Name = "Lu Mei", Title = "Ambassador", Country = CountryCode.From("CN") };

    public static Official IlhamAliyev => new() { Name = "Ilham Aliyev", Title = "President", Country = CountryCode.From("AZ") };

    public static Official XiJinping => new() { Name = "Xi Jinping", Title = "President", Country = CountryCode.From("CN") };

    public static Official HeydarAliyev => new() { Name = "Heydar Aliyev", Country = CountryCode.From("AZ") };

    public static Attribution NewsAz => new() { Outlet = "News.Az", Citing = "AZERTAC" };

    public static CredentialsPresented CredentialsPresented => new()
    {
        Ambassador = LuMei,
        ReceivedBy = IlhamAliyev,
        OccurredOn = Day,
        Place = "Baku",
        Sources = [NewsAz],
    };

    public static GreetingsConveyed GreetingsConveyed => new()
    {
        From = XiJinping,
        To = IlhamAliyev,
        Via = LuMei,
        OccurredOn = Day,
    };

    public static RegardsConveyed RegardsConveyed => new()
    {
        From = IlhamAliyev,
        To = XiJinping,
        Via = LuMei,
        OccurredOn = Day,
        ExpressedGratitude = true,
    };

    public static SupportReaffirmed SupportReaffirmed => new()
    {
        Supporter = IlhamAliyev,
        Beneficiary = CountryCode.From("CN"),
        Principle = SupportedPrinciple.OneChina,
        Policy = "One China",
        OccurredOn = Day,
    };

    public static IntegritySupportAffirmed IntegritySupportAffirmed => new()
    {
        AffirmedBy = LuMei,
        Principles = [SupportedPrinciple.TerritorialIntegrity, SupportedPrinciple.Sovereignty],
        Supported = CountryCode.From("AZ"),
        OccurredOn = Day,
    };

    public static CooperationHighlighted CooperationHighlighted => new()
    {
        HighlightedBy = IlhamAliyev,
        Partner = CountryCode.From("CN"),
        Areas = new HashSet<CooperationArea>
        {
            CooperationArea.Political, CooperationArea.Economic, CooperationArea.Trade, CooperationArea.Transport,
            CooperationArea.Energy, CooperationArea.Industry, CooperationArea.Investment, CooperationArea.Security,
            CooperationArea.Cultural, CooperationArea.Humanitarian,
        },
        Initiatives =
        [
            new Initiative { Name = "Belt and Road Initiative" },
            new Initiative { Name = "Middle Corridor", UnderConstruction = true },
        ],
        Notes = new Dictionary<string, string> { ["partnership"] = "strategic" },
        OccurredOn = Day,
    };

    public static PartnershipRecalled PartnershipRecalled => new()
    {
        RecalledBy = IlhamAliyev,
        Counterpart = XiJinping,
        Agreement = "Joint declaration on strategic partnership",
        AdoptedIn = 2024,
        OccurredOn = Day,
    };

    public static LegacyAcknowledged LegacyAcknowledged => new()
    {
        AcknowledgedBy = LuMei,
        Honoured = HeydarAliyev,
        OccurredOn = Day,
    };

    public static ReportPublished ReportPublished => new()
    {
        Outlet = "News.Az",
        Citing = "AZERTAC",
        Headline = "Ilham Aliyev receives credentials of newly appointed Chinese ambassador",
        PublishedOn = Day,
        Covers = ["diplomacy.credentials-presented.v1", "diplomacy.greetings-conveyed.v1"],
        Source = NewsAz,
        Country = CountryCode.From("AZ"),
    };

    /// <summary>Every seed event, by name, for data-driven tests.</summary>
    public static IReadOnlyDictionary<string, IEvent> All => new Dictionary<string, IEvent>
    {
        [nameof(CredentialsPresented)] = CredentialsPresented,
        [nameof(GreetingsConveyed)] = GreetingsConveyed,
        [nameof(RegardsConveyed)] = RegardsConveyed,
        [nameof(SupportReaffirmed)] = SupportReaffirmed,
        [nameof(IntegritySupportAffirmed)] = IntegritySupportAffirmed,
        [nameof(CooperationHighlighted)] = CooperationHighlighted,
        [nameof(PartnershipRecalled)] = PartnershipRecalled,
        [nameof(LegacyAcknowledged)] = LegacyAcknowledged,
        [nameof(ReportPublished)] = ReportPublished,
    };

    public static TheoryData<string> Names => new(All.Keys);
}
