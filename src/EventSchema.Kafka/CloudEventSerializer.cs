using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Confluent.Kafka;
using EventSchema.Json;

namespace EventSchema.Kafka;

/// <summary>
/// A Kafka value serializer for CloudEvents of any event in a catalog (CloudEvents Kafka protocol binding).
/// In binary mode the value is the event's JSON and the attributes go to <c>ce_*</c> headers; in structured
/// mode the value is the whole <c>application/cloudevents+json</c> event. A null envelope is a tombstone.
/// Use <see cref="CloudEventKafka.ToMessage"/> to carry the <c>partitionkey</c> extension as the message key.
/// </summary>
public sealed class CloudEventSerializer : ISerializer<EventEnvelope?>
{
    private static readonly byte[] SpecVersionValue = Encoding.UTF8.GetBytes(EventEnvelope.CloudEventsSpecVersion);
    private static readonly byte[] JsonContentTypeValue = Encoding.UTF8.GetBytes(CloudEventHeaders.JsonContentType);
    private static readonly byte[] StructuredContentTypeValue = Encoding.UTF8.GetBytes(CloudEventHeaders.StructuredContentType);

    private readonly EventCatalog _catalog;
    private readonly EventSerdeOptions _options;

    /// <summary>A serializer of <paramref name="catalog"/>'s events in <paramref name="mode"/>.</summary>
    public CloudEventSerializer(EventCatalog catalog, CloudEventContentMode mode = CloudEventContentMode.Binary, EventSerdeOptions? options = null)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        if (mode is not (CloudEventContentMode.Binary or CloudEventContentMode.Structured)) throw new ArgumentOutOfRangeException(nameof(mode));
        Mode = mode;
        _options = (options ?? EventSerdeOptions.Default).Checked();
    }

    /// <summary>The content mode written.</summary>
    public CloudEventContentMode Mode { get; }

    /// <inheritdoc />
    public byte[] Serialize(EventEnvelope? data, SerializationContext context)
    {
        if (data is null) return null!;
        var info = _catalog.Find(data.Data.GetType())
            ?? throw new ArgumentException($"The event type {data.Data.GetType().FullName} is not in this catalog.", nameof(data));
        if (_options.ValidateOnWrite)
        {
            var result = data.Data.Validate();
            if (!result.IsValid) throw new SchemaValidationException(result);
        }
        var headers = context.Headers ?? throw new InvalidOperationException("CloudEvents need message headers, and the producer passed none.");

        var lease = PooledJsonWriter.Rent();
        try
        {
            EventPayload.StartFrame(lease, info, _options, context);
            if (Mode == CloudEventContentMode.Structured)
            {
                Replace(headers, CloudEventHeaders.ContentType, StructuredContentTypeValue);
                _catalog.WriteCloudEvent(lease.Writer, data);
            }
            else
            {
                WriteBinaryHeaders(headers, data);
                info.Write(lease.Writer, data.Data);
            }
            return lease.ToArray();
        }
        finally
        {
            PooledJsonWriter.Return(lease);
        }
    }

    private static void WriteBinaryHeaders(Headers headers, EventEnvelope envelope)
    {
        Replace(headers, CloudEventHeaders.SpecVersion, SpecVersionValue);
        Replace(headers, CloudEventHeaders.Id, Encoding.UTF8.GetBytes(envelope.Id));
        Replace(headers, CloudEventHeaders.Source, Encoding.UTF8.GetBytes(envelope.Source));
        Replace(headers, CloudEventHeaders.Type, Encoding.UTF8.GetBytes(envelope.Type));
        if (envelope.Time is { } time) Replace(headers, CloudEventHeaders.Time, Encoding.UTF8.GetBytes(FormatTime(time)));
        if (envelope.Subject is { } subject) Replace(headers, CloudEventHeaders.Subject, Encoding.UTF8.GetBytes(subject));
        if (envelope.DataSchema is { } dataSchema) Replace(headers, CloudEventHeaders.DataSchema, Encoding.UTF8.GetBytes(dataSchema));
        Replace(headers, CloudEventHeaders.ContentType, JsonContentTypeValue);
        foreach (var extension in envelope.Extensions)
        {
            if (!CloudEventKafka.IsExtensionName(extension.Key))
            {
                throw new ArgumentException($"'{extension.Key}' is not a CloudEvents extension attribute name: use lower-case ASCII letters and digits, not a reserved attribute.", nameof(envelope));
            }
            Replace(headers, CloudEventHeaders.Prefix + extension.Key, Encoding.UTF8.GetBytes(FormatExtension(extension)));
        }
    }

    private static string FormatExtension(KeyValuePair<string, object> extension) => extension.Value switch
    {
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => throw new ArgumentException($"The extension attribute '{extension.Key}' holds a {extension.Value?.GetType().Name ?? "null"}; CloudEvents extensions are strings, ints or booleans."),
    };

    internal static string FormatTime(DateTimeOffset time)
        => time.ToString(time.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static void Replace(Headers headers, string name, byte[] value)
    {
        headers.Remove(name);
        headers.Add(name, value);
    }
}
