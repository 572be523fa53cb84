using System;
using System.Text;
using System.Text.Json;
using EventSchema.Generated;
using EventSchema.Json;
using JsonHardening;

namespace EventSchema.Fuzzing.Json;

/// <summary>
/// One fuzzing input through every way an untrusted document reaches the generated readers: as a whole event of
/// each type in the catalog, through <c>JsonSerializer</c>, as a CloudEvent and as its <c>data</c>, as the value of an
/// undeclared property and of each declared field of the probe event, with default options and with tight limits,
/// <c>ValidateOnRead</c>, rejected unknown properties and no string reuse. A <see cref="JsonException"/> is the only
/// allowed failure; anything else, or a value that does not survive being written and read again, escapes and crashes
/// the process, which is how the fuzzer learns about it.
/// </summary>
internal static class JsonFuzzTarget
{
    private static readonly EventJsonOptions Tight = new()
    {
        MaxDepth = 8,
        MaxStringLength = 64,
        MaxCollectionSize = 8,
        ValidateOnRead = true,
        UnknownProperties = UnknownPropertyHandling.Reject,
        ReuseStrings = false,
    };

    private static readonly string[] ProbeFields =
    [
        "text", "flag", "int32", "int64", "real", "exact", "day", "at", "moment", "span", "id", "link", "tone",
        "next", "children", "strings", "numbers", "integers", "decimals", "nested", "names", "entries", "branches",
    ];

    private static readonly byte[] EnvelopeStart = Encoding.UTF8.GetBytes("""{"specversion":"1.0","id":"1","source":"/fuzz","type":"hardening.probe.v1","data":""");

    public static void Run(ReadOnlySpan<byte> input)
    {
        var bytes = input.ToArray();
        var catalog = GeneratedEventCatalog.Instance;
        foreach (var options in new[] { (EventJsonOptions?)null, Tight })
        {
            Read(() => RoundTrip(Probe.FromJson(bytes, options)));
            foreach (var info in catalog.Events)
            {
                Read(() => catalog.ReadEvent(info.EventType, bytes, options));
            }
            Read(() => catalog.ReadCloudEvent(bytes, options));
            Read(() => catalog.ReadCloudEvent([.. EnvelopeStart, .. bytes, (byte)'}'], options));
            Read(() => Probe.FromJson(AsProperty("undeclared", bytes), options));
            // The first byte picks the field, so every field sees every input over a run without multiplying the cost.
            var field = ProbeFields[bytes.Length == 0 ? 0 : bytes[0] % ProbeFields.Length];
            Read(() => RoundTrip(Probe.FromJson(AsProperty(field, bytes), options)));
        }
        Read(() => JsonSerializer.Deserialize<Probe>(bytes));
    }

    private static void Read(Action read)
    {
        try
        {
            read();
        }
        catch (JsonException)
        {
            // The documented way to refuse a payload.
        }
    }

    /// <summary>What was read is written, read back and compared: a reader must accept what the writer writes.</summary>
    private static void RoundTrip(Probe value)
    {
        var written = value.ToJson();
        Probe again;
        try
        {
            again = Probe.FromJson(written);
        }
        catch (JsonException error)
        {
            throw new InvalidOperationException("The reader refused what the writer wrote: " + written, error);
        }
        if (!value.Equals(again)) throw new InvalidOperationException("A value changed in a round trip: " + written);
    }

    private static byte[] AsProperty(string name, byte[] document)
        => [.. Encoding.UTF8.GetBytes("{\"" + name + "\":"), .. document, (byte)'}'];
}
