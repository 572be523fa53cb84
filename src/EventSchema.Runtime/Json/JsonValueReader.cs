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
        if (options.UnknownProperties == UnknownPropertyHandling.Reject) throw JsonReadErrors.UnknownProperty(ref reader, typeName);
        SkipValue(ref reader, options);
    }

    /// <summary>
    /// Skips the value of an unknown property (the reader is on its name), or rejects it; a name already in
    /// <paramref name="skipped"/>, the undeclared names of the same object, is rejected as a duplicate.
    /// </summary>
    public static void SkipUnknownProperty(ref Utf8JsonReader reader, EventJsonOptions options, string typeName, ref SkippedPropertyNames skipped)
    {
        if (options.UnknownProperties == UnknownPropertyHandling.Reject) throw JsonReadErrors.UnknownProperty(ref reader, typeName);
        skipped.Add(ref reader, options);
        SkipValue(ref reader, options);
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

    /// <summary>Reads a whole number that fits 32 bits.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number) throw JsonReadErrors.UnexpectedToken("a number", reader.TokenType);
        return reader.TryGetInt32(out var value) ? value : throw JsonReadErrors.OutOfRange(ref reader, "int");
    }

    /// <summary>Reads a whole number that fits 64 bits.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number) throw JsonReadErrors.UnexpectedToken("a number", reader.TokenType);
        return reader.TryGetInt64(out var value) ? value : throw JsonReadErrors.OutOfRange(ref reader, "long");
    }

    /// <summary>Reads a finite binary floating-point number.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number) throw JsonReadErrors.UnexpectedToken("a number", reader.TokenType);
        return reader.TryGetDouble(out var value) && !double.IsInfinity(value) ? value : throw JsonReadErrors.OutOfRange(ref reader, "double");
    }

    /// <summary>Reads a decimal number.</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number) throw JsonReadErrors.UnexpectedToken("a number", reader.TokenType);
        return reader.TryGetDecimal(out var value) ? value : throw JsonReadErrors.OutOfRange(ref reader, "decimal");
    }

    /// <summary>Reads a UUID in its hyphenated form (<c>8-4-4-4-12</c> hex digits).</summary>
    public static Guid ReadGuid(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        JsonStringDecoder.CheckEscapes(in reader);
        return reader.TryGetGuid(out var value) ? value : throw JsonReadErrors.InvalidFormat(ref reader, "uuid (8-4-4-4-12 hexadecimal digits)");
    }

    /// <summary>Reads an RFC 3339 date-time that states its UTC offset.</summary>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        Span<byte> buffer = stackalloc byte[64];
        var text = Unescaped(in reader, buffer);
        // Without an offset the framework would assume the local time zone; an instant must say its offset.
        if (!IsoFormats.HasOffset(text) || !reader.TryGetDateTimeOffset(out var value))
        {
            throw JsonReadErrors.InvalidFormat(ref reader, "date-time with a UTC offset (such as 2025-04-17T10:00:00+04:00)");
        }
        return value;
    }

    /// <summary>Reads a <c>yyyy-MM-dd</c> date as a midnight <see cref="DateTime"/> of unspecified kind.</summary>
    public static DateTime ReadDateAsDateTime(ref Utf8JsonReader reader)
    {
        ReadDateParts(ref reader, out var year, out var month, out var day);
        return new DateTime(year, month, day);
    }

    /// <summary>Reads a <c>HH:mm:ss[.fffffff]</c> time of day as the time since midnight.</summary>
    public static TimeSpan ReadTimeAsTimeSpan(ref Utf8JsonReader reader) => new(ReadTimeTicks(ref reader));

#if NET6_0_OR_GREATER
    /// <summary>Reads a <c>yyyy-MM-dd</c> date.</summary>
    public static DateOnly ReadDate(ref Utf8JsonReader reader)
    {
        ReadDateParts(ref reader, out var year, out var month, out var day);
        return new DateOnly(year, month, day);
    }

    /// <summary>Reads a <c>HH:mm:ss[.fffffff]</c> time of day.</summary>
    public static TimeOnly ReadTime(ref Utf8JsonReader reader) => new(ReadTimeTicks(ref reader));
#endif

    /// <summary>Reads an ISO 8601 duration such as <c>PT1H30M</c>.</summary>
    public static TimeSpan ReadDuration(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDurationLength];
        var text = Unescaped(in reader, buffer);
        return IsoFormats.TryParseDuration(text, out var value)
            ? value
            : throw JsonReadErrors.InvalidFormat(ref reader, "ISO 8601 duration in days, hours, minutes and seconds (such as PT1H30M)");
    }

    /// <summary>Reads an absolute or relative URI.</summary>
    public static Uri ReadUri(ref Utf8JsonReader reader, EventJsonOptions options)
    {
        var text = ReadString(ref reader, options);
        return Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri) ? uri : throw JsonReadErrors.InvalidFormat(ref reader, "URI");
    }

    private static void ReadDateParts(ref Utf8JsonReader reader, out int year, out int month, out int day)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDateLength];
        var text = Unescaped(in reader, buffer);
        if (!IsoFormats.TryParseDate(text, out year, out month, out day)) throw JsonReadErrors.InvalidFormat(ref reader, "date (yyyy-MM-dd)");
    }

    private static long ReadTimeTicks(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxTimeLength];
        var text = Unescaped(in reader, buffer);
        return IsoFormats.TryParseTime(text, out var ticks) ? ticks : throw JsonReadErrors.InvalidFormat(ref reader, "time of day (HH:mm:ss)");
    }

    /// <summary>
    /// The string's UTF-8 bytes without escapes: the reader's own span when it holds them plainly, else a copy in
    /// <paramref name="buffer"/>; empty (so never a valid value) when the text is longer than the buffer.
    /// </summary>
    private static ReadOnlySpan<byte> Unescaped(in Utf8JsonReader reader, Span<byte> buffer)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped) return reader.ValueSpan;
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > buffer.Length * 6L) return default;
        if (length > buffer.Length)
        {
            // Escapes shrink when decoded; check the decoded length without holding more than the buffer.
            var text = JsonStringDecoder.GetString(in reader);
            if (System.Text.Encoding.UTF8.GetByteCount(text) > buffer.Length) return default;
        }
        var written = JsonStringDecoder.CopyString(in reader, buffer);
        return buffer.Slice(0, written);
    }
}
