using System.Net.Mime;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Diplomacy;
using EventSchema.Generated;

namespace EventSchema.Json.Tests;

/// <summary>Envelopes written by the catalog are read by the CloudEvents SDK, and the other way round.</summary>
public sealed class CloudEventsInteropTests
{
    private static readonly EventCatalog Catalog = GeneratedEventCatalog.Instance;
    private static readonly DateTimeOffset Time = new(2025, 4, 17, 12, 0, 0, TimeSpan.FromHours(4));

    [Theory]
    [MemberData(nameof(SeedEvents.Names), MemberType = typeof(SeedEvents))]
    public void The_sdk_reads_what_the_catalog_writes(string name)
    {
        var evt = SeedEvents.All[name];
        var envelope = new EventEnvelope(evt, "id-" + name, "/newsroom/news.az") { Time = Time, Subject = "baku" };

        var cloudEvent = new JsonEventFormatter().DecodeStructuredModeMessage(
            Catalog.ToCloudEventUtf8(envelope), new ContentType("application/cloudevents+json"), extensionAttributes: null);

        Assert.Equal(CloudEventsSpecVersion.V1_0, cloudEvent.SpecVersion);
        Assert.Equal("id-" + name, cloudEvent.Id);
        Assert.Equal(evt.EventType, cloudEvent.Type);
        Assert.Equal("/newsroom/news.az", cloudEvent.Source!.OriginalString);
        Assert.Equal(Time, cloudEvent.Time);
        Assert.Equal("baku", cloudEvent.Subject);
        Assert.Equal("application/json", cloudEvent.DataContentType);
        var data = Assert.IsType<JsonElement>(cloudEvent.Data);
        Assert.Equal(evt, JsonSerializer.Deserialize(data, evt.GetType()));
    }

    [Theory]
    [MemberData(nameof(SeedEvents.Names), MemberType = typeof(SeedEvents))]
    public void The_catalog_reads_what_the_sdk_writes(string name)
    {
        var evt = SeedEvents.All[name];
        var cloudEvent = new CloudEvent
        {
            Id = "sdk-" + name,
            Source = new Uri("urn:agency:azertac"),
            Type = evt.EventType,
            Time = Time,
            DataContentType = "application/json",
            Data = evt,
        };

        var body = new JsonEventFormatter().EncodeStructuredModeMessage(cloudEvent, out _);
        var envelope = Catalog.ReadCloudEvent(body.Span);

        Assert.Equal(evt, envelope.Data);
        Assert.Equal("sdk-" + name, envelope.Id);
        Assert.Equal("urn:agency:azertac", envelope.Source);
        Assert.Equal(Time, envelope.Time);
    }

    [Fact]
    public void Extension_attributes_cross_both_ways()
    {
        var traceId = CloudEventAttribute.CreateExtension("traceid", CloudEventAttributeType.String);
        var envelope = new EventEnvelope(SeedEvents.CredentialsPresented, "1", "/s")
        {
            Extensions = new Dictionary<string, object> { ["traceid"] = "abc" },
        };

        var cloudEvent = new JsonEventFormatter().DecodeStructuredModeMessage(Catalog.ToCloudEventUtf8(envelope), null, [traceId]);
        cloudEvent.Id = "2";
        var back = Catalog.ReadCloudEvent(new JsonEventFormatter().EncodeStructuredModeMessage(cloudEvent, out _).Span);

        Assert.Equal("abc", cloudEvent[traceId]);
        Assert.Equal("abc", back.Extensions["traceid"]);
        Assert.Equal("2", back.Id);
    }
}
