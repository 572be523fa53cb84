using System.Text.Json;
using EventSchema.Generated;
using EventSchema.Json.Hardening.Tests.Infrastructure;

namespace EventSchema.Json.Hardening.Tests;

/// <summary>
/// Random values of the Middle Corridor events (spread fields, nullable items, maps keyed by enums, strings, int, long,
/// uuid and date) survive a round trip through their generated writer and reader, directly, through
/// <c>JsonSerializer</c> and inside a CloudEvent, and read back equal (maps and sets compare entry by entry).
/// </summary>
public sealed class CorridorRoundTripTests
{
    private const int RoundTrips = 1_000;

    [Fact]
    public void Random_corridor_values_round_trip_through_the_generated_writers_and_readers()
    {
        var catalog = GeneratedEventCatalog.Instance;
        SeededRun.ForEach(
            CsCheck.Gen.OneOf(CorridorGens.Events.ToArray()),
            RoundTrips,
            50,
            value =>
            {
                var info = catalog.Find(value.GetType())!;
                var utf8 = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType());
                Assert.Equal(value, catalog.ReadEvent(info.EventType, utf8));
                Assert.Equal(value, JsonSerializer.Deserialize(utf8, value.GetType()));
                var envelope = new EventEnvelope(value, "id-1", "/corridor");
                Assert.Equal(value, catalog.ReadCloudEvent(catalog.ToCloudEventUtf8(envelope)).Data);
                // Validation is a property of the value, so the copy read back judges it the same.
                Assert.Equal(value.Validate().IsValid, catalog.ReadEvent(info.EventType, utf8).Validate().IsValid);
            },
            value => JsonSerializer.Serialize(value, value.GetType()));
    }
}
