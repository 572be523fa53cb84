// The JSON checks of the seed program: the generated fast paths, JsonSerializer through GeneratedJson (the
// reflection-free path, so this also runs under Native AOT), and the CloudEvents catalog.
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Json;

partial class Program
{
    static partial void RunJsonChecks(CredentialsPresented evt)
    {
        string json = evt.ToJson();
        Console.WriteLine($"json: {json}");
        Console.WriteLine($"json round trip: {CredentialsPresented.FromJson(json) == evt}");

        // Options of one's own with the resolver: their JsonTypeInfo is what the trim-safe overloads take.
        var options = new JsonSerializerOptions { TypeInfoResolver = GeneratedJson.Resolver };
        var typeInfo = (JsonTypeInfo<CredentialsPresented>)options.GetTypeInfo(typeof(CredentialsPresented));
        bool sameText = JsonSerializer.Serialize(evt, GeneratedJson.CredentialsPresented) == json
            && JsonSerializer.Serialize(evt, typeInfo) == json;
        bool sameValue = JsonSerializer.Deserialize(json, GeneratedJson.CredentialsPresented) == evt
            && JsonSerializer.Deserialize(json, typeInfo) == evt;
        Console.WriteLine($"serializer: {sameText} {sameValue}");

        try
        {
            JsonSerializer.Deserialize(json.Replace("2025-04-17", "2025-02-30"), GeneratedJson.CredentialsPresented);
            Console.WriteLine("bad date: accepted");
        }
        catch (JsonException error)
        {
            Console.WriteLine($"bad date: {error.Path}");
        }

        var envelope = new EventEnvelope(evt, id: "b5b0a1f4", source: "/newsroom/news.az");
        string cloudEvent = GeneratedEventCatalog.Instance.ToCloudEventJson(envelope);
        EventEnvelope received = GeneratedEventCatalog.Instance.ReadCloudEvent(cloudEvent);
        Console.WriteLine($"cloud event: {received.Data is CredentialsPresented back && back == evt} {received.Id}");
    }
}
