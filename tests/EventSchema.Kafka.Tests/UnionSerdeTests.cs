// These tests build values that break schema rules on purpose, to see how they are reported at run time.
#pragma warning disable ES1002, ES1003
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Diplomacy;
using Diplomacy.Streams;
using EventSchema.Generated;
using EventSchema.Json;
using EventSchema.Json.Tests;

namespace EventSchema.Kafka.Tests;

/// <summary>The union serializers on their own: the union's JSON form, CloudEvents of its members, and what they refuse.</summary>
public sealed class UnionSerdeTests
{
    private static readonly EventCatalog Catalog = GeneratedEventCatalog.Instance;
    private static SerializationContext Context(Headers? headers = null) => new(MessageComponentType.Value, "day", headers ?? new Headers());

    [Theory]
    [MemberData(nameof(SeedEvents.Names), MemberType = typeof(SeedEvents))]
    public void Every_member_round_trips_as_the_unions_json_with_its_event_type_as_discriminator(string name)
    {
        var value = DiplomaticEvent.FromEvent(SeedEvents.All[name]);
        var bytes = new UnionSerializer<DiplomaticEvent>(DiplomaticEvent.UnionInfo).Serialize(value, Context());

        Assert.Equal(value.ToJsonUtf8Bytes(), bytes);
        Assert.StartsWith("{\"type\":\"" + SeedEvents.All[name].EventType + "\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(value, new UnionDeserializer<DiplomaticEvent>(DiplomaticEvent.UnionInfo).Deserialize(bytes, false, Context()));
    }

    [Fact]
    public void A_union_that_lists_a_union_and_records_travels_as_its_json()
    {
        DeskItem note = new DeskNote { Text = "Quiet day." };
        DeskItem courtesy = (Courtesy)SeedEvents.RegardsConveyed;
        var serializer = new UnionSerializer<DeskItem>(DeskItem.UnionInfo);
        var deserializer = new UnionDeserializer<DeskItem>(DeskItem.UnionInfo);

        Assert.Equal(note, deserializer.Deserialize(serializer.Serialize(note, Context()), false, Context()));
        Assert.Equal(courtesy, deserializer.Deserialize(serializer.Serialize(courtesy, Context()), false, Context()));
        Assert.False(DeskItem.UnionInfo.IsUnionOfEvents);
        Assert.Throws<ArgumentException>(() => new UnionDeserializer<DeskItem>(DeskItem.UnionInfo, Catalog));
    }

    [Fact]
    public void A_tombstone_is_null_both_ways()
    {
        Assert.Null(new UnionSerializer<DiplomaticEvent>(DiplomaticEvent.UnionInfo).Serialize(null, Context()));
        Assert.Null(new UnionDeserializer<DiplomaticEvent>(DiplomaticEvent.UnionInfo).Deserialize([], true, Context()));
    }

    [Fact]
    public void An_invalid_member_is_refused_on_write_and_framing_is_refused_up_front()
    {
        DeskItem note = new DeskNote { Text = "" };
        Assert.Throws<SchemaValidationException>(() => new UnionSerializer<DeskItem>(DeskItem.UnionInfo).Serialize(note, Context()));
        Assert.NotNull(new UnionSerializer<DeskItem>(DeskItem.UnionInfo, new EventSerdeOptions { ValidateOnWrite = false }).Serialize(note, Context()));

        var ids = new EventSchemaIds(new SchemaRegistryClient(new Uri("http://127.0.0.1:9"), new HttpClient()), Catalog);
        var error = Assert.Throws<ArgumentException>(() => new UnionSerializer<DeskItem>(DeskItem.UnionInfo, new EventSerdeOptions { Framing = SchemaIdFraming.Prefix, SchemaIds = ids }));
        Assert.Contains("DeskItem", error.Message, StringComparison.Ordinal);

        // Without ids the reason is the same: ids could not make a union's messages framed.
        var withoutIds = Assert.Throws<ArgumentException>(() => new UnionSerializer<DeskItem>(DeskItem.UnionInfo, new EventSerdeOptions { Framing = SchemaIdFraming.Prefix }));
        Assert.Equal(error.Message, withoutIds.Message);
    }

    [Fact]
    public void An_unknown_discriminator_is_a_JsonException_naming_the_known_values()
    {
        var bytes = """{"type":"diplomacy.treaty-signed.v1","parties":[]}"""u8.ToArray();
        var error = Assert.Throws<JsonException>(() => new UnionDeserializer<Courtesy>(Courtesy.UnionInfo).Deserialize(bytes, false, Context()));

        Assert.Equal("$.type", error.Path);
        Assert.Contains("'" + GreetingsConveyed.EventType + "', '" + RegardsConveyed.EventType + "'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CloudEvents_of_members_are_read_through_the_catalog_and_others_are_refused()
    {
        var greetings = new EventEnvelope(SeedEvents.GreetingsConveyed, "g-1", "/s");
        var credentials = new EventEnvelope(SeedEvents.CredentialsPresented, "c-1", "/s");
        var deserializer = new UnionDeserializer<Courtesy>(Courtesy.UnionInfo, Catalog);

        foreach (var mode in new[] { CloudEventContentMode.Binary, CloudEventContentMode.Structured })
        {
            var serializer = new CloudEventSerializer(Catalog, mode);
            var headers = new Headers();
            var bytes = serializer.Serialize(greetings, Context(headers));
            Assert.Equal(Courtesy.FromEvent(SeedEvents.GreetingsConveyed), deserializer.Deserialize(bytes, false, Context(headers)));

            headers = new Headers();
            bytes = serializer.Serialize(credentials, Context(headers));
            var error = Assert.Throws<JsonException>(() => deserializer.Deserialize(bytes, false, Context(headers)));
            Assert.Contains("'" + CredentialsPresented.EventType + "', which is not a member of union 'Courtesy'", error.Message, StringComparison.Ordinal);
        }

        var plain = new Headers();
        var cloudEvent = new CloudEventSerializer(Catalog, CloudEventContentMode.Binary).Serialize(greetings, Context(plain));
        var withoutCatalog = Assert.Throws<JsonException>(() => new UnionDeserializer<Courtesy>(Courtesy.UnionInfo).Deserialize(cloudEvent, false, Context(plain)));
        Assert.Contains("give it the event catalog", withoutCatalog.Message, StringComparison.Ordinal);
    }
}
