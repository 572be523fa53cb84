using System;
using System.Collections.Generic;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>CloudEvents 1.0 structured-mode JSON (the <c>application/cloudevents+json</c> format) for <see cref="EventEnvelope"/>.</summary>
internal static class CloudEventJson
{
    private static readonly JsonEncodedText SpecVersionName = JsonEncodedText.Encode("specversion");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText TimeName = JsonEncodedText.Encode("time");
    private static readonly JsonEncodedText SubjectName = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText DataSchemaName = JsonEncodedText.Encode("dataschema");
    private static readonly JsonEncodedText DataContentTypeName = JsonEncodedText.Encode("datacontenttype");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText SpecVersionValue = JsonEncodedText.Encode(EventEnvelope.CloudEventsSpecVersion);
    private static readonly JsonEncodedText JsonContentTypeValue = JsonEncodedText.Encode(EventEnvelope.JsonContentType);

    public static void Write(Utf8JsonWriter writer, EventEnvelope envelope, EventTypeInfo info)
    {
        writer.WriteStartObject();
        writer.WriteString(SpecVersionName, SpecVersionValue);
        writer.WriteString(IdName, envelope.Id);
        writer.WriteString(SourceName, envelope.Source);
        writer.WriteString(TypeName, info.EventType);
        if (envelope.Time is { } time) writer.WriteString(TimeName, time);
        if (envelope.Subject is { } subject)
        {
            if (subject.Length == 0) throw new ArgumentException("The CloudEvents attribute 'subject' must not be empty; leave it null to leave it out.", nameof(envelope));
            writer.WriteString(SubjectName, subject);
        }
        if (envelope.DataSchema is { } dataSchema)
        {
            if (!EventEnvelope.IsValidDataSchema(dataSchema)) throw new ArgumentException($"The CloudEvents attribute 'dataschema' must be an absolute URI, not '{dataSchema}'; leave it null to leave it out.", nameof(envelope));
            writer.WriteString(DataSchemaName, dataSchema);
        }
        writer.WriteString(DataContentTypeName, JsonContentTypeValue);
        foreach (var extension in envelope.Extensions)
        {
            if (!IsExtensionName(extension.Key))
            {
                throw new ArgumentException($"'{extension.Key}' is not a CloudEvents extension attribute name: use lower-case ASCII letters and digits, not a reserved attribute.", nameof(envelope));
            }
            switch (extension.Value)
            {
                case string text: writer.WriteString(extension.Key, text); break;
                case int number: writer.WriteNumber(extension.Key, number); break;
                case bool flag: writer.WriteBoolean(extension.Key, flag); break;
                default:
                    throw new ArgumentException($"The extension attribute '{extension.Key}' holds a {extension.Value?.GetType().Name ?? "null"}; CloudEvents JSON extensions are strings, ints or booleans.", nameof(envelope));
            }
        }
        writer.WritePropertyName(DataName);
        info.Write(writer, envelope.Data);
        writer.WriteEndObject();
    }

