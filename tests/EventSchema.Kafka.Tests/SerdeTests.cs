// These tests build values that break schema rules on purpose, to see how they are reported at run time.
#pragma warning disable ES1002, ES1003
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Json;
using EventSchema.Json.Tests;

namespace EventSchema.Kafka.Tests;

/// <summary>The typed serializers on their own: JSON, framing, tombstones, validation and reader options.</summary>
public sealed class SerdeTests
{
    private static readonly EventCatalog Catalog = GeneratedEventCatalog.Instance;
    private static SerializationContext Context(Headers? headers = null) => new(MessageComponentType.Value, "diplomacy", headers ?? new Headers());

    [Theory]
    [MemberData(nameof(SeedEvents.Names), MemberType = typeof(SeedEvents))]
    public void Every_seed_event_round_trips_as_its_generated_json(string name)
    {
        var evt = SeedEvents.All[name];
        var roundTrip = typeof(SerdeTests).GetMethod(nameof(RoundTrip), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        Assert.Equal(evt, roundTrip.MakeGenericMethod(evt.GetType()).Invoke(null, [evt]));
    }

    private static T? RoundTrip<T>(T evt)
        where T : class, IEvent
    {
        var bytes = new EventSerializer<T>(Catalog).Serialize(evt, Context());
        Assert.Equal(JsonText.ToUtf8Bytes<IEvent>(evt, Catalog.Find(typeof(T))!.Write), bytes);
        return new EventDeserializer<T>(Catalog).Deserialize(bytes, false, Context());
    }

    [Fact]
    public void The_typed_deserializer_reads_from_the_span()
    {
        var evt = SeedEvents.CredentialsPresented;
        var bytes = new EventSerializer<CredentialsPresented>(Catalog).Serialize(evt, Context());
        var read = new EventDeserializer<CredentialsPresented>(Catalog).Deserialize(bytes, false, Context());
        Assert.Equal(evt, read);
    }

    [Fact]
    public void A_null_event_is_a_tombstone_both_ways()
    {
        Assert.Null(new EventSerializer<CredentialsPresented>(Catalog).Serialize(null, Context()));
        Assert.Null(new EventDeserializer<CredentialsPresented>(Catalog).Deserialize(ReadOnlySpan<byte>.Empty, true, Context()));
    }

    [Fact]
    public void An_invalid_event_is_refused_on_write_unless_validation_is_off()
    {
        var invalid = SeedEvents.CredentialsPresented with { Ambassador = SeedEvents.LuMei with { Name = "" } };
        var error = Assert.Throws<SchemaValidationException>(() => new EventSerializer<CredentialsPresented>(Catalog).Serialize(invalid, Context()));
        Assert.Contains(error.Result.Errors, e => e.Path == "ambassador.name");

        var bytes = new EventSerializer<CredentialsPresented>(Catalog, new EventSerdeOptions { ValidateOnWrite = false }).Serialize(invalid, Context());
        Assert.Contains("\"name\":\"\"", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Validation_on_read_and_unknown_properties_follow_the_options()
    {
        var lenient = new EventDeserializer<CredentialsPresented>(Catalog);
        var strict = new EventDeserializer<CredentialsPresented>(Catalog, new EventSerdeOptions
        {
            Json = new EventJsonOptions { ValidateOnRead = true, UnknownProperties = UnknownPropertyHandling.Reject },
        });
        var json = SeedEvents.CredentialsPresented.ToJson();

        var withExtra = Encoding.UTF8.GetBytes(json.Insert(1, "\"mood\":\"cordial\","));
        Assert.Equal(SeedEvents.CredentialsPresented, lenient.Deserialize(withExtra, false, Context()));
        var unknown = Assert.Throws<JsonException>(() => strict.Deserialize(withExtra, false, Context()));
        Assert.Equal("$.mood", unknown.Path);

        var emptyName = Encoding.UTF8.GetBytes(json.Replace("\"Lu Mei\"", "\"\""));
        Assert.Equal("", lenient.Deserialize(emptyName, false, Context())!.Ambassador.Name);
        Assert.Throws<JsonException>(() => strict.Deserialize(emptyName, false, Context()));
    }

    [Fact]
    public void Broken_json_fails_with_the_path_of_the_error()
    {
        var json = SeedEvents.CredentialsPresented.ToJson().Replace("\"2025-04-17\"", "\"2025-02-30\"");
        var error = Assert.Throws<JsonException>(() => new EventDeserializer<CredentialsPresented>(Catalog).Deserialize(Encoding.UTF8.GetBytes(json), false, Context()));
        Assert.Equal("$.occurredOn", error.Path);
    }

    [Fact]
    public void An_empty_or_truncated_value_is_a_clear_error()
    {
        var deserializer = new EventDeserializer<CredentialsPresented>(Catalog);
        Assert.Contains("empty", Assert.Throws<JsonException>(() => deserializer.Deserialize(ReadOnlySpan<byte>.Empty, false, Context())).Message);
        Assert.Contains("magic byte 0", Assert.Throws<JsonException>(() => deserializer.Deserialize(new byte[] { 0, 0, 1 }, false, Context())).Message);
    }

    [Fact]
    public void A_ce_type_header_naming_another_event_is_refused()
    {
        var headers = new Headers { { CloudEventHeaders.Type, Encoding.UTF8.GetBytes(GreetingsConveyed.EventType) } };
        var bytes = Encoding.UTF8.GetBytes(SeedEvents.CredentialsPresented.ToJson());
        var error = Assert.Throws<JsonException>(() => new EventDeserializer<CredentialsPresented>(Catalog).Deserialize(bytes, false, Context(headers)));
        Assert.Contains(GreetingsConveyed.EventType, error.Message);
    }

    private const string StoredAsVersion1 = """{"ambassador":{"name":"Guo Min","country":"CN"},"receivedBy":{"name":"Ilham Aliyev","country":"AZ"},"occurredOn":"2019-03-12","sources":[{"outlet":"AZERTAC"}]}""";

    private static Headers BinaryCloudEventHeaders(string eventType) => new()
    {
        { CloudEventHeaders.SpecVersion, "1.0"u8.ToArray() },
        { CloudEventHeaders.Id, "archive-1"u8.ToArray() },
        { CloudEventHeaders.Source, "/archive"u8.ToArray() },
        { CloudEventHeaders.Type, Encoding.UTF8.GetBytes(eventType) },
        { CloudEventHeaders.ContentType, "application/json"u8.ToArray() },
    };

    [Fact]
    public void A_typed_deserializer_reads_a_binary_cloudevent_of_a_past_version_into_the_current_type()
    {
        var read = new EventDeserializer<CredentialsPresented>(Catalog)
            .Deserialize(Encoding.UTF8.GetBytes(StoredAsVersion1), false, Context(BinaryCloudEventHeaders("diplomacy.credentials-presented.v1")));
        Assert.Equal("Guo Min", read!.Ambassador.Name);
        Assert.Equal(new DateOnly(2019, 3, 12), read.OccurredOn);
        Assert.Null(read.GreetingsFrom);
        Assert.False(read.ConversationHeld);

        // Read by version 1's reader, as that version was written: it has no greetingsFrom (version 2 added it).
        var strict = new EventDeserializer<CredentialsPresented>(Catalog, new EventSerdeOptions { Json = new EventJsonOptions { UnknownProperties = UnknownPropertyHandling.Reject } });
        var withLaterField = Encoding.UTF8.GetBytes(StoredAsVersion1.Replace("\"sources\"", "\"greetingsFrom\":{\"name\":\"Xi Jinping\",\"country\":\"CN\"},\"sources\"", StringComparison.Ordinal));
        var unknown = Assert.Throws<JsonException>(() => strict.Deserialize(withLaterField, false, Context(BinaryCloudEventHeaders("diplomacy.credentials-presented.v1"))));
        Assert.Equal("$.greetingsFrom", unknown.Path);
        Assert.Equal("Xi Jinping", strict.Deserialize(withLaterField, false, Context(BinaryCloudEventHeaders("diplomacy.credentials-presented.v2")))!.GreetingsFrom!.Name);
    }

    [Theory]
    [InlineData("diplomacy.credentials-presented.v4")]
    [InlineData(GreetingsConveyed.EventType)]
    public void A_typed_deserializer_refuses_a_binary_cloudevent_of_a_newer_version_or_another_type(string eventType)
    {
        var error = Assert.Throws<JsonException>(() => new EventDeserializer<CredentialsPresented>(Catalog)
            .Deserialize(Encoding.UTF8.GetBytes(StoredAsVersion1), false, Context(BinaryCloudEventHeaders(eventType))));
        Assert.StartsWith(
            $"The message carries event type '{eventType}' (header ce_type), but this deserializer reads 'diplomacy.credentials-presented.v3' and its past versions ('diplomacy.credentials-presented.v1', 'diplomacy.credentials-presented.v2').",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_deserializer_reads_the_event_of_a_structured_cloudevent_of_its_type_only()
    {
        var headers = new Headers();
        var envelope = new EventEnvelope(SeedEvents.CredentialsPresented, "1", "/s");
        var value = new CloudEventSerializer(Catalog, CloudEventContentMode.Structured).Serialize(envelope, Context(headers));
        Assert.Equal(SeedEvents.CredentialsPresented, new EventDeserializer<CredentialsPresented>(Catalog).Deserialize(value, false, Context(headers)));

        var error = Assert.Throws<JsonException>(() => new EventDeserializer<GreetingsConveyed>(Catalog).Deserialize(value, false, Context(headers)));
        Assert.Equal("$.type", error.Path);
        Assert.Contains(CredentialsPresented.EventType, error.Message);
    }

    [Fact]
    public void Framed_values_are_recognised_and_stripped()
    {
        var json = Encoding.UTF8.GetBytes(SeedEvents.CredentialsPresented.ToJson());
        var prefixed = new byte[json.Length + 5];
        SchemaRegistryFrame.WritePrefix(prefixed, 258);
        json.CopyTo(prefixed, 5);
        Assert.Equal(new byte[] { 0, 0, 0, 1, 2 }, prefixed[..5]);
        Assert.Equal(json, SchemaRegistryFrame.Strip(prefixed, out var id).ToArray());
        Assert.Equal(258, id);
        Assert.Equal(SeedEvents.CredentialsPresented, new EventDeserializer<CredentialsPresented>(Catalog).Deserialize(prefixed, false, Context()));

        var guidFramed = new byte[json.Length + 17];
        guidFramed[0] = 1;
        json.CopyTo(guidFramed, 17);
        Assert.Equal(SeedEvents.CredentialsPresented, new EventDeserializer<CredentialsPresented>(Catalog).Deserialize(guidFramed, false, Context()));

        Assert.Equal(json, SchemaRegistryFrame.Strip(json, out var none).ToArray());
        Assert.Null(none);
        Assert.Equal(7, SchemaRegistryFrame.ReadHeader(new Headers { { SchemaRegistryFrame.ValueSchemaIdHeader, SchemaRegistryFrame.Encode(7) } }));
    }

    [Fact]
    public void Framing_without_registered_ids_is_refused_at_construction()
    {
        var error = Assert.Throws<ArgumentException>(() => new EventSerializer<CredentialsPresented>(Catalog, new EventSerdeOptions { Framing = SchemaIdFraming.Prefix }));
        Assert.Contains("SchemaIds", error.Message);
    }

    [Fact]
    public void A_type_outside_the_catalog_is_refused_at_construction()
    {
        var empty = new EventCatalog([]);
        Assert.Throws<ArgumentException>(() => new EventSerializer<CredentialsPresented>(empty));
        Assert.Throws<ArgumentException>(() => new EventDeserializer<CredentialsPresented>(empty));
    }

    [Fact]
    public void Serializing_on_many_threads_at_once_gives_each_message_its_own_bytes()
    {
        var serializer = new EventSerializer<CredentialsPresented>(Catalog);
        var events = Enumerable.Range(0, 64).Select(i => SeedEvents.CredentialsPresented with { Place = "Baku " + i }).ToArray();
        var results = new byte[events.Length][];
        Parallel.For(0, events.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = serializer.Serialize(events[i], Context()));
        for (var i = 0; i < events.Length; i++)
        {
            Assert.Equal(events[i], CredentialsPresented.FromJson(results[i]));
        }
    }
}
