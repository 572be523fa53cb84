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

        // An event stored while CredentialsPresented was at version 1 (no greetings, no conversation) is read into
        // today's type: the catalog dispatches .v1 to the version 1 reader, which converts it up to version 3.
        const string storedAsVersion1 = """
            {"specversion":"1.0","id":"archive-2019-03","source":"/newsroom/archive","type":"diplomacy.credentials-presented.v1",
             "data":{"ambassador":{"name":"Guo Min","title":"Ambassador of the People's Republic of China to Azerbaijan","country":"CN"},
                     "receivedBy":{"name":"Ilham Aliyev","title":"President of the Republic of Azerbaijan","country":"AZ"},
                     "occurredOn":"2019-03-12","place":"Baku","sources":[{"outlet":"AZERTAC"}]}}
            """;
        EventEnvelope archived = catalog.ReadCloudEvent(storedAsVersion1);
        var upcast = (Diplomacy.CredentialsPresented)archived.Data;
        Console.WriteLine();
        Console.WriteLine($"Stored as version 1, read as {upcast.GetType().Name} v{Diplomacy.CredentialsPresented.SchemaVersion}: {upcast.Describe()}"
            + $" (greetings from: {upcast.GreetingsFrom?.Name ?? "not recorded"}, conversation held: {upcast.ConversationHeld})");

        // A version newer than this program knows is refused by name, so an old service never misreads a new event.
        try
        {
            catalog.ReadCloudEvent(storedAsVersion1.Replace(".v1", ".v4", StringComparison.Ordinal));
        }
        catch (System.Text.Json.JsonException exception)
        {
            Console.WriteLine($"A newer version is refused: {exception.Message}");
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
