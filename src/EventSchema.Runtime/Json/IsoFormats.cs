using System;

namespace EventSchema.Json;

/// <summary>
/// Strict ISO 8601 / RFC 3339 text for dates, times of day and durations, read from and written to UTF-8
/// without allocating. Hand-written because the framework's parsers are lenient (they accept other
/// layouts and cultures) and are missing on netstandard2.0 for <c>DateOnly</c> and <c>TimeOnly</c>.
/// </summary>
internal static class IsoFormats
{
    public const int MaxDateLength = 10;            // yyyy-MM-dd
    public const int MaxTimeLength = 16;            // HH:mm:ss.fffffff
    public const int MaxDurationLength = 48;

    /// <summary>Parses <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-') return false;
        if (!Digits(text.Slice(0, 4), out year) || !Digits(text.Slice(5, 2), out month) || !Digits(text.Slice(8, 2), out day)) return false;
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

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

    /// <summary>Parses <c>HH:mm:ss</c> with an optional fraction of up to 7 digits, into ticks since midnight.</summary>
    public static bool TryParseTime(ReadOnlySpan<byte> text, out long ticks)
    {
        ticks = 0;
        if (text.Length < 8 || text[2] != (byte)':' || text[5] != (byte)':') return false;
        if (!Digits(text.Slice(0, 2), out var hour) || !Digits(text.Slice(3, 2), out var minute) || !Digits(text.Slice(6, 2), out var second)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        long fraction = 0;
        if (text.Length > 8)
        {
            var digits = text.Length - 9;
            if (text[8] != (byte)'.' || digits is < 1 or > 7 || !Digits(text.Slice(9), out var value)) return false;
            fraction = value;
            for (var i = digits; i < 7; i++) fraction *= 10;
        }
        ticks = ((hour * 60L + minute) * 60L + second) * TimeSpan.TicksPerSecond + fraction;
        return true;
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

    /// <summary>
    /// Parses an ISO 8601 duration in days, hours, minutes and seconds (<c>P1DT2H30M</c>, <c>PT0.5S</c>, <c>P2W</c>),
    /// with an optional leading minus. Years and months are refused: they have no fixed length.
    /// </summary>
    public static bool TryParseDuration(ReadOnlySpan<byte> text, out TimeSpan value)
    {
        value = default;
        var negative = false;
        var i = 0;
        if (i < text.Length && text[i] == (byte)'-') { negative = true; i++; }
        if (i >= text.Length || text[i] != (byte)'P') return false;
        i++;
        decimal ticks = 0;
        var inTime = false;
        var any = false;
        var lastUnit = 0; // enforces the order W/D, then T, then H, M, S
        while (i < text.Length)
        {
            if (text[i] == (byte)'T')
            {
                if (inTime) return false;
                inTime = true;
                i++;
                if (i >= text.Length) return false; // "PT" with nothing after it
                continue;
            }
            var start = i;
            while (i < text.Length && (IsDigit(text[i]) || text[i] == (byte)'.')) i++;
            if (i == start || i >= text.Length) return false;
            if (!TryParseNumber(text.Slice(start, i - start), out var number)) return false;
            var fractional = number != decimal.Truncate(number);
            int unit;
            decimal unitTicks;
            switch ((char)text[i])
            {
                case 'W' when !inTime: unit = 1; unitTicks = TimeSpan.TicksPerDay * 7; break;
                case 'D' when !inTime: unit = 2; unitTicks = TimeSpan.TicksPerDay; break;
                case 'H' when inTime: unit = 3; unitTicks = TimeSpan.TicksPerHour; break;
                case 'M' when inTime: unit = 4; unitTicks = TimeSpan.TicksPerMinute; break;
                case 'S' when inTime: unit = 5; unitTicks = TimeSpan.TicksPerSecond; break;
                default: return false;
            }
            if (unit <= lastUnit || (fractional && unit != 5)) return false;
            lastUnit = unit;
            any = true;
            i++;
            ticks += number * unitTicks;
            if (ticks > TimeSpan.MaxValue.Ticks) return false;
        }
        if (!any) return false;
        var whole = decimal.Truncate(ticks);
        if (whole != ticks) return false; // finer than 100 ns
        value = TimeSpan.FromTicks(negative ? -(long)whole : (long)whole);
        return true;
    }

    /// <summary>Writes an ISO 8601 duration such as <c>P1DT2H30M</c>, <c>PT0.5S</c> or <c>PT0S</c>.</summary>
    public static int FormatDuration(TimeSpan value, Span<byte> destination)
    {
        var n = 0;
        var ticks = value.Ticks;
        ulong magnitude;
        if (ticks < 0)
        {
            destination[n++] = (byte)'-';
            magnitude = (ulong)(-(ticks + 1)) + 1; // safe for TimeSpan.MinValue
        }
        else
        {
            magnitude = (ulong)ticks;
        }
        destination[n++] = (byte)'P';
        var days = magnitude / TimeSpan.TicksPerDay;
        var rest = magnitude % TimeSpan.TicksPerDay;
        if (days > 0) { n += WriteUnsigned(destination.Slice(n), days); destination[n++] = (byte)'D'; }
        if (rest > 0 || days == 0)
        {
            destination[n++] = (byte)'T';
            var hours = rest / TimeSpan.TicksPerHour;
            var minutes = rest / TimeSpan.TicksPerMinute % 60;
            var seconds = rest / TimeSpan.TicksPerSecond % 60;
            var fraction = (long)(rest % TimeSpan.TicksPerSecond);
            if (hours > 0) { n += WriteUnsigned(destination.Slice(n), hours); destination[n++] = (byte)'H'; }
            if (minutes > 0) { n += WriteUnsigned(destination.Slice(n), minutes); destination[n++] = (byte)'M'; }
            if (seconds > 0 || fraction > 0 || rest == 0)
            {
                n += WriteUnsigned(destination.Slice(n), seconds);
                n += FormatFraction(fraction, destination.Slice(n));
                destination[n++] = (byte)'S';
            }
        }
        return n;
    }

    /// <summary>Whether an RFC 3339 date-time text ends with a UTC offset (<c>Z</c> or <c>±hh:mm</c>).</summary>
    public static bool HasOffset(ReadOnlySpan<byte> text)
    {
        if (text.Length == 0) return false;
        var last = text[text.Length - 1];
        if (last is (byte)'Z' or (byte)'z') return true;
        return text.Length >= 6 && text[text.Length - 3] == (byte)':' && text[text.Length - 6] is (byte)'+' or (byte)'-';
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

    private static bool TryParseNumber(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
        var seenPoint = false;
        decimal scale = 1;
        var digits = 0;
        foreach (var b in text)
        {
            if (b == (byte)'.')
            {
                if (seenPoint) return false;
                seenPoint = true;
                continue;
            }
            if (++digits > 20) return false;
            if (seenPoint) { scale /= 10; value += (b - '0') * scale; }
            else value = value * 10 + (b - '0');
        }
        return digits > 0 && text[text.Length - 1] != (byte)'.';
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (!IsDigit(b)) return false;
            value = value * 10 + (b - '0');
        }
        return true;
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

    private static int WriteUnsigned(Span<byte> destination, ulong value)
    {
        var length = 1;
        for (var v = value / 10; v > 0; v /= 10) length++;
        for (var i = length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (int)(value % 10));
            value /= 10;
        }
        return length;
    }
}
