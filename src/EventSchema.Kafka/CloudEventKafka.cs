using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using EventSchema.Json;

namespace EventSchema.Kafka;

/// <summary>The CloudEvents Kafka protocol binding for <see cref="EventEnvelope"/>: messages, keys, modes and reading.</summary>
public static class CloudEventKafka
{
    /// <summary>
    /// A message carrying <paramref name="envelope"/>, keyed by its <c>partitionkey</c> extension when it has one
    /// (the extension stays in the event too), for a producer built with <see cref="CloudEventSerializer"/>.
    /// </summary>
    public static Message<string?, EventEnvelope?> ToMessage(EventEnvelope envelope)
    {
        if (envelope is null) throw new ArgumentNullException(nameof(envelope));
        return new Message<string?, EventEnvelope?> { Key = PartitionKey(envelope), Value = envelope, Headers = new Headers() };
    }

    /// <summary>A tombstone: <paramref name="key"/> with a null value, which log compaction uses to delete the key.</summary>
    public static Message<string?, EventEnvelope?> Tombstone(string key)
        => new() { Key = key ?? throw new ArgumentNullException(nameof(key)), Value = null, Headers = new Headers() };

    /// <summary>The <c>partitionkey</c> extension of <paramref name="envelope"/> as text; null when it has none.</summary>
    public static string? PartitionKey(EventEnvelope envelope)
    {
        if (envelope is null) throw new ArgumentNullException(nameof(envelope));
        if (!envelope.Extensions.TryGetValue(CloudEventHeaders.PartitionKeyExtension, out var value)) return null;
        return value switch
        {
            string text => text,
            int number => number.ToString(CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            _ => null,
        };
    }

    /// <summary>
    /// The envelope of a consumed message with the message key as its <c>partitionkey</c> extension when it has
    /// none (the binding's key mapping); null for a tombstone.
    /// </summary>
    public static EventEnvelope? WithKey(ConsumeResult<string?, EventEnvelope?> result)
    {
        if (result is null) throw new ArgumentNullException(nameof(result));
        var envelope = result.Message.Value;
        var key = result.Message.Key;
        if (envelope is null || key is null || envelope.Extensions.ContainsKey(CloudEventHeaders.PartitionKeyExtension)) return envelope;
        var extensions = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var pair in envelope.Extensions) extensions[pair.Key] = pair.Value;
        extensions[CloudEventHeaders.PartitionKeyExtension] = key;
        return new EventEnvelope(envelope.Data, envelope.Id, envelope.Source)
        {
            ReceivedType = envelope.ReceivedType,
            Time = envelope.Time,
            Subject = envelope.Subject,
            DataSchema = envelope.DataSchema,
            Extensions = extensions,
        };
    }

    /// <summary>The content mode of a message from its headers; null when it is not a CloudEvent.</summary>
    public static CloudEventContentMode? GetContentMode(Headers? headers)
    {
        var contentType = EventPayload.HeaderString(headers, CloudEventHeaders.ContentType);
        if (contentType is not null && CloudEventHeaders.IsStructured(contentType)) return CloudEventContentMode.Structured;
        return headers is not null && headers.TryGetLastBytes(CloudEventHeaders.SpecVersion, out _) ? CloudEventContentMode.Binary : null;
    }

    /// <summary>
    /// Reads the CloudEvent a message carries, in whichever mode its headers say, dispatching on its type through
    /// <paramref name="catalog"/>. Fails with a <see cref="JsonException"/> that names the header or JSON path.
    /// </summary>
    public static EventEnvelope Read(EventCatalog catalog, Headers? headers, ReadOnlySpan<byte> value, EventJsonOptions? options = null)
    {
        if (catalog is null) throw new ArgumentNullException(nameof(catalog));
        options ??= EventJsonOptions.Default;
        var contentType = EventPayload.HeaderString(headers, CloudEventHeaders.ContentType);
        if (contentType is not null && CloudEventHeaders.IsStructured(contentType))
        {
            var mediaType = MediaType(contentType);
            if (!mediaType.Equals("application/cloudevents+json", StringComparison.OrdinalIgnoreCase))
            {
                throw JsonReadErrors.AtValue($"The content-type '{contentType}' is a CloudEvents format this reader does not support; it reads application/cloudevents+json (structured) and binary mode.");
            }
            ReadOnlySpan<byte> json;
            try
            {
                json = SchemaRegistryFrame.Strip(value, out _);
            }
            catch (FormatException error)
            {
                throw JsonReadErrors.AtValue(error.Message);
            }
            return catalog.ReadCloudEvent(json, options);
        }
        if (headers is null || !headers.TryGetLastBytes(CloudEventHeaders.SpecVersion, out _))
        {
            throw JsonReadErrors.AtValue("The message is not a CloudEvent: it has neither a content-type of application/cloudevents+json (structured mode) nor a ce_specversion header (binary mode).");
        }
        return ReadBinary(catalog, headers, contentType, value, options);
    }

