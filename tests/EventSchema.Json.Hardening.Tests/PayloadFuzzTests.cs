using System.Text;
using System.Text.Json;
using CsCheck;
using EventSchema.Generated;
using EventSchema.Json.Hardening.Tests.Infrastructure;
using JsonHardening;

namespace EventSchema.Json.Hardening.Tests;

/// <summary>
/// Random values of every seed event and of the coverage schema survive a round trip through their generated writer
/// and reader (directly, through <c>JsonSerializer</c> and inside a CloudEvent); random bytes and mutated valid
/// payloads (bit flips, truncations, insertions of hostile tokens, deletions, duplications) only ever read or fail with
/// a JsonException. Counts scale with <c>EVENTSCHEMA_FUZZ_COUNT</c>; the seed comes from <c>EVENTSCHEMA_FUZZ_SEED</c>.
/// </summary>
public sealed class PayloadFuzzTests
{
    private const int RoundTrips = 3_000;
    private const int RandomDocuments = 5_000;
    private const int Mutants = 20_000;

    private static readonly string[] HostileTokens =
    [
        "\\uD800", "\\uDC00", "\\u0000", "\"", "\\", "{", "}", "[", "]", ",", ":", "null", "true", "1e400", "-1e400", "1.0",
        "9223372036854775808", "2147483648", "-0", "0.1e-400", "NaN", "\u00ff", "\"\\uD83D\"", "{\"next\":{}}", "[[[[[[[[", "\"\",\"\":",
    ];

    [Fact]
    public void Random_values_round_trip_through_the_generated_writers_and_readers()
    {
        var catalog = GeneratedEventCatalog.Instance;
        SeededRun.ForEach(
            InstanceGens.AnyEvent,
            RoundTrips,
            1,
            value =>
            {
                var info = catalog.Find(value.GetType())!;
                var utf8 = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType());
                Assert.Equal(value, catalog.ReadEvent(info.EventType, utf8));
                Assert.Equal(value, JsonSerializer.Deserialize(utf8, value.GetType()));
                var envelope = new EventEnvelope(value, "id-1", "/hardening");
                Assert.Equal(value, catalog.ReadCloudEvent(catalog.ToCloudEventUtf8(envelope)).Data);
            },
            value => JsonSerializer.Serialize(value, value.GetType()));
    }

    [Fact]
    public void Random_bytes_read_or_fail_with_a_json_exception()
    {
        var printable = Gen.Char[' ', '~'].Array[0, 120].Select(c => Encoding.UTF8.GetBytes(new string(c)));
        var jsonish = Gen.Int[0, HostileTokens.Length - 1].Array[0, 24].Select(i => Encoding.UTF8.GetBytes(string.Concat(i.Select(t => HostileTokens[t]))));
        var documents = Gen.OneOf(Gen.Byte.Array[0, 200], printable, jsonish);
        SeededRun.ForEach(documents, RandomDocuments, 2, CheckEveryRoute, Describe);
    }

    [Fact]
    public void Mutated_valid_payloads_read_or_fail_with_a_json_exception()
    {
        var catalog = GeneratedEventCatalog.Instance;
        var mutants = Gen.Select(InstanceGens.AnyEvent, Gen.Int[0, 5], Gen.Int.Array[4], (value, kind, picks) => (Value: value, Mutant: Mutate(value, kind, picks)));
        SeededRun.ForEach(
            mutants,
            Mutants,
            3,
            sample =>
            {
                var info = catalog.Find(sample.Value.GetType())!;
                var outcome = Outcome.Of(() => catalog.ReadEvent(info.EventType, sample.Mutant));
                if (outcome.Crashed) throw new InvalidOperationException($"{info.EventType}: {outcome}");
                var envelope = catalog.ToCloudEventUtf8(new EventEnvelope(sample.Value, "id-1", "/hardening"));
                var mutatedEnvelope = Mutate(envelope, sample.Mutant.Length, sample.Mutant);
                outcome = Outcome.Of(() => catalog.ReadCloudEvent(mutatedEnvelope));
                if (outcome.Crashed) throw new InvalidOperationException($"CloudEvent: {outcome}");
                outcome = Outcome.Of(() => Probe.FromJson(ReadRoutes.AsProperty("any", sample.Mutant)));
                if (outcome.Crashed) throw new InvalidOperationException($"undeclared property: {outcome}");
            },
            sample => Describe(sample.Mutant));
    }

    /// <summary>One of six mutations of the value's JSON, placed by <paramref name="picks"/>.</summary>
    private static byte[] Mutate(IEvent value, int kind, int[] picks)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType());
        int At(int pick, int length) => length == 0 ? 0 : (int)((uint)pick % (uint)length);
        var a = At(picks[0], json.Length);
        var b = At(picks[1], json.Length);
        var (from, to) = a <= b ? (a, b) : (b, a);
        return kind switch
        {
            0 => Flip(json, a, picks[2]),
            1 => json[..a],
            2 => [.. json[..a], .. Encoding.UTF8.GetBytes(HostileTokens[At(picks[2], HostileTokens.Length)]), .. json[a..]],
            3 => [.. json[..from], .. json[to..]],
            4 => [.. json[..to], .. json[from..]],
            _ => [.. json[..a], (byte)picks[3], .. json[a..]],
        };
    }

    /// <summary>The envelope with the payload's bytes spliced in where the payload's data begins, so its text stays hostile.</summary>
    private static byte[] Mutate(byte[] envelope, int length, byte[] mutant)
    {
        var data = envelope.AsSpan().IndexOf("\"data\":"u8);
        return data < 0 ? envelope : [.. envelope[..(data + 7)], .. mutant, .. envelope[(data + 7 + Math.Min(length, envelope.Length - data - 7))..]];
    }

    private static byte[] Flip(byte[] json, int at, int pick)
    {
        var copy = (byte[])json.Clone();
        if (copy.Length > 0) copy[at] ^= (byte)(1 << ((pick & 0x7fffffff) % 8));
        return copy;
    }

    private static void CheckEveryRoute(byte[] document)
    {
        foreach (var (name, read) in ReadRoutes.All)
        {
            var outcome = Outcome.Of(() => read(document));
            if (outcome.Crashed) throw new InvalidOperationException($"{name}: {outcome}");
        }
        var lenient = Outcome.Of(() => Probe.FromJson(document, new EventJsonOptions { UnknownProperties = UnknownPropertyHandling.Reject, ValidateOnRead = true, MaxDepth = 4, MaxStringLength = 8, MaxCollectionSize = 2 }));
        if (lenient.Crashed) throw new InvalidOperationException($"tight options: {lenient}");
    }

    private static string Describe(byte[] document) => Convert.ToHexString(document) + " = " + Encoding.UTF8.GetString(document);
}
