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

    /// <summary>Writes a time of day as <c>HH:mm:ss[.fffffff]</c>.</summary>
    public static void WriteTime(Utf8JsonWriter writer, TimeSpan value)
    {
        if (value.Ticks is < 0 or >= TimeSpan.TicksPerDay) throw new ArgumentOutOfRangeException(nameof(value), value, "A time of day lies between 00:00:00 and 23:59:59.9999999.");
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxTimeLength];
        writer.WriteStringValue(buffer.Slice(0, IsoFormats.FormatTime(value.Ticks, buffer)));
    }

#if NET6_0_OR_GREATER
    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    public static void WriteDate(Utf8JsonWriter writer, DateOnly value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDateLength];
        writer.WriteStringValue(buffer.Slice(0, IsoFormats.FormatDate(value.Year, value.Month, value.Day, buffer)));
    }

    /// <summary>Writes a time of day as <c>HH:mm:ss[.fffffff]</c>.</summary>
    public static void WriteTime(Utf8JsonWriter writer, TimeOnly value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxTimeLength];
        writer.WriteStringValue(buffer.Slice(0, IsoFormats.FormatTime(value.Ticks, buffer)));
    }
#endif

    /// <summary>Writes an ISO 8601 duration such as <c>PT1H30M</c>.</summary>
    public static void WriteDuration(Utf8JsonWriter writer, TimeSpan value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDurationLength];
        writer.WriteStringValue(buffer.Slice(0, IsoFormats.FormatDuration(value, buffer)));
    }

    /// <summary>Writes a URI exactly as it was given.</summary>
    public static void WriteUri(Utf8JsonWriter writer, Uri value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        writer.WriteStringValue(value.OriginalString);
    }

    // Property forms: the name and the value in one writer call, which saves the writer a second round of
    // state checks and separator handling for every such property.

    /// <summary>Writes property <paramref name="name"/> with a date as <c>yyyy-MM-dd</c>, ignoring any time of day.</summary>
    public static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateTime value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDateLength];
        writer.WriteString(name, buffer.Slice(0, IsoFormats.FormatDate(value.Year, value.Month, value.Day, buffer)));
    }

    /// <summary>Writes property <paramref name="name"/> with a time of day as <c>HH:mm:ss[.fffffff]</c>.</summary>
    public static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, TimeSpan value)
    {
        if (value.Ticks is < 0 or >= TimeSpan.TicksPerDay) throw new ArgumentOutOfRangeException(nameof(value), value, "A time of day lies between 00:00:00 and 23:59:59.9999999.");
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxTimeLength];
        writer.WriteString(name, buffer.Slice(0, IsoFormats.FormatTime(value.Ticks, buffer)));
    }

#if NET6_0_OR_GREATER
    /// <summary>Writes property <paramref name="name"/> with a date as <c>yyyy-MM-dd</c>.</summary>
    public static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDateLength];
        writer.WriteString(name, buffer.Slice(0, IsoFormats.FormatDate(value.Year, value.Month, value.Day, buffer)));
    }

    /// <summary>Writes property <paramref name="name"/> with a time of day as <c>HH:mm:ss[.fffffff]</c>.</summary>
    public static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, TimeOnly value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxTimeLength];
        writer.WriteString(name, buffer.Slice(0, IsoFormats.FormatTime(value.Ticks, buffer)));
    }
#endif

    /// <summary>Writes property <paramref name="name"/> with an ISO 8601 duration such as <c>PT1H30M</c>.</summary>
    public static void WriteDuration(Utf8JsonWriter writer, JsonEncodedText name, TimeSpan value)
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxDurationLength];
        writer.WriteString(name, buffer.Slice(0, IsoFormats.FormatDuration(value, buffer)));
    }

    /// <summary>Writes property <paramref name="name"/> with a URI exactly as it was given.</summary>
    public static void WriteUri(Utf8JsonWriter writer, JsonEncodedText name, Uri value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        writer.WriteString(name, value.OriginalString);
    }
}
