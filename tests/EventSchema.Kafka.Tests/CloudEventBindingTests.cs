using System.Net.Mime;
using System.Text;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Confluent.Kafka;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Json;
using EventSchema.Json.Tests;

namespace EventSchema.Kafka.Tests;

/// <summary>The CloudEvents Kafka protocol binding without a broker: headers, values, modes, keys and errors.</summary>
public sealed class CloudEventBindingTests
{
    private static readonly EventCatalog Catalog = GeneratedEventCatalog.Instance;
    private static readonly DateTimeOffset Time = new(2025, 4, 17, 12, 0, 0, TimeSpan.FromHours(4));

    private static EventEnvelope Envelope(IEvent evt, string id = "news-az-1") => new(evt, id, "/newsroom/news.az")
    {
        Time = Time,
        Subject = "baku",
        DataSchema = "https://example.org/schemas/credentials",
        Extensions = new Dictionary<string, object> { ["partitionkey"] = "az-cn", ["priority"] = 2, ["verified"] = true },
    };

    private static string Header(Headers headers, string name) => Encoding.UTF8.GetString(headers.GetLastBytes(name));

    [Fact]
    public void Binary_mode_puts_the_attributes_in_ce_headers_and_the_event_json_in_the_value()
    {
        var headers = new Headers();
        var envelope = Envelope(SeedEvents.CredentialsPresented);
        var value = new CloudEventSerializer(Catalog).Serialize(envelope, new SerializationContext(MessageComponentType.Value, "t", headers));

        Assert.Equal(SeedEvents.CredentialsPresented.ToJson(), Encoding.UTF8.GetString(value));
        Assert.Equal("1.0", Header(headers, "ce_specversion"));
        Assert.Equal("news-az-1", Header(headers, "ce_id"));
        Assert.Equal("/newsroom/news.az", Header(headers, "ce_source"));
        Assert.Equal(CredentialsPresented.EventType, Header(headers, "ce_type"));
        Assert.Equal("2025-04-17T12:00:00+04:00", Header(headers, "ce_time"));
        Assert.Equal("baku", Header(headers, "ce_subject"));
        Assert.Equal("https://example.org/schemas/credentials", Header(headers, "ce_dataschema"));
        Assert.Equal("application/json", Header(headers, "content-type"));
        Assert.Equal("az-cn", Header(headers, "ce_partitionkey"));
        Assert.Equal("2", Header(headers, "ce_priority"));
        Assert.Equal("true", Header(headers, "ce_verified"));

        var read = CloudEventKafka.Read(Catalog, headers, value);
        Assert.Equal(envelope.Data, read.Data);
        Assert.Equal((envelope.Id, envelope.Source, envelope.Time, envelope.Subject, envelope.DataSchema), (read.Id, read.Source, read.Time, read.Subject, read.DataSchema));
        // Binary mode carries every extension as text.
        Assert.Equal("2", read.Extensions["priority"]);
        Assert.Equal("az-cn", read.Extensions["partitionkey"]);
        Assert.Equal(CloudEventContentMode.Binary, CloudEventKafka.GetContentMode(headers));
    }

    [Fact]
    public void Structured_mode_writes_the_whole_event_as_cloudevents_json()
    {
        var headers = new Headers();
        var envelope = Envelope(SeedEvents.GreetingsConveyed);
        var value = new CloudEventSerializer(Catalog, CloudEventContentMode.Structured).Serialize(envelope, new SerializationContext(MessageComponentType.Value, "t", headers));

        Assert.Equal("application/cloudevents+json; charset=UTF-8", Header(headers, "content-type"));
        Assert.False(headers.TryGetLastBytes("ce_type", out _));
        Assert.Equal(Catalog.ToCloudEventUtf8(envelope), value);
        Assert.Equal(CloudEventContentMode.Structured, CloudEventKafka.GetContentMode(headers));

        var read = CloudEventKafka.Read(Catalog, headers, value);
        Assert.Equal(envelope.Data, read.Data);
        Assert.Equal(2, read.Extensions["priority"]);
    }

