using System;
using Confluent.Kafka;
using EventSchema.Json;

namespace EventSchema.Kafka;

/// <summary>
/// A Kafka value deserializer for CloudEvents of any event in a catalog: the content mode is chosen from the
/// <c>content-type</c> header (<c>application/cloudevents+json</c> is structured, anything else with
/// <c>ce_specversion</c> is binary), and the data is read by the generated reader of the type <c>ce_type</c>
/// names. A null value (a tombstone) is null. Failures are <see cref="System.Text.Json.JsonException"/>s naming
/// the header or JSON path, which the consumer wraps in a <c>ConsumeException</c>.
/// </summary>
public sealed class CloudEventDeserializer : IDeserializer<EventEnvelope?>
{
    private readonly EventCatalog _catalog;
    private readonly EventJsonOptions _options;

    /// <summary>A deserializer of <paramref name="catalog"/>'s events.</summary>
    public CloudEventDeserializer(EventCatalog catalog, EventSerdeOptions? options = null)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _options = (options ?? EventSerdeOptions.Default).Checked().Json;
    }

    /// <inheritdoc />
    public EventEnvelope? Deserialize(ReadOnlySpan<byte> data, bool isNull, SerializationContext context)
        => isNull ? null : CloudEventKafka.Read(_catalog, context.Headers, data, _options);
}
