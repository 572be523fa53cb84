using Diplomacy;

namespace DiplomaticEvents;

/// <summary>
/// The people and events of one news report: on 17 April 2025 in Baku, President Ilham Aliyev received the
/// credentials of China's new ambassador, Lu Mei (News.Az, citing AZERTAC).
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
        Title = "Ambassador of the People's Republic of China",
        Country = CountryCode.From("CN"),
    };

    public static Official XiJinping { get; } = new()
    {
        Name = "Xi Jinping",
        Title = "President of the People's Republic of China",
        Country = CountryCode.From("CN"),
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
    };

    /// <summary>Lu Mei conveys the greetings of President Xi Jinping to President Aliyev.</summary>
    public static GreetingsConveyed GreetingsFromBeijing { get; } = new()
    {
        From = XiJinping,
        To = Aliyev,
        Via = LuMei,
        OccurredOn = Day,
        Reciprocated = true,
    };

    /// <summary>President Aliyev thanks her and asks her to take his regards back to President Xi.</summary>
    public static GreetingsConveyed RegardsToBeijing { get; } = new()
    {
        From = Aliyev,
        To = XiJinping,
        Via = LuMei,
        OccurredOn = Day,
    };
}