    private static EventEnvelope ReadBinary(EventCatalog catalog, Headers headers, string? contentType, ReadOnlySpan<byte> value, EventJsonOptions options)
    {
        string? specVersion = null, id = null, source = null, type = null, subject = null, dataSchema = null;
        DateTimeOffset? time = null;
        Dictionary<string, object>? extensions = null;
        foreach (var header in headers)
        {
            if (!header.Key.StartsWith(CloudEventHeaders.Prefix, StringComparison.Ordinal)) continue;
            var bytes = header.GetValueBytes();
            var text = bytes is null ? null : Decode(header.Key, bytes);
            var name = header.Key.Substring(CloudEventHeaders.Prefix.Length);
            switch (name)
            {
                case "specversion": specVersion = text; break;
                case "id": id = text; break;
                case "source": source = text; break;
                case "type": type = text; break;
                case "subject": subject = text; break;
                case "dataschema": dataSchema = text; break;
                case "time": time = text is null ? null : ParseTime(text); break;
                case "datacontenttype":
                    throw JsonReadErrors.AtValue("The header ce_datacontenttype is not allowed in binary mode; the binding carries it as content-type.");
                default:
                    if (!IsExtensionName(name))
                    {
                        throw JsonReadErrors.AtValue($"The header '{header.Key}' does not name a CloudEvents extension attribute: use lower-case ASCII letters and digits after ce_.");
                    }
                    if (text is not null) (extensions ??= new Dictionary<string, object>(StringComparer.Ordinal))[name] = text;
                    break;
            }
        }

        if (specVersion != EventEnvelope.CloudEventsSpecVersion)
        {
            throw JsonReadErrors.AtValue($"Unsupported CloudEvents version '{specVersion}' in header ce_specversion; expected '{EventEnvelope.CloudEventsSpecVersion}'.");
        }
        if (string.IsNullOrEmpty(id)) throw JsonReadErrors.AtValue("The binary-mode CloudEvent has no ce_id header (or it is empty).");
        if (string.IsNullOrEmpty(source)) throw JsonReadErrors.AtValue("The binary-mode CloudEvent has no ce_source header (or it is empty).");
        if (string.IsNullOrEmpty(type)) throw JsonReadErrors.AtValue("The binary-mode CloudEvent has no ce_type header (or it is empty).");
        // As structured mode reads them: what JSON refuses here would make an envelope that cannot be written again.
        if (subject is { Length: 0 }) throw JsonReadErrors.AtValue("The header ce_subject is empty; a CloudEvent's subject is left out or not empty.");
        if (dataSchema is not null && !EventEnvelope.IsValidDataSchema(dataSchema))
        {
            throw JsonReadErrors.AtValue($"The header ce_dataschema '{dataSchema}' is not an absolute URI, which a CloudEvent's dataschema is.");
        }
        if (contentType is not null && !IsJsonContentType(contentType))
        {
            throw JsonReadErrors.AtValue($"The content-type '{contentType}' is not JSON; events are carried as application/json.");
        }
        var info = catalog.Find(type!) ?? throw UnknownType(catalog, type!);
        var data = EventPayload.Read(info, value, options);
        return new EventEnvelope(data, id!, source!)
        {
            ReceivedType = type,
            Time = time,
            Subject = subject,
            DataSchema = dataSchema,
            Extensions = extensions ?? new Dictionary<string, object>(),
        };
    }

    private static JsonException UnknownType(EventCatalog catalog, string type)
    {
        var known = catalog.EventTypes;
        return JsonReadErrors.AtValue($"Unknown event type '{type}' in header ce_type; this catalog knows {(known.Count == 0 ? "no event types" : string.Join(", ", known))}.");
    }

    private static string Decode(string header, byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw JsonReadErrors.AtValue($"The header '{header}' is not UTF-8 text.");
        }
    }

    private static DateTimeOffset ParseTime(string text)
    {
        // As structured mode reads time: RFC 3339 with its offset, nothing DateTimeOffset.Parse would also take.
        if (EventEnvelope.TryParseTime(text, out var time)) return time;
        throw JsonReadErrors.AtValue($"The header ce_time '{text}' is not an RFC 3339 timestamp with an offset.");
    }

    private static string MediaType(string contentType)
    {
        var semicolon = contentType.IndexOf(';');
        return (semicolon < 0 ? contentType : contentType.Substring(0, semicolon)).Trim();
    }

    private static bool IsJsonContentType(string contentType)
    {
        var mediaType = MediaType(contentType);
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool IsExtensionName(string name)
    {
        if (name.Length == 0) return false;
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        }
        return name is not ("specversion" or "id" or "source" or "type" or "time" or "subject" or "dataschema" or "datacontenttype" or "data" or "data_base64");
    }
}
