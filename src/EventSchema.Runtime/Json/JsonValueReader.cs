using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// Reads the values of the schema's primitive types for generated readers, strictly: the token must be of
/// the right kind, numbers must fit, dates and times must be ISO 8601, and limits are enforced. Each method
/// expects the reader on the value's token and leaves it there; null tokens are refused (generated code
/// handles null itself for optional fields).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValueReader
{
    /// <summary>Advances to the next token, failing clearly when the input ends early.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw JsonReadErrors.UnexpectedEnd();
    }

    /// <summary>Checks that nothing but whitespace follows the value just read.</summary>
    public static void ExpectEnd(ref Utf8JsonReader reader)
    {
        // The reader itself rejects a second value in the same text; this catches readers that allow several.
        if (reader.Read()) throw JsonReadErrors.AtValue("Unexpected content after the end of the JSON value.");
    }

    /// <summary>Checks that the reader is on the start of an object within the depth limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExpectStartObject(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw JsonReadErrors.UnexpectedToken("an object", reader.TokenType);
        CheckDepth(ref reader, options);
    }

    /// <summary>Checks that the reader is on the start of an array within the depth limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExpectStartArray(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw JsonReadErrors.UnexpectedToken("an array", reader.TokenType);
        CheckDepth(ref reader, options);
    }

    // Readers recurse once per level. Up to the default limit that always fits; past it, a large configured
    // MaxDepth must not let a deep payload overflow the thread's stack, so each level checks there is room.
    private const int AlwaysSafeDepth = 64;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckDepth(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        var depth = reader.CurrentDepth;
        if (depth >= options.MaxDepth) throw JsonReadErrors.TooDeep(options.MaxDepth);
        if (depth >= AlwaysSafeDepth && !HasStackRoom()) throw JsonReadErrors.StackTooSmall(depth);
    }

    private static bool HasStackRoom()
    {
#if NET8_0_OR_GREATER
        return RuntimeHelpers.TryEnsureSufficientExecutionStack();
#else
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return true;
        }
        catch (InsufficientExecutionStackException)
        {
            return false;
        }
