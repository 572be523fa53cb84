using System;
using System.Buffers.Binary;
using Confluent.Kafka;

namespace EventSchema.Kafka;

/// <summary>
/// Confluent's schema-registry framing: magic byte 0 and a 4-byte big-endian schema id before the payload
/// (or magic byte 1 and a 16-byte schema GUID), or the same bytes in the <c>__value_schema_id</c> header.
/// JSON never starts with byte 0 or 1, so a reader tells framed from plain values without configuration.
/// </summary>
public static class SchemaRegistryFrame
{
    /// <summary>The magic byte of an integer schema id.</summary>
    public const byte MagicByte = 0;

    /// <summary>The magic byte of a 16-byte schema GUID.</summary>
    public const byte GuidMagicByte = 1;

    /// <summary>The length of the prefix: magic byte and 4-byte id.</summary>
    public const int PrefixLength = 5;

    /// <summary>The header holding the schema id of a message value.</summary>
    public const string ValueSchemaIdHeader = "__value_schema_id";

    /// <summary>The header holding the schema id of a message key.</summary>
    public const string KeySchemaIdHeader = "__key_schema_id";

    /// <summary>Writes magic byte 0 and <paramref name="schemaId"/> (big-endian) into the first 5 bytes of <paramref name="destination"/>.</summary>
    public static void WritePrefix(Span<byte> destination, int schemaId)
    {
        if (destination.Length < PrefixLength) throw new ArgumentException("The schema id prefix needs 5 bytes.", nameof(destination));
        destination[0] = MagicByte;
        BinaryPrimitives.WriteInt32BigEndian(destination.Slice(1), schemaId);
    }

    /// <summary>The 5-byte header value (or prefix) for <paramref name="schemaId"/>.</summary>
    public static byte[] Encode(int schemaId)
    {
        var bytes = new byte[PrefixLength];
        WritePrefix(bytes, schemaId);
        return bytes;
    }

    /// <summary>
    /// Splits a framed value into its schema id and payload. A value that starts with neither magic byte is
    /// returned whole, with a null id; a value that starts with one but is too short is an error.
    /// </summary>
    /// <param name="value">The message value.</param>
    /// <param name="schemaId">The integer schema id, or null when there is none (or the frame holds a GUID).</param>
    /// <returns>The payload after the frame.</returns>
    public static ReadOnlySpan<byte> Strip(ReadOnlySpan<byte> value, out int? schemaId)
    {
        schemaId = null;
        if (value.IsEmpty) return value;
        switch (value[0])
        {
            case MagicByte:
                if (value.Length < PrefixLength) throw new FormatException($"The value starts with the schema-registry magic byte 0 but has only {value.Length} byte(s); the frame needs 5.");
                schemaId = BinaryPrimitives.ReadInt32BigEndian(value.Slice(1));
                return value.Slice(PrefixLength);
            case GuidMagicByte:
                if (value.Length < 17) throw new FormatException($"The value starts with the schema-registry magic byte 1 but has only {value.Length} byte(s); the frame needs 17.");
                return value.Slice(17);
            default:
                return value;
        }
    }

    /// <summary>The integer schema id in a <c>__value_schema_id</c>-style header value; null for a GUID or an unknown form.</summary>
    public static int? ReadHeader(ReadOnlySpan<byte> headerValue)
        => headerValue.Length >= PrefixLength && headerValue[0] == MagicByte ? BinaryPrimitives.ReadInt32BigEndian(headerValue.Slice(1)) : null;

    /// <summary>The integer schema id the headers carry for <paramref name="component"/>; null when there is none.</summary>
    public static int? ReadHeader(Headers? headers, MessageComponentType component = MessageComponentType.Value)
    {
        if (headers is null) return null;
        var name = component == MessageComponentType.Key ? KeySchemaIdHeader : ValueSchemaIdHeader;
        return headers.TryGetLastBytes(name, out var bytes) ? ReadHeader(bytes) : null;
    }
}
