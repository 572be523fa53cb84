using System.Text;
using System.Text.Json;
using EventSchema.Generated;
using JsonHardening;

namespace EventSchema.Json.Hardening.Tests.Infrastructure;

/// <summary>
/// The ways an untrusted JSON document reaches generated code: as a whole <see cref="Probe"/> event, as the value
/// of a property the schema does not declare (skipped, so any well-formed value is accepted), as the value of each
/// declared field (every primitive, enum, list, set, map and the recursive record), through <c>JsonSerializer</c>,
/// through the generated <see cref="GeneratedEventCatalog"/> for every event, and inside a CloudEvents envelope.
/// </summary>
public static class ReadRoutes
{
    public const string Unknown = "as an undeclared property";

    /// <summary>The JSON property names of <see cref="Probe"/>'s fields.</summary>
    public static readonly string[] ProbeFields =
    [
        "text", "flag", "int32", "int64", "real", "exact", "day", "at", "moment", "span", "id", "link", "tone",
        "next", "children", "strings", "numbers", "integers", "decimals", "nested", "names", "entries", "branches",
    ];

    private static readonly byte[] EnvelopeStart = Encoding.UTF8.GetBytes("""{"specversion":"1.0","id":"1","source":"/hardening","type":"hardening.probe.v1","data":""");

    /// <summary>Every route, by name; each reads the document and throws whatever the reader throws.</summary>
    public static IReadOnlyList<(string Name, Action<byte[]> Read)> All { get; } = Build();

    /// <summary>The document as the value of property <paramref name="name"/> of an otherwise empty object.</summary>
    public static byte[] AsProperty(string name, byte[] document)
        => [.. Encoding.UTF8.GetBytes("{\"" + name + "\":"), .. document, (byte)'}'];

    private static List<(string, Action<byte[]>)> Build()
    {
        var routes = new List<(string, Action<byte[]>)>
        {
            ("Probe.FromJson", document => Probe.FromJson(document)),
            ("JsonSerializer.Deserialize<Probe>", document => JsonSerializer.Deserialize<Probe>(document)),
            (Unknown, document => Probe.FromJson(AsProperty("any", document))),
            ("as CloudEvent data", document => GeneratedEventCatalog.Instance.ReadCloudEvent([.. EnvelopeStart, .. document, (byte)'}'])),
            ("as a CloudEvent", document => GeneratedEventCatalog.Instance.ReadCloudEvent(document)),
            ("as a CloudEvent extension", document => GeneratedEventCatalog.Instance.ReadCloudEvent([.. EnvelopeStart, .. "{},\"ext\":"u8, .. document, (byte)'}'])),
        };
        foreach (var field in ProbeFields)
        {
            routes.Add(("as Probe." + field, document => Probe.FromJson(AsProperty(field, document))));
        }
        foreach (var info in GeneratedEventCatalog.Instance.Events)
        {
            routes.Add(("catalog " + info.EventType, document => GeneratedEventCatalog.Instance.ReadEvent(info.EventType, document)));
        }
        return routes;
    }
}