#endif
    }

    /// <summary>Fails when a collection would grow past <see cref="EventJsonOptions.MaxCollectionSize"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckCollectionSize(int count, EventJsonOptions options)
    {
        if (count >= options.MaxCollectionSize) throw JsonReadErrors.CollectionTooLarge(options.MaxCollectionSize);
    }

    /// <summary>Skips the value of an unknown property (the reader is on its name), or rejects it.</summary>
    public static void SkipUnknownProperty(ref Utf8JsonReader reader, EventJsonOptions options, string typeName)
    {
        if (JsonUnionReader.IsExpectedDiscriminator(ref reader)) { SkipValue(ref reader, options); return; }
        if (options.UnknownProperties == UnknownPropertyHandling.Reject) throw JsonReadErrors.UnknownProperty(ref reader, typeName);
        SkipPropertyValue(ref reader, options);
    }

    /// <summary>
    /// Skips the value of an unknown property (the reader is on its name), or rejects it; a name already in
    /// <paramref name="skipped"/>, the undeclared names of the same object, is rejected as a duplicate.
    /// </summary>
    public static void SkipUnknownProperty(ref Utf8JsonReader reader, EventJsonOptions options, string typeName, ref SkippedPropertyNames skipped)
    {
        // The union being read has checked its discriminator already; to the member it is no unknown property.
        if (JsonUnionReader.IsExpectedDiscriminator(ref reader)) { SkipValue(ref reader, options); return; }
        if (options.UnknownProperties == UnknownPropertyHandling.Reject) throw JsonReadErrors.UnknownProperty(ref reader, typeName);
        skipped.Add(ref reader, options);
        SkipPropertyValue(ref reader, options);
    }

    // A value that cannot be skipped (nested too deep, malformed) is an error at the property's path, not the object's.
    private static void SkipPropertyValue(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        var atName = reader;
        try
        {
            SkipValue(ref reader, options);
        }
        catch (JsonException error) when (JsonReadErrors.NoteProperty(error, JsonStringDecoder.GetString(in atName)))
        {
            throw;
        }
    }

    private static void SkipValue(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        Read(ref reader);
        if (reader.CurrentDepth >= options.MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            throw JsonReadErrors.TooDeep(options.MaxDepth);
        }
        bool skipped;
        try
        {
            skipped = reader.TrySkip();
        }
        catch (JsonException) when (reader.CurrentDepth >= options.MaxDepth - 1)
        {
            // The reader's own limit (one past ours) stopped it: say so in the options' terms.
            throw JsonReadErrors.TooDeep(options.MaxDepth);
        }
        if (!skipped) throw JsonReadErrors.UnexpectedEnd();
    }

    /// <summary>Reads a string within the length limit.</summary>
    public static string ReadString(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        if (JsonStringPool.TryGet(in reader, options) is { } pooled) return pooled;
        // A UTF-16 string never has more characters than its JSON text has bytes, so short texts need no count.
        var byteLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        var value = JsonStringDecoder.GetString(in reader);
        if (byteLength > options.MaxStringLength && value.Length > options.MaxStringLength) throw JsonReadErrors.StringTooLong(options.MaxStringLength);
        return value;
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw JsonReadErrors.UnexpectedToken("true or false", reader.TokenType),
    };

    // Numbers: the short forms most payloads hold are parsed from the token's bytes (JsonNumberText), anything else by
    // the reader itself, so results and errors are the reader's either way.

    /// <summary>Reads a whole number that fits 32 bits.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number) throw JsonReadErrors.UnexpectedToken("a number", reader.TokenType);
        if (!reader.HasValueSequence && JsonNumberText.TryParseInt32(reader.ValueSpan, out var plain)) return plain;
        if (reader.TryGetInt32(out var value)) return value;
        // As JSON Schema's integer: 1.0 and 1e2 are whole numbers too.
        return JsonWholeNumber.TryRead(ref reader, out var whole) && whole is >= int.MinValue and <= int.MaxValue
            ? (int)whole
            : throw JsonReadErrors.NotWhole(ref reader, "int");
    }

    /// <summary>Reads a whole number that fits 64 bits.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number) throw JsonReadErrors.UnexpectedToken("a number", reader.TokenType);
        if (!reader.HasValueSequence && JsonNumberText.TryParseInt64(reader.ValueSpan, out var plain)) return plain;
        if (reader.TryGetInt64(out var value)) return value;
        return JsonWholeNumber.TryRead(ref reader, out var whole) ? whole : throw JsonReadErrors.NotWhole(ref reader, "long");
    }

    /// <summary>Reads a finite binary floating-point number.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number) throw JsonReadErrors.UnexpectedToken("a number", reader.TokenType);
        if (!reader.HasValueSequence && JsonNumberText.TryParseDouble(reader.ValueSpan, out var plain)) return plain;
        return reader.TryGetDouble(out var value) && !double.IsInfinity(value) ? value : throw JsonReadErrors.OutOfRange(ref reader, "double");
    }

    /// <summary>Reads a decimal number.</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number) throw JsonReadErrors.UnexpectedToken("a number", reader.TokenType);
        if (!reader.HasValueSequence && JsonNumberText.TryParseDecimal(reader.ValueSpan, out var plain)) return plain;
        return reader.TryGetDecimal(out var value) ? value : throw JsonReadErrors.OutOfRange(ref reader, "decimal");
    }

    /// <summary>Reads a UUID in its hyphenated form (<c>8-4-4-4-12</c> hex digits).</summary>
    public static Guid ReadGuid(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        JsonStringDecoder.CheckEscapes(in reader);
        return reader.TryGetGuid(out var value) ? value : throw JsonReadErrors.InvalidFormat(ref reader, "uuid (8-4-4-4-12 hexadecimal digits)");
    }

    /// <summary>
    /// Reads an RFC 3339 date-time (<c>T</c>/<c>t</c>, <c>Z</c>/<c>z</c>, an offset required). A leap second is read as
    /// the last 100 ns tick of its minute's 59th second; fraction digits past the seventh are cut; an offset beyond
    /// ±14:00 (which <see cref="DateTimeOffset"/> cannot hold) gives the same instant at offset zero.
    /// </summary>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDateTimeLength];
        var text = Unescaped(in reader, buffer);
        return IsoFormats.TryParseDateTime(text, out var value)
            ? value
            : throw JsonReadErrors.InvalidFormat(ref reader, "RFC 3339 date-time with a UTC offset, from year 1 to 9999 (such as 2025-04-17T10:00:00+04:00)");
    }

    /// <summary>Reads a <c>yyyy-MM-dd</c> date as a midnight <see cref="DateTime"/> of unspecified kind.</summary>
    public static DateTime ReadDateAsDateTime(ref Utf8JsonReader reader)
    {
        ReadDateParts(ref reader, out var year, out var month, out var day);
        return new DateTime(year, month, day);
    }

