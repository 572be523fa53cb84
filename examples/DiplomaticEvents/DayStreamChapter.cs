using Diplomacy;
using EventSchema;
using EventSchema.Generated;

namespace DiplomaticEvents;

/// <summary>
/// The day as one stream of <see cref="DiplomaticEvent"/>, the union of the day's events: one JSON object per line,
/// each told apart by its <c>type</c>, read back without knowing in advance which event comes next, and handled
/// with <c>Match</c>, which takes one function per event so none can be forgotten.
/// </summary>
internal static class DayStreamChapter
{
    public static void Print(IReadOnlyList<IEvent> events)
    {
        // Writing: every event of the day becomes a union value; its JSON starts with the discriminator.
        var lines = events.Select(e => DiplomaticEvent.FromEvent(e).ToJson()).ToList();
        Console.WriteLine(lines[0]);
        Console.WriteLine($"  … and {lines.Count - 1} more lines");

        // Reading: the discriminator says which event each line is.
        foreach (string line in lines)
        {
            DiplomaticEvent read = DiplomaticEvent.FromJson(line);
            string headline = read.Match(
                credentials => $"{credentials.Ambassador.Name} presents credentials",
                partnership => "A partnership is recalled",
                cooperation => "Cooperation is highlighted",
                support => "Support is reaffirmed",
                greetings => $"{greetings.From.Name} sends greetings",
                regards => "Regards are conveyed",
                integrity => "Support for territorial integrity is affirmed",
                legacy => "A legacy is acknowledged",
                report => $"{report.Source.Outlet} publishes the report");
            Console.WriteLine($"  {read.Discriminator,-42} {headline}");
        }

        // The same union reads what the CloudEvents catalog delivers.
        var cloudEvent = GeneratedEventCatalog.Instance.ToCloudEventJson(new EventSchema.Json.EventEnvelope(events[0], "day-1", "/newsroom/news.az"));
        var fromCatalog = DiplomaticEvent.FromEvent(GeneratedEventCatalog.Instance.ReadCloudEvent(cloudEvent).Data);
        Console.WriteLine($"  from a CloudEvent: {fromCatalog.Discriminator}, equal to the stream's first value: {fromCatalog.Equals(DiplomaticEvent.FromJson(lines[0]))}");

        // A line whose type names no event of the day is refused with the known types.
        try
        {
            DiplomaticEvent.FromJson("""{"type":"diplomacy.summit-cancelled.v1"}""");
        }
        catch (System.Text.Json.JsonException exception)
        {
            Console.WriteLine($"  an unknown type is refused: {exception.Message[..Math.Min(exception.Message.Length, 120)]}…");
        }
    }
}
