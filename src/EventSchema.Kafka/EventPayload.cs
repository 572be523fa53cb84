using System;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using EventSchema.Json;

namespace EventSchema.Kafka;

/// <summary>Writes and reads one event's JSON as a Kafka value: validation, schema-id framing and strict reading.</summary>
internal static class EventPayload
{
    public static byte[] Write(EventTypeInfo info, IEvent value, EventSerdeOptions options, SerializationContext context)
    {
        if (options.ValidateOnWrite)
        {
            var result = value.Validate();
            if (!result.IsValid) throw new SchemaValidationException(result);
        }

        var lease = PooledJsonWriter.Rent();
        try
        {
            StartFrame(lease, info, options, context);
            info.Write(lease.Writer, value);
            return lease.ToArray();
        }
        finally
        {
            PooledJsonWriter.Return(lease);
        }
    }

    /// <summary>Writes the schema-id prefix, or adds the schema-id header, as <see cref="EventSerdeOptions.Framing"/> asks.</summary>
    public static void StartFrame(PooledJsonWriter lease, EventTypeInfo info, EventSerdeOptions options, SerializationContext context)
    {
        if (options.Framing == SchemaIdFraming.None) return;
        var entry = options.SchemaIds!.GetForProduce(context.Topic, info);
        if (options.Framing == SchemaIdFraming.Prefix)
        {
            SchemaRegistryFrame.WritePrefix(lease.Reserve(SchemaRegistryFrame.PrefixLength), entry.Id);
        }
        else
        {
            var headers = context.Headers ?? throw new InvalidOperationException("Header framing needs message headers, and the producer passed none.");
            headers.Remove(context.Component == MessageComponentType.Key ? SchemaRegistryFrame.KeySchemaIdHeader : SchemaRegistryFrame.ValueSchemaIdHeader);
            headers.Add(context.Component == MessageComponentType.Key ? SchemaRegistryFrame.KeySchemaIdHeader : SchemaRegistryFrame.ValueSchemaIdHeader, entry.HeaderValue);
        }
    }

    public static IEvent Read(EventTypeInfo info, ReadOnlySpan<byte> value, EventJsonOptions options)
    {
        ReadOnlySpan<byte> json;
        try
        {
            json = SchemaRegistryFrame.Strip(value, out _);
        }
        catch (FormatException error)
        {
            throw JsonReadErrors.AtValue(error.Message);
        }
        if (json.IsEmpty) throw JsonReadErrors.AtValue($"The message value is empty; expected the JSON of a '{info.EventType}' event.");
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        JsonValueReader.Read(ref reader);
        var result = info.Read(ref reader, options);
        JsonValueReader.ExpectEnd(ref reader);
        return result;
    }

    public static string? HeaderString(Headers? headers, string name)
        => headers is not null && headers.TryGetLastBytes(name, out var bytes) ? (bytes is null ? null : Encoding.UTF8.GetString(bytes)) : null;
}
