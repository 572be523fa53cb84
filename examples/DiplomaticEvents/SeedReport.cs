using Diplomacy;
using Diplomacy.News;

namespace DiplomaticEvents;

/// <summary>
/// The people and events of one news report: on 17 April 2025 in Baku, President Ilham Aliyev received the
/// credentials of China's newly appointed ambassador, Lu Mei, as News.Az reported citing AZERTAC.
/// </summary>
internal static class SeedReport
{
    public static readonly DateOnly Day = new(2025, 4, 17);

    public const string City = "Baku";

    public static Official Aliyev { get; } = new()
    {
        Name = "Ilham Aliyev",
        Title = "President of the Republic of Azerbaijan",
        Country = CountryCode.From("AZ"),
    };

    public static Official LuMei { get; } = new()
    {
        Name = "Lu Mei",
        Title = "Ambassador of the People's Republic of China to Azerbaijan",
        Country = CountryCode.From("CN"),
    };

    public static Official XiJinping { get; } = new()
    {
        Name = "Xi Jinping",
        Title = "President of the People's Republic of China",
        Country = CountryCode.From("CN"),
    };

    public static Official HeydarAliyev { get; } = new()
    {
        Name = "Heydar Aliyev",
        Country = CountryCode.From("AZ"),
    };

    public static Attribution Source { get; } = new() { Outlet = "News.Az", Citing = "AZERTAC" };

    /// <summary>The ambassador presents her letters of credence to the head of state.</summary>
    public static CredentialsPresented Credentials { get; } = new()
    {
        Ambassador = LuMei,
        ReceivedBy = Aliyev,
        OccurredOn = Day,
        Place = City,
        Sources = [Source],
        GreetingsFrom = XiJinping,
        ConversationHeld = true,
    };

    /// <summary>The President recalls last year's meeting with Xi Jinping and the declaration adopted there.</summary>
    public static PartnershipRecalled Partnership { get; } = new()
    {
        RecalledBy = Aliyev,
        Counterpart = XiJinping,
        Agreement = "Joint declaration on strategic partnership",
        AdoptedIn = 2024,
        OccurredOn = Day,
    };

    /// <summary>The President lists the areas of cooperation, "and other areas", and the projects that connect the two countries.</summary>
    public static CooperationHighlighted Cooperation { get; } = new()
    {
        HighlightedBy = Aliyev,
        Partner = CountryCode.From("CN"),
        Areas = new HashSet<CooperationArea>
        {
            CooperationArea.Political, CooperationArea.Economic, CooperationArea.Trade, CooperationArea.Transport,
            CooperationArea.Energy, CooperationArea.Industry, CooperationArea.Investment, CooperationArea.Security,
            CooperationArea.Cultural, CooperationArea.Humanitarian,
        },
        MoreAreas = true,
        Initiatives =
        [
            new Initiative { Name = "Belt and Road Initiative" },
            new Initiative { Name = "Middle Corridor", UnderConstruction = true },
        ],
        Notes = new Dictionary<string, string> { ["international organizations"] = "successful collaboration and mutual support" },
        OccurredOn = Day,
    };

    /// <summary>The President reaffirms Azerbaijan's support for the One China policy.</summary>
    public static SupportReaffirmed OneChina { get; } = new()
    {
        Supporter = Aliyev,
        Beneficiary = CountryCode.From("CN"),
        Principle = SupportedPrinciple.OneChina,
        Policy = "One China",
        Characterisation = "unwavering",
        OccurredOn = Day,
    };

    /// <summary>Lu Mei conveys the greetings of President Xi Jinping to President Aliyev.</summary>
    public static GreetingsConveyed Greetings { get; } = new()
    {
        From = XiJinping,
        To = Aliyev,
        Via = LuMei,
        OccurredOn = Day,
        Reciprocated = true,
    };

    /// <summary>President Aliyev thanks her and asks her to take his regards back to President Xi.</summary>
    public static RegardsConveyed Regards { get; } = new()
    {
        From = Aliyev,
        To = XiJinping,
        Via = LuMei,
        OccurredOn = Day,
    };

    /// <summary>The ambassador affirms China's support for Azerbaijan's territorial integrity and sovereignty.</summary>
    public static IntegritySupportAffirmed Integrity { get; } = new()
    {
        AffirmedBy = LuMei,
        Principles = [SupportedPrinciple.TerritorialIntegrity, SupportedPrinciple.Sovereignty],
        Supported = CountryCode.From("AZ"),
        OccurredOn = Day,
    };

    /// <summary>The ambassador acknowledges the role of National Leader Heydar Aliyev in the relationship.</summary>
    public static LegacyAcknowledged Legacy { get; } = new()
    {
        AcknowledgedBy = LuMei,
        Honoured = HeydarAliyev,
        OccurredOn = Day,
    };

    /// <summary>The report itself, listing the events it covers by their generated event type constants.</summary>
    public static ReportPublished Report { get; } = new()
    {
        Outlet = Source.Outlet,
        Citing = Source.Citing,
        Headline = "President Ilham Aliyev receives credentials of newly appointed Chinese Ambassador",
        PublishedOn = Day,
        Covers =
        [
            CredentialsPresented.EventType, PartnershipRecalled.EventType, CooperationHighlighted.EventType,
            SupportReaffirmed.EventType, GreetingsConveyed.EventType, RegardsConveyed.EventType,
            IntegritySupportAffirmed.EventType, LegacyAcknowledged.EventType,
        ],
        Source = Source,
        Country = CountryCode.From("AZ"),
    };
}
