using System;
using System.ComponentModel;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// Writes the schema's primitive types that <see cref="Utf8JsonWriter"/> has no method for, in the text forms
/// <see cref="JsonValueReader"/> reads, formatting on the stack so writing allocates nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValueWriter
{
    /// <summary>Writes a date as <c>yyyy-MM-dd</c>, ignoring any time of day.</summary>
    public static void WriteDate(Utf8JsonWriter writer, DateTime value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDateLength];
        writer.WriteStringValue(buffer.Slice(0, IsoFormats.FormatDate(value.Year, value.Month, value.Day, buffer)));
    }


#if NET6_0_OR_GREATER
    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    public static void WriteDate(Utf8JsonWriter writer, DateOnly value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDateLength];
        writer.WriteStringValue(buffer.Slice(0, IsoFormats.FormatDate(value.Year, value.Month, value.Day, buffer)));
    }

#endif



    /// <summary>Writes a time of day and its offset as an RFC 3339 full-time, such as <c>08:30:06Z</c>.</summary>
    public static void WriteTime(Utf8JsonWriter writer, OffsetTime value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxTimeLength + 2];
        writer.WriteRawValue(QuotedTime(value, buffer), skipInputValidation: true);
    }

    /// <summary>Writes an ISO 8601 duration in its shortest form, such as <c>P1Y2M</c> or <c>PT1H30M</c>.</summary>
    public static void WriteDuration(Utf8JsonWriter writer, IsoDuration value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDurationLength];
        if (IsoFormats.TryFormatDuration(value, buffer, out var written)) writer.WriteStringValue(buffer.Slice(0, written));
        else writer.WriteStringValue(value.ToString());
    }

    /// <summary>Writes a URI exactly as it was given; it must be an RFC 3986 URI reference, as readers require.</summary>
    public static void WriteUri(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(CheckedUriText(value));

    // Property forms: the name and the value in one writer call, which saves the writer a second round of
    // state checks and separator handling for every such property.

    /// <summary>Writes property <paramref name="name"/> with a date as <c>yyyy-MM-dd</c>, ignoring any time of day.</summary>
    public static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateTime value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDateLength];
        writer.WriteString(name, buffer.Slice(0, IsoFormats.FormatDate(value.Year, value.Month, value.Day, buffer)));
    }


#if NET6_0_OR_GREATER
    /// <summary>Writes property <paramref name="name"/> with a date as <c>yyyy-MM-dd</c>.</summary>
    public static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDateLength];
        writer.WriteString(name, buffer.Slice(0, IsoFormats.FormatDate(value.Year, value.Month, value.Day, buffer)));
    }

#endif



    /// <summary>Writes property <paramref name="name"/> with a time of day and its offset as an RFC 3339 full-time.</summary>
    public static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, OffsetTime value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxTimeLength + 2];
        writer.WritePropertyName(name);
        writer.WriteRawValue(QuotedTime(value, buffer), skipInputValidation: true);
    }

    // The text is ASCII digits, ':', '.', 'Z', '+' and '-': nothing JSON escapes. Written raw, as the writer writes a
    // DateTimeOffset, so the default encoder does not turn '+' into \u002B.
    private static ReadOnlySpan<byte> QuotedTime(OffsetTime value, Span<byte> buffer)
    {
        buffer[0] = (byte)'"';
        var length = IsoFormats.FormatOffsetTime(value, buffer.Slice(1));
        buffer[length + 1] = (byte)'"';
        return buffer.Slice(0, length + 2);
    }

    /// <summary>Writes property <paramref name="name"/> with an ISO 8601 duration in its shortest form.</summary>
    public static void WriteDuration(Utf8JsonWriter writer, JsonEncodedText name, IsoDuration value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDurationLength];
        if (IsoFormats.TryFormatDuration(value, buffer, out var written)) writer.WriteString(name, buffer.Slice(0, written));
        else writer.WriteString(name, value.ToString());
    }

    /// <summary>Writes property <paramref name="name"/> with a URI exactly as it was given; it must be an RFC 3986 URI reference.</summary>
    public static void WriteUri(Utf8JsonWriter writer, JsonEncodedText name, Uri value) => writer.WriteString(name, CheckedUriText(value));

    // Writing what every reader refuses would break the contract on the other side; fail here, where the value is known.
    internal static string CheckedUriText(Uri value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        var text = value.OriginalString;
        return UriText.IsUriReference(text)
            ? text
            : throw new ArgumentException($"'{text}' is not an RFC 3986 URI reference (non-ASCII characters, spaces, backslashes and the like must be percent-encoded), so readers would refuse it.", nameof(value));
    }
}
