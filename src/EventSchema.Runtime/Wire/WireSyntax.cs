// The one definition of the wire text of the schema's date, time, date-time, duration and uri types, as JSON Schema
// 2020-12 formats define them (RFC 3339 section 5.6 and appendix A, RFC 3986). The runtime compiles it over UTF-8
// bytes for its readers; the front end links the same file and compiles it over strings, so a schema's default
// literal is checked by exactly the rules the readers apply. Every valid text is ASCII: a non-ASCII byte or
// character never matches any rule, whichever of the two the text is made of.
#if EVENTSCHEMA_FRONT_END
using WireText = System.String;

namespace EventSchema.Language.Wire;
#else
using WireText = System.ReadOnlySpan<byte>;

namespace EventSchema.Wire;
#endif

/// <summary>Where a run of digits lies in a text; an empty run means the component is absent.</summary>
internal readonly struct DigitRun
{
    public DigitRun(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public bool IsPresent => Length > 0;
}

/// <summary>The components of a duration text, each a run of digits in it.</summary>
internal readonly struct DurationFields
{
    public DurationFields(DigitRun years, DigitRun months, DigitRun weeks, DigitRun days, DigitRun hours, DigitRun minutes, DigitRun seconds)
    {
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    public DigitRun Years { get; }
    public DigitRun Months { get; }
    public DigitRun Weeks { get; }
    public DigitRun Days { get; }
    public DigitRun Hours { get; }
    public DigitRun Minutes { get; }
    public DigitRun Seconds { get; }
}

/// <summary>An RFC 3339 full-time (or the time of a date-time), its second fraction cut to 100 ns ticks.</summary>
internal readonly struct TimeFields
{
    public TimeFields(int hour, int minute, int second, long fractionTicks, int offsetMinutes)
    {
        Hour = hour;
        Minute = minute;
        Second = second;
        FractionTicks = fractionTicks;
        OffsetMinutes = offsetMinutes;
    }

    public int Hour { get; }
    public int Minute { get; }

    /// <summary>0 to 60; 60 is a leap second, only ever at 23:59 UTC.</summary>
    public int Second { get; }

    /// <summary>The fraction of the second in 100 ns ticks; digits past the seventh are cut.</summary>
    public long FractionTicks { get; }

    /// <summary>The offset from UTC in minutes, -1439 to 1439 (<c>Z</c> and <c>-00:00</c> are 0).</summary>
    public int OffsetMinutes { get; }
}

internal static class WireSyntax
{
    private const long TicksPerSecond = 10_000_000;
    private const long TicksPerMinute = 60 * TicksPerSecond;

    /// <summary>The longest duration text taken: the format's digit runs are unbounded, a reader's patience is not.</summary>
    public const int MaxDurationLength = 256;

    /// <summary>The longest time text taken (fractions of a second are unbounded in the format; past 7 digits they are cut anyway).</summary>
    public const int MaxTimeLength = 40;

    /// <summary>The longest date-time text taken.</summary>
    public const int MaxDateTimeLength = 64;

    /// <summary>
    /// An RFC 3339 date-time as a <c>DateTimeOffset</c> holds it: the local ticks and the offset in minutes. A leap
    /// second is the last tick of its minute's 59th second; an offset beyond the ±14:00 a <c>DateTimeOffset</c> allows
    /// gives the same instant at offset zero; false when the instant is outside years 1 to 9999 in UTC.
    /// </summary>
    public static bool TryGetInstant(WireText text, out long localTicks, out int offsetMinutes)
    {
        localTicks = 0;
        offsetMinutes = 0;
        if (!TryParseDateTime(text, out var year, out var month, out var day, out var time)) return false;
        var local = new System.DateTime(year, month, day).Ticks + TimeOfDayTicks(time);
        var utc = local - time.OffsetMinutes * TicksPerMinute;
        if (utc < System.DateTime.MinValue.Ticks || utc > System.DateTime.MaxValue.Ticks) return false;
        if (System.Math.Abs(time.OffsetMinutes) > 14 * 60)
        {
            localTicks = utc;
            return true;
        }
        localTicks = local;
        offsetMinutes = time.OffsetMinutes;
        return true;
    }

    /// <summary>RFC 3339 full-date: <c>yyyy-MM-dd</c>, a real day of the proleptic Gregorian calendar from year 1.</summary>
    public static bool TryParseDate(WireText text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        return text.Length == 10 && TryParseDateAt(text, 0, out year, out month, out day);
    }

    /// <summary>RFC 3339 full-time: <c>HH:mm:ss[.fraction]</c> and <c>Z</c>, <c>z</c> or <c>±hh:mm</c>.</summary>
    public static bool TryParseTime(WireText text, out TimeFields time)
    {
        time = default;
        return text.Length <= MaxTimeLength && TryParseTimeAt(text, 0, out time);
    }

    /// <summary>RFC 3339 date-time: a full-date, <c>T</c> or <c>t</c>, and a full-time.</summary>
    public static bool TryParseDateTime(WireText text, out int year, out int month, out int day, out TimeFields time)
    {
        time = default;
        year = month = day = 0;
        if (text.Length < 11 || text.Length > MaxDateTimeLength || !TryParseDateAt(text, 0, out year, out month, out day)) return false;
        if (text[10] != 'T' && text[10] != 't') return false;
        return TryParseTimeAt(text, 11, out time);
    }

    /// <summary>
    /// RFC 3339 appendix A duration: <c>P</c>, then years, months and days (each only after the one before it, so
    /// <c>P1Y2D</c> is not one), optionally <c>T</c> and hours, minutes and seconds alike; or weeks alone. Whole
    /// numbers of any length, no sign, no fraction.
    /// </summary>
    public static bool TryParseDuration(WireText text, out DurationFields fields)
    {
        fields = default;
        if (text.Length < 3 || text.Length > MaxDurationLength || text[0] != 'P') return false;
        DigitRun years = default, months = default, weeks = default, days = default, hours = default, minutes = default, seconds = default;
        var i = 1;
        // Date part: the next unit allowed, by its letter; 'Y' then 'M' then 'D', or 'W' alone.
        var step = 0; // 0: any of Y, M, W, D; 1: after Y, only M; 2: after M, only D; 3: after D or W, none
        var sawWeeks = false;
        while (i < text.Length && text[i] != 'T')
        {
            if (!TryDigits(text, ref i, out var run) || i >= text.Length) return false;
            var unit = text[i++];
            if (unit == 'Y' && step == 0) { years = run; step = 1; }
            else if (unit == 'M' && step <= 1) { months = run; step = 2; }
            else if (unit == 'D' && (step == 0 || step == 2)) { days = run; step = 3; }
            else if (unit == 'W' && step == 0) { weeks = run; step = 3; sawWeeks = true; }
            else return false;
        }
        var sawDate = step != 0;
        if (i < text.Length)
        {
            if (sawWeeks) return false;
            i++; // 'T'
            var timeStep = 0; // 0: any of H, M, S; 1: after H, only M; 2: after M, only S; 3: none
            while (i < text.Length)
            {
                if (!TryDigits(text, ref i, out var run) || i >= text.Length) return false;
                var unit = text[i++];
                if (unit == 'H' && timeStep == 0) { hours = run; timeStep = 1; }
                else if (unit == 'M' && timeStep <= 1) { minutes = run; timeStep = 2; }
                else if (unit == 'S' && (timeStep == 0 || timeStep == 2)) { seconds = run; timeStep = 3; }
                else return false;
            }
            if (timeStep == 0) return false; // "T" with nothing after it
        }
        else if (!sawDate)
        {
            return false;
        }
        fields = new DurationFields(years, months, weeks, days, hours, minutes, seconds);
        return true;
    }

    /// <summary>
    /// RFC 3986 URI-reference: an absolute URI or a relative reference, in ASCII, every <c>%</c> followed by two hex
    /// digits, brackets only around an IP literal in the authority, a port of digits.
    /// </summary>
    public static bool IsUriReference(WireText text)
    {
        var end = text.Length;
        // The fragment and the query may hold '/', '?', ':' and '@' besides path characters.
        var hash = IndexOf(text, '#', 0, end);
        if (hash >= 0)
        {
            if (!AllQueryChars(text, hash + 1, end)) return false;
            end = hash;
        }
        var question = IndexOf(text, '?', 0, end);
        if (question >= 0)
        {
            if (!AllQueryChars(text, question + 1, end)) return false;
            end = question;
        }
        var start = 0;
        var schemeEnd = SchemeEnd(text, end);
        if (schemeEnd >= 0)
        {
            start = schemeEnd + 1;
        }
        else
        {
            // A relative path's first segment cannot hold ':', or it would read as a scheme.
            var firstSlash = IndexOf(text, '/', 0, end);
            if (IndexOf(text, ':', 0, firstSlash < 0 ? end : firstSlash) >= 0) return false;
        }
        if (end - start >= 2 && text[start] == '/' && text[start + 1] == '/')
        {
            var authorityEnd = IndexOf(text, '/', start + 2, end);
            if (authorityEnd < 0) authorityEnd = end;
            if (!IsAuthority(text, start + 2, authorityEnd)) return false;
            start = authorityEnd;
        }
        for (var i = start; i < end; i++)
        {
            if (text[i] == '/') continue;
            if (!PathChar(text, ref i, end)) return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="offsetMinutes"/> puts this time of day at 23:59 UTC, where alone a leap second may fall.</summary>
    public static bool IsLastMinuteOfUtcDay(int hour, int minute, int offsetMinutes)
    {
        var utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440;
        return utc == 1439;
    }

    private static bool TryParseDateAt(WireText text, int at, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text[at + 4] != '-' || text[at + 7] != '-') return false;
        if (!Fixed(text, at, 4, out year) || !Fixed(text, at + 5, 2, out month) || !Fixed(text, at + 8, 2, out day)) return false;
        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
    }

    private static bool TryParseTimeAt(WireText text, int at, out TimeFields time)
    {
        time = default;
        if (text.Length - at < 9 || text[at + 2] != ':' || text[at + 5] != ':') return false;
        if (!Fixed(text, at, 2, out var hour) || !Fixed(text, at + 3, 2, out var minute) || !Fixed(text, at + 6, 2, out var second)) return false;
        if (hour > 23 || minute > 59 || second > 60) return false;
        var i = at + 8;
        long fraction = 0;
        if (text[i] == '.')
        {
            i++;
            var digits = 0;
            while (i < text.Length && IsDigit(text[i]))
            {
                if (digits < 7) fraction = fraction * 10 + (text[i] - '0');
                digits++;
                i++;
            }
            if (digits == 0) return false;
            for (; digits < 7; digits++) fraction *= 10;
        }
        if (i >= text.Length) return false; // the offset is required
        int offsetMinutes;
        if ((text[i] == 'Z' || text[i] == 'z') && i + 1 == text.Length)
        {
            offsetMinutes = 0;
        }
        else if ((text[i] == '+' || text[i] == '-') && text.Length - i == 6 && text[i + 3] == ':'
            && Fixed(text, i + 1, 2, out var offsetHour) && Fixed(text, i + 4, 2, out var offsetMinute)
            && offsetHour <= 23 && offsetMinute <= 59)
        {
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (text[i] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }
        if (second == 60 && !IsLastMinuteOfUtcDay(hour, minute, offsetMinutes)) return false;
        time = new TimeFields(hour, minute, second, fraction, offsetMinutes);
        return true;
    }

    private static bool TryDigits(WireText text, ref int i, out DigitRun run)
    {
        var start = i;
        while (i < text.Length && IsDigit(text[i])) i++;
        run = new DigitRun(start, i - start);
        return i > start;
    }

    private static bool Fixed(WireText text, int at, int count, out int value)
    {
        value = 0;
        for (var i = at; i < at + count; i++)
        {
            if (!IsDigit(text[i])) return false;
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>The index of the ':' ending a scheme at the start of the text, or -1 when it has none.</summary>
    private static int SchemeEnd(WireText text, int end)
    {
        if (end == 0 || !IsAlpha(text[0])) return -1;
        for (var i = 1; i < end; i++)
        {
            var c = text[i];
            if (c == ':') return i;
            if (!IsAlpha(c) && !IsDigit(c) && c != '+' && c != '-' && c != '.') return -1;
        }
        return -1;
    }

    private static bool IsAuthority(WireText text, int start, int end)
    {
        var at = IndexOf(text, '@', start, end);
        if (at >= 0)
        {
            for (var i = start; i < at; i++)
            {
                if (text[i] != ':' && !UnreservedOrSubDelim(text[i]) && !PercentEncoded(text, ref i, at)) return false;
            }
            start = at + 1;
        }
        var hostEnd = end;
        if (start < end && text[start] == '[')
        {
            var close = IndexOf(text, ']', start, end);
            if (close < 0 || !IsIpLiteral(text, start + 1, close)) return false;
            hostEnd = close + 1;
            if (hostEnd < end && text[hostEnd] != ':') return false;
        }
        else
        {
            var colon = IndexOf(text, ':', start, end);
            if (colon >= 0) hostEnd = colon;
            for (var i = start; i < hostEnd; i++)
            {
                if (!UnreservedOrSubDelim(text[i]) && !PercentEncoded(text, ref i, hostEnd)) return false;
            }
        }
        if (hostEnd < end)
        {
            for (var i = hostEnd + 1; i < end; i++)
            {
                if (!IsDigit(text[i])) return false;
            }
        }
        return true;
    }

    private static bool IsIpLiteral(WireText text, int start, int end)
    {
        if (start < end && (text[start] == 'v' || text[start] == 'V'))
        {
            // IPvFuture: "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
            var i = start + 1;
            while (i < end && IsHex(text[i])) i++;
            if (i == start + 1 || i >= end || text[i] != '.') return false;
            if (++i >= end) return false;
            for (; i < end; i++)
            {
                if (text[i] != ':' && !UnreservedOrSubDelim(text[i])) return false;
            }
            return true;
        }
        return IsIpv6(text, start, end);
    }

    private static bool IsIpv6(WireText text, int start, int end)
    {
        var units = 0;          // 16-bit pieces seen, an embedded IPv4 address counting two
        var compressed = false; // "::" seen
        var i = start;
        if (end - start >= 2 && text[i] == ':' && text[i + 1] == ':')
        {
            compressed = true;
            i += 2;
            if (i == end) return true;
        }
        else if (i < end && text[i] == ':')
        {
            return false;
        }
        while (i < end)
        {
            var pieceStart = i;
            while (i < end && IsHex(text[i])) i++;
            if (i < end && text[i] == '.')
            {
                if (!IsIpv4(text, pieceStart, end)) return false;
                units += 2;
                i = end;
                break;
            }
            var length = i - pieceStart;
            if (length is 0 or > 4) return false;
            units++;
            if (i == end) break;
            if (text[i] != ':') return false;
            i++;
            if (i < end && text[i] == ':')
            {
                if (compressed) return false;
                compressed = true;
                i++;
                if (i == end) break;
            }
            else if (i == end)
            {
                return false; // a trailing single ':'
            }
        }
        return compressed ? units <= 7 : units == 8;
    }

    private static bool IsIpv4(WireText text, int start, int end)
    {
        var parts = 0;
        var i = start;
        while (true)
        {
            var partStart = i;
            var value = 0;
            while (i < end && IsDigit(text[i]) && i - partStart < 3) value = value * 10 + (text[i++] - '0');
            var length = i - partStart;
            // dec-octet: no leading zero, at most 255
            if (length == 0 || value > 255 || (length > 1 && text[partStart] == '0')) return false;
            parts++;
            if (i == end) return parts == 4;
            if (text[i] != '.' || parts == 4) return false;
            i++;
        }
    }

    private static bool AllQueryChars(WireText text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] == '/' || text[i] == '?') continue;
            if (!PathChar(text, ref i, end)) return false;
        }
        return true;
    }

    /// <summary>pchar: unreserved, pct-encoded, sub-delims, ':' or '@'; moves past a percent-encoded triplet.</summary>
    private static bool PathChar(WireText text, ref int i, int end)
        => text[i] == ':' || text[i] == '@' || UnreservedOrSubDelim(text[i]) || PercentEncoded(text, ref i, end);

    private static bool PercentEncoded(WireText text, ref int i, int end)
    {
        if (text[i] != '%' || i + 2 >= end) return false;
        if (!IsHex(text[i + 1]) || !IsHex(text[i + 2])) return false;
        i += 2;
        return true;
    }

    private static bool UnreservedOrSubDelim(int c)
        => IsAlpha(c) || IsDigit(c) || c is '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';

    private static int IndexOf(WireText text, char c, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] == c) return i;
        }
        return -1;
    }

    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    private static bool IsAlpha(int c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsHex(int c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    /// <summary>The text's tick count for <paramref name="time"/>'s time of day, a leap second read as the last tick of its minute.</summary>
    public static long TimeOfDayTicks(TimeFields time)
    {
        var second = time.Second == 60 ? 59 : time.Second;
        var fraction = time.Second == 60 ? TicksPerSecond - 1 : time.FractionTicks;
        return ((time.Hour * 60L + time.Minute) * 60L + second) * TicksPerSecond + fraction;
    }
}