    [Theory]
    [MemberData(nameof(SeedEvents.Names), MemberType = typeof(SeedEvents))]
    public void The_cloudevents_sdk_reads_our_structured_values_and_we_read_its(string name)
    {
        var evt = SeedEvents.All[name];
        var headers = new Headers();
        var value = new CloudEventSerializer(Catalog, CloudEventContentMode.Structured)
            .Serialize(new EventEnvelope(evt, "id-" + name, "/newsroom/news.az") { Time = Time }, new SerializationContext(MessageComponentType.Value, "t", headers));

        var formatter = new JsonEventFormatter();
        var sdkEvent = formatter.DecodeStructuredModeMessage(value, new ContentType(Header(headers, "content-type")), extensionAttributes: null);
        Assert.Equal(evt.EventType, sdkEvent.Type);
        Assert.Equal("id-" + name, sdkEvent.Id);
        Assert.Equal(Time, sdkEvent.Time);
        Assert.Equal(evt, JsonSerializer.Deserialize(Assert.IsType<JsonElement>(sdkEvent.Data), evt.GetType()));

        var fromSdk = new CloudEvent
        {
            Id = "sdk-" + name,
            Source = new Uri("/sdk", UriKind.Relative),
            Type = evt.EventType,
            Time = Time,
            DataContentType = "application/json",
            Data = JsonSerializer.SerializeToElement(evt, evt.GetType()),
        };
        var sdkValue = formatter.EncodeStructuredModeMessage(fromSdk, out var contentType);
        var sdkHeaders = new Headers { { "content-type", Encoding.UTF8.GetBytes(contentType.ToString()) } };
        var read = new CloudEventDeserializer(Catalog).Deserialize(sdkValue.Span, false, new SerializationContext(MessageComponentType.Value, "t", sdkHeaders))!;
        Assert.Equal(evt, read.Data);
        Assert.Equal("sdk-" + name, read.Id);
    }

    [Fact]
    public void The_partition_key_becomes_the_message_key_and_stays_in_the_event()
    {
        var message = CloudEventKafka.ToMessage(Envelope(SeedEvents.CredentialsPresented));
        Assert.Equal("az-cn", message.Key);
        Assert.Equal("az-cn", message.Value!.Extensions["partitionkey"]);
        Assert.Null(CloudEventKafka.ToMessage(new EventEnvelope(SeedEvents.CredentialsPresented, "1", "/s")).Key);

        var consumed = new ConsumeResult<string?, EventEnvelope?>
        {
            Message = new Message<string?, EventEnvelope?> { Key = "az", Value = new EventEnvelope(SeedEvents.CredentialsPresented, "1", "/s") },
        };
        Assert.Equal("az", CloudEventKafka.WithKey(consumed)!.Extensions["partitionkey"]);
        var tombstone = CloudEventKafka.Tombstone("az");
        Assert.Equal(("az", (EventEnvelope?)null), (tombstone.Key, tombstone.Value));
    }

    [Fact]
    public void An_envelope_read_from_a_past_version_reports_the_type_it_was_received_as_in_both_modes()
    {
        const string version1 = "diplomacy.credentials-presented.v1";
        var data = """{"ambassador":{"name":"Guo Min","country":"CN"},"receivedBy":{"name":"Ilham Aliyev","country":"AZ"},"occurredOn":"2019-03-12","sources":[{"outlet":"AZERTAC"}]}""";
        var binaryHeaders = new Headers
        {
            { "ce_specversion", "1.0"u8.ToArray() },
            { "ce_id", "archive-1"u8.ToArray() },
            { "ce_source", "/archive"u8.ToArray() },
            { "ce_type", Encoding.UTF8.GetBytes(version1) },
        };
        var structuredHeaders = new Headers { { "content-type", "application/cloudevents+json"u8.ToArray() } };
        var structured = $$"""{"specversion":"1.0","id":"archive-2","source":"/archive","type":"{{version1}}","data":{{data}}}""";
        var deserializer = new CloudEventDeserializer(Catalog);

        foreach (var (headers, value) in new[] { (binaryHeaders, data), (structuredHeaders, structured) })
        {
            var read = deserializer.Deserialize(Encoding.UTF8.GetBytes(value), false, new SerializationContext(MessageComponentType.Value, "t", headers))!;
            Assert.Equal("Guo Min", Assert.IsType<CredentialsPresented>(read.Data).Ambassador.Name);
            Assert.Equal(version1, read.ReceivedType);
            // Type stays the current version's: it is what writing the envelope sends.
            Assert.Equal(CredentialsPresented.EventType, read.Type);
            var keyed = CloudEventKafka.WithKey(new ConsumeResult<string?, EventEnvelope?> { Message = new Message<string?, EventEnvelope?> { Key = "cn", Value = read } })!;
            Assert.Equal(("cn", version1), (keyed.Extensions["partitionkey"], keyed.ReceivedType));
        }

        Assert.Null(new EventEnvelope(SeedEvents.CredentialsPresented, "1", "/s").ReceivedType);
    }

