using System.Buffers;
using System.Text;
using System.Text.Json;
using Diplomacy;
using EventSchema.Generated;
using JsonCoverage;

namespace EventSchema.Json.Tests;

public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(SeedEvents.Names), MemberType = typeof(SeedEvents))]
    public void Every_seed_event_reads_back_equal_from_its_own_json(string name)
    {
        var evt = SeedEvents.All[name];
        var info = GeneratedEventCatalog.Instance.Find(evt.GetType())!;

        var json = Write(writer => info.Write(writer, evt), indented: false);
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var read = info.Read(ref reader);

        Assert.Equal(evt, read);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
    }

    [Theory]
    [MemberData(nameof(SeedEvents.Names), MemberType = typeof(SeedEvents))]
    public void Every_seed_event_has_stable_json_text(string name)
    {
        var evt = SeedEvents.All[name];
        var info = GeneratedEventCatalog.Instance.Find(evt.GetType())!;

        var json = Encoding.UTF8.GetString(Write(writer => info.Write(writer, evt), indented: true));

        Snapshot.Match(json + "\n", name);
    }

    [Theory]
    [MemberData(nameof(SeedEvents.Names), MemberType = typeof(SeedEvents))]
    public void JsonSerializer_uses_the_generated_converter_with_default_options(string name)
    {
        var evt = SeedEvents.All[name];
        var info = GeneratedEventCatalog.Instance.Find(evt.GetType())!;

        var viaSerializer = JsonSerializer.Serialize(evt, evt.GetType());
        var viaFastPath = Encoding.UTF8.GetString(Write(writer => info.Write(writer, evt), indented: false));
        var back = JsonSerializer.Deserialize(viaSerializer, evt.GetType());

        Assert.Equal(viaFastPath, viaSerializer);
        Assert.Equal(evt, back);
    }

    [Fact]
    public void The_typed_fast_paths_agree_with_each_other()
    {
        var evt = SeedEvents.CredentialsPresented;

        var text = evt.ToJson();
        var bytes = evt.ToJsonUtf8Bytes();

        Assert.Equal(text, Encoding.UTF8.GetString(bytes));
        Assert.Equal(evt, CredentialsPresented.FromJson(text));
        Assert.Equal(evt, CredentialsPresented.FromJson(bytes));
        Assert.Equal(evt, JsonSerializer.Deserialize<CredentialsPresented>(bytes));
    }

    [Fact]
    public void Wire_format_follows_the_schema()
    {
        var json = SeedEvents.CredentialsPresented.ToJson();

        Assert.Equal(
            """{"ambassador":{"name":"Lu Mei","title":"Ambassador","country":"CN"},"receivedBy":{"name":"Ilham Aliyev","title":"President","country":"AZ"},"occurredOn":"2025-04-17","place":"Baku","sources":[{"outlet":"News.Az","citing":"AZERTAC"}],"conversationHeld":false}""",
            json);
    }

    [Fact]
    public void Optional_fields_without_a_value_are_left_out_and_defaults_apply_when_absent()
    {
        var greetings = SeedEvents.GreetingsConveyed;
        var json = greetings.ToJson();

        Assert.Contains("\"reciprocated\":false", json);
        Assert.DoesNotContain("\"title\":null", SeedEvents.LegacyAcknowledged.ToJson());

        var withoutDefault = json.Replace(",\"reciprocated\":false", string.Empty);
        Assert.False(GreetingsConveyed.FromJson(withoutDefault).Reciprocated);
        Assert.True(RegardsConveyed.FromJson(SeedEvents.RegardsConveyed.ToJson().Replace(",\"thankedForGreetings\":true", string.Empty)).ExpressedGratitude);
    }

    [Fact]
    public void An_optional_field_with_a_default_keeps_an_explicit_null()
    {
        var evt = SeedEvents.LegacyAcknowledged with { Honorific = null };

        var json = evt.ToJson();

        Assert.Contains("\"honorific\":null", json);
        Assert.Null(LegacyAcknowledged.FromJson(json).Honorific);
        Assert.Equal("National Leader", LegacyAcknowledged.FromJson(json.Replace(",\"honorific\":null", string.Empty)).Honorific);
    }

    [Fact]
    public void Json_names_come_from_the_json_decorator()
    {
        var json = SeedEvents.RegardsConveyed.ToJson();

        Assert.Contains("\"thankedForGreetings\":true", json);
        Assert.DoesNotContain("expressedGratitude", json);
    }

    [Fact]
    public void Every_kind_of_value_round_trips()
    {
        var evt = CoverageSamples.Full;

        var json = evt.ToJson();
        var back = EveryType.FromJson(json);

        Assert.Equal(evt, back);
        Snapshot.Match(Encoding.UTF8.GetString(Write(evt.WriteJson, indented: true)) + "\n", "EveryType");
    }

    [Fact]
    public void Enum_and_scalar_values_use_their_converters_on_their_own()
    {
        Assert.Equal("\"tr\\u00E8s haut\"", JsonSerializer.Serialize(Level.High));
        Assert.Equal(Level.High, JsonSerializer.Deserialize<Level>("\"tr\\u00e8s haut\""));
        Assert.Equal("\"MEDIUM\"", JsonSerializer.Serialize(Level.Medium));
        Assert.Equal(Level.Medium, JsonSerializer.Deserialize<Level>("\"MEDIUM\""));
        Assert.Equal("42", JsonSerializer.Serialize(Percent.From(42)));
        Assert.Equal(Percent.From(42), JsonSerializer.Deserialize<Percent>("42"));
        Assert.Equal("\"CN\"", JsonSerializer.Serialize(CountryCode.From("CN")));
    }

    [Fact]
    public void Escaped_property_names_are_recognized()
    {
        var json = SeedEvents.CredentialsPresented.ToJson().Replace("\"place\"", "\"pl\\u0061ce\"");

        Assert.Equal("Baku", CredentialsPresented.FromJson(json).Place);
    }

    [Fact]
    public void Reading_from_a_segmented_sequence_gives_the_same_value()
    {
        var bytes = SeedEvents.CooperationHighlighted.ToJsonUtf8Bytes();
        var sequence = Segments.Split(bytes, 7);

        var reader = new Utf8JsonReader(sequence);
        var back = CooperationHighlighted.ReadJson(ref reader);

        Assert.Equal(SeedEvents.CooperationHighlighted, back);
    }

    private static byte[] Write(Action<Utf8JsonWriter> write, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }
}
