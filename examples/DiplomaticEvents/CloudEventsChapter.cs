using EventSchema;
using EventSchema.Generated;
using EventSchema.Json;

namespace DiplomaticEvents;

/// <summary>
/// Sends each event over the wire as CloudEvents JSON and reads it back through the generated catalog, which
/// finds the right reader from the envelope's <c>type</c>.
/// </summary>
internal static class CloudEventsChapter
{
    public static void Print(IReadOnlyList<IEvent> events, DateTimeOffset time)
    {
        EventCatalog catalog = GeneratedEventCatalog.Instance;
        for (int i = 0; i < events.Count; i++)
        {
            var envelope = new EventEnvelope(events[i], id: $"news-az-2025-04-17-{i + 1}", source: "/newsroom/news.az") { Time = time };
            string json = catalog.ToCloudEventJson(envelope);
            EventEnvelope received = catalog.ReadCloudEvent(json);

            Console.WriteLine();
            Console.WriteLine(json);
            Console.WriteLine($"  read back as {received.Data.GetType().Name}: {(received.Data.Equals(events[i]) ? "equal to the original" : "DIFFERENT")}");
        }

        // A type the catalog does not know is a clear error, not a crash.
        try
        {
            catalog.ReadCloudEvent("""{"specversion":"1.0","id":"x","source":"/s","type":"diplomacy.summit-cancelled.v1","data":{}}""");
        }
        catch (System.Text.Json.JsonException exception)
        {
            Console.WriteLine();
            Console.WriteLine($"An unknown type is refused: {exception.Message}");
        }
    }
}
