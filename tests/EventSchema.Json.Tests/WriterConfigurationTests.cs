using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Corridor;
using Diplomacy;
using EventSchema.Generated;
using JsonCoverage;

namespace EventSchema.Json.Tests;

/// <summary>
/// Generated code has one writing path for every writer configuration. What it writes is compared with what
/// <see cref="Utf8JsonWriter"/> itself wrote for the same values, call by call (the snapshots were taken from the
/// writer-call path generated code had before it had only one), at the root, as array items after another item and
/// as a property's value; a refusal is compared by its exception type and message.
/// </summary>
public sealed class WriterConfigurationTests
{
    private static readonly Dictionary<string, JsonWriterOptions> Configurations = new()
    {
        ["compact"] = default,
        ["indented"] = new JsonWriterOptions { Indented = true },
        ["relaxed"] = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        ["indented-relaxed"] = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        // An encoder that escapes ASCII letters: the schema's own names stay as encoded once, values do not.
        ["cyrillic-only"] = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.Cyrillic) },
        ["skip-validation"] = new JsonWriterOptions { SkipValidation = true },
        ["max-depth-3"] = new JsonWriterOptions { MaxDepth = 3 },
    };

    public static TheoryData<string> ConfigurationNames => new(Configurations.Keys);

    [Theory]
    [MemberData(nameof(ConfigurationNames))]
    public void Every_writer_configuration_gets_what_the_writer_writes(string configuration)
    {
        var options = Configurations[configuration];
        var text = new StringBuilder();
        foreach (var (name, write) in Values())
        {
            text.Append("# ").Append(name).Append('\n');
            text.Append(Output(write, options)).Append('\n');
            text.Append(Output(writer => { writer.WriteStartArray(); writer.WriteNumberValue(1); write(writer); write(writer); writer.WriteEndArray(); }, options)).Append('\n');
            text.Append(Output(writer => { writer.WriteStartObject(); writer.WritePropertyName("value"); write(writer); writer.WriteEndObject(); }, options)).Append("\n\n");
        }
        Snapshot.Match(text.ToString(), configuration, "txt");
    }

    // Every kind of value, the strings the encoders treat differently, and the values the writer refuses.
    private static IEnumerable<(string Name, Action<Utf8JsonWriter> Write)> Values()
    {
        foreach (var (name, evt) in SeedEvents.All)
        {
            var info = GeneratedEventCatalog.Instance.Find(evt.GetType())!;
            yield return (name, writer => info.Write(writer, evt));
        }
        var full = CoverageSamples.Full;
        yield return ("EveryType", full.WriteJson);
        yield return ("EveryType through JsonSerializer", writer => JsonSerializer.Serialize(writer, full, GeneratedJson.EveryType));
        yield return ("EveryType, minimal", EveryType.FromJson(CoverageSamples.MinimalJson).WriteJson);
        var awkward = full with
        {
            Text = "lone \ud83d high, lone \ude00 low, replacement \ufffd, é ü ж 中 😀 <&>'+` \u2028 \u007f \u0001 \"\\",
            Scores = new Dictionary<string, int> { ["é <&> ж"] = 1, ["lone \ud83d"] = 2, ["\ufffd"] = 3 },
            Tags = new HashSet<string> { "ж", "a\tb" },
            Link = new Uri("https://example.com/a?b=1&c=%20+d"),
        };
        yield return ("EveryType with awkward strings", awkward.WriteJson);
        yield return ("EveryType with NaN", (full with { Ratio = double.NaN }).WriteJson);
        yield return ("EveryType with infinity", (full with { Leaf = new Leaf { Label = "x", Weight = double.NegativeInfinity } }).WriteJson);
        yield return ("EveryType with an unset scalar", (full with { Slug = Unset<Slug>() }).WriteJson);
        yield return ("Official with an unset country", (SeedEvents.LuMei with { Country = Unset<CountryCode>() }).WriteJson);
        yield return ("Slug through its converter", writer => new SlugJsonConverter().Write(writer, Slug.From("baku"), JsonSerializerOptions.Default));
        foreach (var leg in UnionTests.Legs) yield return ("Leg " + leg.Value.GetType().Name, leg.WriteJson);
        foreach (var evt in UnionTests.CorridorEvents) yield return ("Corridor " + evt.GetType().Name, evt.WriteJson);
    }

    // default(T) of a scalar, which never went through its From: what a writer must refuse to write.
    private static T Unset<T>() where T : struct => default;

    private static string Output(Action<Utf8JsonWriter> write, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, options)) write(writer);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or JsonException)
        {
            // What was written before a refusal is not compared: one path refuses before writing anything.
            var text = $"threw {error.GetType().FullName}: {error.Message}";
            return error.InnerException is { } inner ? text + $" (inner {inner.GetType().FullName}: {inner.Message})" : text;
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
