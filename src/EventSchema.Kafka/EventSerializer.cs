using System;
using System.Linq;
using System.Text;
using Confluent.Kafka;
using EventSchema.Json;

namespace EventSchema.Kafka;

/// <summary>
/// A Kafka serializer for one generated event type: writes the event's JSON through its generated writer into a
/// buffer reused per thread, optionally validating it first and framing it with its schema-registry id. A null
/// event is a null value (a tombstone).
/// </summary>
/// <typeparam name="T">The generated event type.</typeparam>
public sealed class EventSerializer<T> : ISerializer<T?>
    where T : class, IEvent
{
    private readonly EventTypeInfo _info;
    private readonly EventSerdeOptions _options;

    /// <summary>A serializer for <typeparamref name="T"/>, found in <paramref name="catalog"/> (usually <c>GeneratedEventCatalog.Instance</c>).</summary>
    public EventSerializer(EventCatalog catalog, EventSerdeOptions? options = null)
    {
        if (catalog is null) throw new ArgumentNullException(nameof(catalog));
        _info = catalog.Find(typeof(T)) ?? throw new ArgumentException($"The event type {typeof(T).FullName} is not in the catalog.", nameof(catalog));
        _options = (options ?? EventSerdeOptions.Default).Checked();
    }

    /// <inheritdoc />
    public byte[] Serialize(T? data, SerializationContext context)
        => data is null ? null! : EventPayload.Write(_info, data, _options, context);
}

/// <summary>
/// A Kafka deserializer for one generated event type: reads straight from the span the consumer hands over, with
/// the strict generated reader. Schema-registry framing (prefix or header) is recognised and skipped; a binary or
/// structured CloudEvent of this type is read too (its event, without the envelope), in its current version or any
/// past version it reads (upcast to <typeparamref name="T"/>); one of another type, or of a version this program does
/// not know, is refused; a null value (a tombstone) is null.
/// Failures are <see cref="System.Text.Json.JsonException"/>s with the JSON path, which the consumer wraps in a
/// <c>ConsumeException</c>: <see cref="PoisonMessage.From(ConsumeException)"/> turns that into a report.
/// </summary>
/// <typeparam name="T">The generated event type.</typeparam>
public sealed class EventDeserializer<T> : IDeserializer<T?>
    where T : class, IEvent
{
    private readonly EventCatalog _catalog;
    private readonly EventTypeInfo _info;
    private readonly EventSerdeOptions _options;

    /// <summary>A deserializer for <typeparamref name="T"/>, found in <paramref name="catalog"/>.</summary>
    public EventDeserializer(EventCatalog catalog, EventSerdeOptions? options = null)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _info = catalog.Find(typeof(T)) ?? throw new ArgumentException($"The event type {typeof(T).FullName} is not in the catalog.", nameof(catalog));
        _options = (options ?? EventSerdeOptions.Default).Checked();
    }

    /// <inheritdoc />
    public T? Deserialize(ReadOnlySpan<byte> data, bool isNull, SerializationContext context)
    {
        if (isNull) return null;
        if (CloudEventKafka.GetContentMode(context.Headers) == CloudEventContentMode.Structured)
        {
            // A structured CloudEvent carries its event in "data": read the envelope and hand over the event.
            var envelope = CloudEventKafka.Read(_catalog, context.Headers, data, _options.Json);
            return envelope.Data as T
                ?? throw JsonReadErrors.AtPath($"The CloudEvent carries event type '{envelope.ReceivedType}', but this deserializer reads '{_info.EventType}'.", "$.type");
        }
        var version = _info;
        if (context.Headers is { } headers && headers.TryGetLastBytes(CloudEventHeaders.Type, out var typeBytes) && typeBytes is not null
            && !CloudEventHeaders.Equals(typeBytes, _info.EventType))
        {
            version = PastVersion(Encoding.UTF8.GetString(typeBytes));
        }
        // A past version's reader reads that version's JSON and returns today's T.
        return (T)EventPayload.Read(version, data, _options.Json);
    }

    private EventTypeInfo PastVersion(string eventType)
    {
        var info = _catalog.Find(eventType);
        if (info is not null && ReferenceEquals(info.Current, _info)) return info;
        var readable = _info.PastVersions.Count == 0
            ? $"'{_info.EventType}'"
            : $"'{_info.EventType}' and its past versions ('{string.Join("', '", _info.PastVersions.Select(past => past.EventType))}')";
        throw JsonReadErrors.AtValue($"The message carries event type '{eventType}' (header {CloudEventHeaders.Type}), but this deserializer reads {readable}.");
    }
}