    public static EventEnvelope Read(ref Utf8JsonReader reader, EventJsonOptions options, EventCatalog catalog)
    {
        JsonValueReader.ExpectStartObject(ref reader, options);
        string? specVersion = null, id = null, source = null, type = null, subject = null, dataSchema = null, contentType = null;
        DateTimeOffset? time = null;
        Dictionary<string, object>? extensions = null;
        var data = default(Utf8JsonReader);
        var hasData = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        try
        {
            while (true)
            {
                current = null;
                JsonValueReader.Read(ref reader);
                if (reader.TokenType == JsonTokenType.EndObject) break;
                var name = JsonStringDecoder.GetString(in reader);
                current = name;
                if (!seen.Add(name)) throw JsonReadErrors.DuplicateProperty();
                JsonValueReader.Read(ref reader);
                switch (name)
                {
                    case "specversion": specVersion = RequiredString(ref reader, options); break;
                    case "id": id = RequiredString(ref reader, options); break;
                    case "source": source = RequiredString(ref reader, options); break;
                    case "type": type = RequiredString(ref reader, options); break;
                    case "subject":
                        subject = OptionalString(ref reader, options);
                        if (subject is { Length: 0 }) throw JsonReadErrors.AtValue("The attribute must not be empty.");
                        break;
                    case "dataschema":
                        dataSchema = OptionalString(ref reader, options);
                        if (dataSchema is not null && !EventEnvelope.IsValidDataSchema(dataSchema))
                        {
                            throw JsonReadErrors.AtValue($"The value '{dataSchema}' is not an absolute URI, which a CloudEvent's dataschema is.");
                        }
                        break;
                    case "datacontenttype": contentType = OptionalString(ref reader, options); break;
                    case "time":
                        time = reader.TokenType == JsonTokenType.Null ? null : JsonValueReader.ReadDateTimeOffset(ref reader);
                        break;
                    case "data":
                        // The data may come before "type"; keep a copy of the reader here and read it once the type is known.
                        data = reader;
                        hasData = reader.TokenType != JsonTokenType.Null;
                        if (!reader.TrySkip()) throw JsonReadErrors.UnexpectedEnd();
                        break;
                    case "data_base64":
                        throw JsonReadErrors.AtValue("Binary (data_base64) event data is not supported; events are carried as JSON in 'data'.");
                    default:
                        // Refused here rather than kept: the writer refuses such a name, so an envelope holding one
                        // could not be forwarded, and CloudEvents allows only these characters in attribute names.
                        if (!IsExtensionName(name))
                        {
                            throw JsonReadErrors.AtValue($"'{name}' is not a CloudEvents attribute name: attribute names are lower-case ASCII letters and digits.");
                        }
                        var value = ReadExtension(ref reader, options);
                        if (value is not null) (extensions ??= new Dictionary<string, object>(StringComparer.Ordinal))[name] = value;
                        break;
                }
            }
        }
        catch (JsonException error) when (current is not null)
        {
            throw JsonReadErrors.InProperty(error, current);
        }

        if (specVersion is null) throw JsonReadErrors.MissingProperty("a CloudEvent", "specversion");
        if (specVersion != EventEnvelope.CloudEventsSpecVersion)
        {
            throw JsonReadErrors.AtPath($"Unsupported CloudEvents specversion '{specVersion}'; expected '{EventEnvelope.CloudEventsSpecVersion}'.", "$.specversion");
        }
        if (id is null) throw JsonReadErrors.MissingProperty("a CloudEvent", "id");
        if (source is null) throw JsonReadErrors.MissingProperty("a CloudEvent", "source");
        if (type is null) throw JsonReadErrors.MissingProperty("a CloudEvent", "type");
        if (contentType is not null && !IsJsonContentType(contentType))
        {
            throw JsonReadErrors.AtPath($"The datacontenttype '{contentType}' is not JSON; events are carried as application/json.", "$.datacontenttype");
        }
        var info = catalog.Find(type) ?? throw catalog.UnknownEventType(type, "$.type");
        if (!hasData) throw JsonReadErrors.AtPath($"The CloudEvent of type '{type}' carries no data.", "$.data");

        IEvent payload;
        try
        {
            payload = info.Read(ref data, options);
        }
        catch (JsonException error)
        {
            throw JsonReadErrors.InProperty(error, "data");
        }

        return new EventEnvelope(payload, id, source)
        {
            ReceivedType = type,
            Time = time,
            Subject = subject,
            DataSchema = dataSchema,
            Extensions = extensions ?? (IReadOnlyDictionary<string, object>)new Dictionary<string, object>(),
        };
    }

    private static string RequiredString(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        var value = JsonValueReader.ReadString(ref reader, options);
        return value.Length > 0 ? value : throw JsonReadErrors.AtValue("The attribute must not be empty.");
    }

    private static string? OptionalString(ref Utf8JsonReader reader, EventJsonOptions options)
        => reader.TokenType == JsonTokenType.Null ? null : JsonValueReader.ReadString(ref reader, options);

    private static object? ReadExtension(ref Utf8JsonReader reader, EventJsonOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => JsonValueReader.ReadString(ref reader, options),
        JsonTokenType.Number => JsonValueReader.ReadInt32(ref reader),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        // Most often an event posted as it is, not wrapped in a CloudEvent: say what a CloudEvent looks like.
        JsonTokenType.StartObject or JsonTokenType.StartArray => throw JsonReadErrors.AtValue(
            "Not a CloudEvents attribute: an extension attribute is a string, integer or boolean, not "
            + (reader.TokenType == JsonTokenType.StartObject ? "an object" : "an array")
            + ". A structured CloudEvent has 'specversion', 'id', 'source' and 'type', and the event itself in 'data'."),
        _ => throw JsonReadErrors.UnexpectedToken("a string, integer or boolean extension attribute", reader.TokenType),
    };

    private static bool IsJsonContentType(string contentType)
    {
        var semicolon = contentType.IndexOf(';');
        var mediaType = (semicolon < 0 ? contentType : contentType.Substring(0, semicolon)).Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsExtensionName(string name)
    {
        if (name.Length == 0) return false;
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        }
        return name is not ("specversion" or "id" or "source" or "type" or "time" or "subject" or "dataschema" or "datacontenttype" or "data" or "data_base64");
    }
}