    [Theory]
    [InlineData(null, "neither a content-type")]
    [InlineData("ce_id", "no ce_id header")]
    [InlineData("ce_source", "no ce_source header")]
    [InlineData("ce_type", "no ce_type header")]
    public void A_binary_message_missing_an_attribute_is_refused(string? removed, string expected)
    {
        var headers = BinaryHeaders(SeedEvents.CredentialsPresented, out var value);
        if (removed is null)
        {
            headers = new Headers();
        }
        else
        {
            headers.Remove(removed);
        }
        var error = Assert.Throws<JsonException>(() => CloudEventKafka.Read(Catalog, headers, value));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Unknown_types_versions_content_types_and_times_are_refused_with_the_reason()
    {
        Assert.Contains("Unknown event type 'diplomacy.summit-cancelled.v1'", Refused("ce_type", "diplomacy.summit-cancelled.v1"));
        Assert.Contains("diplomacy.credentials-presented.v1, diplomacy.credentials-presented.v2", Refused("ce_type", "diplomacy.summit-cancelled.v1"));
        Assert.Contains("Unsupported CloudEvents version '0.3'", Refused("ce_specversion", "0.3"));
        Assert.Contains("is not JSON", Refused("content-type", "application/avro"));
        Assert.Contains("RFC 3339", Refused("ce_time", "2025-04-17 12:00"));
        // Texts DateTimeOffset.Parse reads but RFC 3339 does not allow: another layout, a time without seconds.
        Assert.Contains("RFC 3339", Refused("ce_time", "04/17/2025 10:30:00 +04:00"));
        Assert.Contains("RFC 3339", Refused("ce_time", "2025-04-17T10:30+04:00"));
        Assert.Contains("does not name a CloudEvents extension", Refused("ce_Bad-Name", "x"));
        // What structured mode refuses, and the writer would refuse to write again.
        Assert.Contains("ce_subject is empty", Refused("ce_subject", ""));
        Assert.Contains("is not an absolute URI", Refused("ce_dataschema", "/schemas/credentials.json"));

        var headers = new Headers { { "content-type", Encoding.UTF8.GetBytes("application/cloudevents-batch+json") } };
        Assert.Contains("does not support", Assert.Throws<JsonException>(() => CloudEventKafka.Read(Catalog, headers, "[]"u8)).Message);
    }

    [Fact]
    public void Bad_data_in_a_binary_message_fails_at_its_json_path()
    {
        var headers = BinaryHeaders(SeedEvents.CredentialsPresented, out var value);
        var broken = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(value).Replace("\"CN\"", "\"China\""));
        var error = Assert.Throws<JsonException>(() => CloudEventKafka.Read(Catalog, headers, broken));
        Assert.Equal("$.ambassador.country", error.Path);
    }

    private static string Refused(string header, string text)
    {
        var headers = BinaryHeaders(SeedEvents.CredentialsPresented, out var value);
        headers.Remove(header);
        headers.Add(header, Encoding.UTF8.GetBytes(text));
        return Assert.Throws<JsonException>(() => CloudEventKafka.Read(Catalog, headers, value)).Message;
    }

    private static Headers BinaryHeaders(IEvent evt, out byte[] value)
    {
        var headers = new Headers();
        value = new CloudEventSerializer(Catalog).Serialize(new EventEnvelope(evt, "1", "/s") { Time = Time }, new SerializationContext(MessageComponentType.Value, "t", headers));
        return headers;
    }
}
