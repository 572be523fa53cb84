using System;
using System.ComponentModel;

namespace EventSchema.Json;

/// <summary>
/// The readers of <see cref="JsonValueReader"/> as <see cref="JsonValueRead{T}"/> delegates, made once, for the items
/// and map values of collections that <see cref="JsonCollectionReader"/> reads.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonItemReaders
{
    /// <summary>A string within the length limit.</summary>
    public static readonly JsonValueRead<string> String = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadString(ref reader, options);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static readonly JsonValueRead<bool> Boolean = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadBoolean(ref reader);

    /// <summary>A whole number that fits 32 bits.</summary>
    public static readonly JsonValueRead<int> Int32 = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadInt32(ref reader);

    /// <summary>A whole number that fits 64 bits.</summary>
    public static readonly JsonValueRead<long> Int64 = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadInt64(ref reader);

    /// <summary>A finite binary floating-point number.</summary>
    public static readonly JsonValueRead<double> Double = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadDouble(ref reader);

    /// <summary>A decimal number.</summary>
    public static readonly JsonValueRead<decimal> Decimal = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadDecimal(ref reader);

    /// <summary>A hyphenated UUID.</summary>
    public static readonly JsonValueRead<Guid> Guid = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadGuid(ref reader);

    /// <summary>An RFC 3339 date-time with its offset.</summary>
    public static readonly JsonValueRead<DateTimeOffset> DateTimeOffset = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadDateTimeOffset(ref reader);

    /// <summary>A <c>yyyy-MM-dd</c> date as a midnight <see cref="System.DateTime"/>.</summary>
    public static readonly JsonValueRead<DateTime> DateAsDateTime = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadDateAsDateTime(ref reader);

#if NET6_0_OR_GREATER
    /// <summary>A <c>yyyy-MM-dd</c> date.</summary>
    public static readonly JsonValueRead<DateOnly> Date = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadDate(ref reader);
#endif

    /// <summary>An RFC 3339 full-time with its offset.</summary>
    public static readonly JsonValueRead<OffsetTime> Time = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadTime(ref reader);

    /// <summary>An ISO 8601 duration.</summary>
    public static readonly JsonValueRead<IsoDuration> Duration = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadDuration(ref reader);

    /// <summary>An RFC 3986 URI reference.</summary>
    public static readonly JsonValueRead<Uri> Uri = static (ref System.Text.Json.Utf8JsonReader reader, EventJsonOptions options) => JsonValueReader.ReadUri(ref reader, options);
}