#if NET6_0_OR_GREATER
    /// <summary>Reads a <c>yyyy-MM-dd</c> date.</summary>
    public static DateOnly ReadDate(ref Utf8JsonReader reader)
    {
        ReadDateParts(ref reader, out var year, out var month, out var day);
        return new DateOnly(year, month, day);
    }
#endif

    /// <summary>Reads an RFC 3339 full-time such as <c>08:30:06Z</c> or <c>08:30:06.5+04:00</c>: a time of day and its offset.</summary>
    public static OffsetTime ReadTime(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxTimeLength];
        var text = Unescaped(in reader, buffer);
        return IsoFormats.TryParseTime(text, out var value)
            ? value
            : throw JsonReadErrors.InvalidFormat(ref reader, "RFC 3339 time with a UTC offset (such as 08:30:06Z or 08:30:06+04:00)");
    }

    /// <summary>Reads an ISO 8601 duration as JSON Schema's <c>duration</c> format defines it, such as <c>P1Y2M</c> or <c>PT1H30M</c>.</summary>
    public static IsoDuration ReadDuration(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDurationLength];
        var text = Unescaped(in reader, buffer);
        return IsoFormats.TryParseDuration(text, out var value)
            ? value
            : throw JsonReadErrors.InvalidFormat(ref reader, "ISO 8601 duration of at most 256 characters (such as P1Y2M, P3D, PT1H30M or P2W)");
    }

    /// <summary>Reads an RFC 3986 URI reference: an absolute URI or a relative reference.</summary>
    public static Uri ReadUri(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        var text = ReadString(ref reader, options);
        if (!UriText.IsUriReference(text)) throw JsonReadErrors.InvalidFormat(ref reader, "RFC 3986 URI reference (ASCII only, with '%' followed by two hex digits)");
        // A few references RFC 3986 allows are beyond System.Uri; say so rather than pass something else on.
        return Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri) ? uri : throw JsonReadErrors.InvalidFormat(ref reader, "URI that System.Uri can hold");
    }

    private static void ReadDateParts(ref Utf8JsonReader reader, out int year, out int month, out int day)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDateLength];
        var text = Unescaped(in reader, buffer);
        if (!IsoFormats.TryParseDate(text, out year, out month, out day)) throw JsonReadErrors.InvalidFormat(ref reader, "date (yyyy-MM-dd, from 0001-01-01)");
    }

    /// <summary>
    /// The string's bytes without escapes, for the formats whose valid texts are all ASCII: the reader's own span when it
    /// holds them plainly, else a copy in <paramref name="buffer"/>; empty (so never a valid value) when the text is not
    /// ASCII or is longer than the buffer. Escaped text is decoded by the reader into .NET text first, never unescaped into
    /// the fixed buffer, whose length says nothing about how many bytes an escape decodes to.
    /// </summary>
    private static ReadOnlySpan<byte> Unescaped(in Utf8JsonReader reader, Span<byte> buffer)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped) return reader.ValueSpan;
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        // An ASCII character takes at most six bytes of JSON text (\u0041): anything longer cannot fit the buffer.
        if (length > buffer.Length * 6L) return default;
        var text = JsonStringDecoder.GetString(in reader);
        if (text.Length > buffer.Length) return default;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F) return default;
            buffer[i] = (byte)text[i];
        }
        return buffer.Slice(0, text.Length);
    }
}
