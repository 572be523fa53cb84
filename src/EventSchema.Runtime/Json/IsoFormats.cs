using System;
using System.Numerics;
using EventSchema.Wire;

namespace EventSchema.Json;

/// <summary>
/// Strict ISO 8601 / RFC 3339 text for dates, times of day and durations, read from and written to UTF-8
/// without allocating. Hand-written because the framework's parsers are lenient (they accept other
/// layouts and cultures) and are missing on netstandard2.0 for <c>DateOnly</c> and <c>TimeOnly</c>.
/// </summary>
internal static class IsoFormats
{
    public const int MaxDateLength = 10;            // yyyy-MM-dd
    public const int MaxTimeLength = WireSyntax.MaxTimeLength;
    public const int MaxDateTimeLength = WireSyntax.MaxDateTimeLength;
    public const int MaxDurationLength = WireSyntax.MaxDurationLength;

    /// <summary>Parses an RFC 3339 full-date, <c>yyyy-MM-dd</c>, from year 1.</summary>
    /// <summary>
    /// Copies <paramref name="text"/> into <paramref name="destination"/> as ASCII bytes, for the parsers here that read
    /// UTF-8; false when it is null, longer than the destination, or holds a character outside ASCII (which none of these
    /// formats has).
    /// </summary>
    public static bool TryCopyAscii(string? text, Span<byte> destination, out int length)
    {
        length = 0;
        if (text is null || text.Length > destination.Length) return false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F) return false;
            destination[i] = (byte)text[i];
        }
        length = text.Length;
        return true;
    }

    public static bool TryParseDate(ReadOnlySpan<byte> text, out int year, out int month, out int day)
        => WireSyntax.TryParseDate(text, out year, out month, out day);

    /// <summary>Writes <c>yyyy-MM-dd</c>; <paramref name="destination"/> holds at least 10 bytes.</summary>
    public static int FormatDate(int year, int month, int day, Span<byte> destination)
    {
        Write(destination.Slice(0, 4), year);
        destination[4] = (byte)'-';
        Write(destination.Slice(5, 2), month);
        destination[7] = (byte)'-';
        Write(destination.Slice(8, 2), day);
        return 10;
    }

    /// <summary>Parses an RFC 3339 full-time (an offset is required); a leap second becomes the last tick of its minute.</summary>
    public static bool TryParseTime(ReadOnlySpan<byte> text, out OffsetTime value)
    {
        value = default;
        if (!WireSyntax.TryParseTime(text, out var time)) return false;
        value = OffsetTime.FromParts(WireSyntax.TimeOfDayTicks(time), time.OffsetMinutes);
        return true;
    }

    /// <summary>
    /// Parses an RFC 3339 date-time. A leap second becomes the last tick of its minute; an offset beyond the ±14:00
    /// <see cref="DateTimeOffset"/> holds is kept as the same instant in UTC; false when the instant falls outside
    /// years 1 to 9999 in UTC.
    /// </summary>
    public static bool TryParseDateTime(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        if (!WireSyntax.TryGetInstant(text, out var localTicks, out var offsetMinutes)) return false;
        value = new DateTimeOffset(localTicks, TimeSpan.FromTicks(offsetMinutes * TimeSpan.TicksPerMinute));
        return true;
    }

    /// <summary>Writes <c>HH:mm:ss</c>, <c>.fffffff</c> without trailing zeros when there is a fraction, and the offset.</summary>
    public static int FormatOffsetTime(OffsetTime value, Span<byte> destination)
    {
        var n = FormatTime(value.Ticks, destination);
        var offset = value.OffsetMinutes;
        if (offset == 0)
        {
            destination[n++] = (byte)'Z';
            return n;
        }
        destination[n++] = offset < 0 ? (byte)'-' : (byte)'+';
        offset = Math.Abs(offset);
        Write(destination.Slice(n, 2), offset / 60);
        destination[n + 2] = (byte)':';
        Write(destination.Slice(n + 3, 2), offset % 60);
        return n + 5;
    }

    /// <summary>Writes <c>HH:mm:ss</c>, and <c>.fffffff</c> without trailing zeros when there is a fraction.</summary>
    public static int FormatTime(long ticks, Span<byte> destination)
    {
        var seconds = ticks / TimeSpan.TicksPerSecond;
        Write(destination.Slice(0, 2), (int)(seconds / 3600));
        destination[2] = (byte)':';
        Write(destination.Slice(3, 2), (int)(seconds / 60 % 60));
        destination[5] = (byte)':';
        Write(destination.Slice(6, 2), (int)(seconds % 60));
        return 8 + FormatFraction(ticks % TimeSpan.TicksPerSecond, destination.Slice(8));
    }

    /// <summary>Parses an ISO 8601 duration as RFC 3339 appendix A defines it (see <see cref="WireSyntax.TryParseDuration"/>).</summary>
    public static bool TryParseDuration(ReadOnlySpan<byte> text, out IsoDuration value)
    {
        value = default;
        if (!WireSyntax.TryParseDuration(text, out var fields)) return false;
        value = fields.Weeks.IsPresent
            ? IsoDuration.FromWeeks(Number(text, fields.Weeks))
            : new IsoDuration(Number(text, fields.Years), Number(text, fields.Months), Number(text, fields.Days),
                Number(text, fields.Hours), Number(text, fields.Minutes), Number(text, fields.Seconds));
        return true;
    }

    private static BigInteger Number(ReadOnlySpan<byte> text, DigitRun run)
    {
        long small = 0;
        var i = run.Start;
        var end = run.Start + run.Length;
        for (; i < end && i - run.Start < 18; i++) small = small * 10 + (text[i] - '0');
        if (i == end) return small;
        var value = new BigInteger(small);
        for (; i < end; i++) value = value * 10 + (text[i] - '0');
        return value;
    }

    /// <summary>
    /// Writes <paramref name="value"/>'s shortest ISO 8601 text, as <see cref="IsoDuration.ToString"/> does, without
    /// allocating; false when it does not fit <paramref name="destination"/>.
    /// </summary>
    public static bool TryFormatDuration(IsoDuration value, Span<byte> destination, out int written)
    {
        written = 0;
        var n = 0;
        if (!Put(destination, ref n, 'P')) return false;
        if (!value.Weeks.IsZero) return Part(destination, ref n, value.Weeks, 'W', false) && Done(n, out written);
        // Each part may follow only the one before it (P1Y2D is not valid), so a gap is written as 0.
        if (!Part(destination, ref n, value.Years, 'Y', false)) return false;
        if (!Part(destination, ref n, value.Months, 'M', !value.Years.IsZero && !value.Days.IsZero)) return false;
        if (!Part(destination, ref n, value.Days, 'D', false)) return false;
        if (!value.Hours.IsZero || !value.Minutes.IsZero || !value.Seconds.IsZero || n == 1)
        {
            if (!Put(destination, ref n, 'T')) return false;
            if (!Part(destination, ref n, value.Hours, 'H', false)) return false;
            if (!Part(destination, ref n, value.Minutes, 'M', !value.Hours.IsZero && !value.Seconds.IsZero)) return false;
            if (!Part(destination, ref n, value.Seconds, 'S', destination[n - 1] == (byte)'T')) return false;
        }
        return Done(n, out written);
    }

    private static bool Done(int n, out int written)
    {
        written = n;
        return true;
    }

    private static bool Put(Span<byte> destination, ref int n, char c)
    {
        if (n >= destination.Length) return false;
        destination[n++] = (byte)c;
        return true;
    }

    private static bool Part(Span<byte> destination, ref int n, BigInteger value, char unit, bool evenIfZero)
    {
        if (value.IsZero && !evenIfZero) return true;
        if (value > ulong.MaxValue) return false;
        var number = (ulong)value;
        var length = 1;
        for (var v = number / 10; v > 0; v /= 10) length++;
        if (n + length + 1 > destination.Length) return false;
        for (var i = n + length - 1; i >= n; i--)
        {
            destination[i] = (byte)('0' + (int)(number % 10));
            number /= 10;
        }
        n += length;
        destination[n++] = (byte)unit;
        return true;
    }

    private static int FormatFraction(long fraction, Span<byte> destination)
    {
        if (fraction == 0) return 0;
        var digits = 7;
        while (fraction % 10 == 0) { fraction /= 10; digits--; }
        destination[0] = (byte)'.';
        Write(destination.Slice(1, digits), (int)fraction);
        return digits + 1;
    }

    /// <summary>Writes <paramref name="value"/> zero-padded to exactly the destination's length.</summary>
    private static void Write(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }
}
