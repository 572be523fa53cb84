using System;
using System.Text;
using EventSchema.Json;
using EventSchema.Wire;

namespace EventSchema;

/// <summary>
/// A time of day with its offset from UTC: the schema's <c>time</c> type, an RFC 3339 full-time such as
/// <c>08:30:06Z</c> or <c>10:15:00.5+04:00</c> on the wire. A leap second (<c>23:59:60Z</c>, or the same minute in
/// another offset) is read as the last 100 ns tick of its minute's 59th second, as <see cref="DateTimeOffset"/> values
/// of a <c>datetime</c> are. Two values are equal when both their time of day and their offset are.
/// </summary>
public readonly struct OffsetTime : IEquatable<OffsetTime>
{
    private const int MaxOffsetMinutes = 23 * 60 + 59;

    private readonly long _ticks;
    private readonly int _offsetMinutes;

    /// <summary>A time of day from its parts, at an offset of whole minutes from UTC (-1439 to 1439).</summary>
    public OffsetTime(int hour, int minute, int second, int offsetMinutes)
        : this(new TimeSpan(hour, minute, second), TimeSpan.FromTicks(offsetMinutes * TimeSpan.TicksPerMinute))
    {
        if (hour is < 0 or > 23) throw new ArgumentOutOfRangeException(nameof(hour), hour, "An hour lies between 0 and 23.");
        if (minute is < 0 or > 59) throw new ArgumentOutOfRangeException(nameof(minute), minute, "A minute lies between 0 and 59.");
        if (second is < 0 or > 59) throw new ArgumentOutOfRangeException(nameof(second), second, "A second lies between 0 and 59.");
    }

    /// <summary>A time of day (from 00:00:00 up to, not including, 24:00:00) at an offset of whole minutes from UTC, within ±23:59.</summary>
    public OffsetTime(TimeSpan timeOfDay, TimeSpan offset)
    {
        if (timeOfDay.Ticks is < 0 or >= TimeSpan.TicksPerDay)
        {
            throw new ArgumentOutOfRangeException(nameof(timeOfDay), timeOfDay, "A time of day lies between 00:00:00 and 23:59:59.9999999.");
        }
        if (offset.Ticks % TimeSpan.TicksPerMinute != 0 || Math.Abs(offset.Ticks / TimeSpan.TicksPerMinute) > MaxOffsetMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "An offset is a whole number of minutes between -23:59 and +23:59.");
        }
        _ticks = timeOfDay.Ticks;
        _offsetMinutes = (int)(offset.Ticks / TimeSpan.TicksPerMinute);
    }

#if NET6_0_OR_GREATER
    /// <summary>A time of day at an offset of whole minutes from UTC, within ±23:59.</summary>
    public OffsetTime(TimeOnly time, TimeSpan offset) : this(time.ToTimeSpan(), offset)
    {
    }

    /// <summary>The time of day, without its offset.</summary>
    public TimeOnly Time => new(_ticks);
#endif

    /// <summary>The time of day as the time since midnight, without its offset.</summary>
    public TimeSpan TimeOfDay => new(_ticks);

    /// <summary>The offset from UTC.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(_offsetMinutes * TimeSpan.TicksPerMinute);

    /// <summary>The same instant of the day in UTC, as the time since midnight UTC.</summary>
    public TimeSpan UtcTimeOfDay
    {
        get
        {
            var ticks = (_ticks - _offsetMinutes * TimeSpan.TicksPerMinute) % TimeSpan.TicksPerDay;
            return new TimeSpan(ticks < 0 ? ticks + TimeSpan.TicksPerDay : ticks);
        }
    }

    /// <summary>Reads an RFC 3339 full-time such as <c>08:30:06Z</c> or <c>08:30:06.25-08:00</c>.</summary>
    /// <exception cref="FormatException">The text is not an RFC 3339 full-time.</exception>
    public static OffsetTime Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not an RFC 3339 time with an offset, such as 08:30:06Z or 08:30:06+04:00.");
    }

    /// <summary>Reads an RFC 3339 full-time; false when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string? text, out OffsetTime value)
    {
        value = default;
        Span<byte> ascii = stackalloc byte[IsoFormats.MaxTimeLength];
        return IsoFormats.TryCopyAscii(text, ascii, out int length) && IsoFormats.TryParseTime(ascii.Slice(0, length), out value);
    }

    // Parts already checked by the parser.
    private OffsetTime(long ticks, int offsetMinutes, bool _)
    {
        _ticks = ticks;
        _offsetMinutes = offsetMinutes;
    }

    internal static OffsetTime FromParts(long ticks, int offsetMinutes) => new(ticks, offsetMinutes, false);

    internal long Ticks => _ticks;

    internal int OffsetMinutes => _offsetMinutes;

    /// <summary>The RFC 3339 text: <c>HH:mm:ss</c>, a fraction only when there is one, then <c>Z</c> or <c>±hh:mm</c>.</summary>
    public override string ToString()
    {
        Span<byte> buffer = stackalloc byte[IsoFormats.MaxTimeLength];
        var length = IsoFormats.FormatOffsetTime(this, buffer);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++) builder.Append((char)buffer[i]);
        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(OffsetTime other) => _ticks == other._ticks && _offsetMinutes == other._offsetMinutes;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OffsetTime other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _ticks.GetHashCode() * 31 + _offsetMinutes;

    /// <summary>Whether both the time of day and the offset are the same.</summary>
    public static bool operator ==(OffsetTime left, OffsetTime right) => left.Equals(right);

    /// <summary>Whether the time of day or the offset differ.</summary>
    public static bool operator !=(OffsetTime left, OffsetTime right) => !left.Equals(right);
}
