using System;
using System.Numerics;
using System.Text;
using EventSchema.Json;

namespace EventSchema;

/// <summary>
/// A length of time as ISO 8601 and JSON Schema's <c>duration</c> format (RFC 3339 appendix A) write it: years,
/// months and days, hours, minutes and whole seconds (<c>P1Y2M3DT4H5M6S</c>), or weeks alone (<c>P2W</c>). The schema's
/// <c>duration</c> type. Years and months have no fixed length, so a duration is kept as its parts; convert it with
/// <see cref="TryGetTimeSpan"/> (exact only without years and months) or add it to a date with <see cref="AddTo"/>.
/// Parts are whole, non-negative numbers of any size. Two durations are equal when every part is (<c>P1D</c> is not
/// <c>PT24H</c>, as a day is not always 24 hours long).
/// </summary>
public readonly struct IsoDuration : IEquatable<IsoDuration>
{
    private readonly BigInteger _years, _months, _weeks, _days, _hours, _minutes, _seconds;

    /// <summary>A duration of the given parts, each zero or more.</summary>
    public IsoDuration(BigInteger years, BigInteger months, BigInteger days, BigInteger hours, BigInteger minutes, BigInteger seconds)
    {
        _years = NotNegative(years, nameof(years));
        _months = NotNegative(months, nameof(months));
        _days = NotNegative(days, nameof(days));
        _hours = NotNegative(hours, nameof(hours));
        _minutes = NotNegative(minutes, nameof(minutes));
        _seconds = NotNegative(seconds, nameof(seconds));
        _weeks = BigInteger.Zero;
    }

    private IsoDuration(BigInteger weeks)
    {
        _weeks = NotNegative(weeks, nameof(weeks));
        _years = _months = _days = _hours = _minutes = _seconds = BigInteger.Zero;
    }

    /// <summary>No time at all, written <c>PT0S</c>.</summary>
    public static IsoDuration Zero => default;

    /// <summary>A number of weeks, written <c>P2W</c>; the format does not combine weeks with other parts.</summary>
    public static IsoDuration FromWeeks(BigInteger weeks) => new(weeks);

    /// <summary>
    /// The duration of a <see cref="TimeSpan"/> in days, hours, minutes and seconds. The format has no fractions of a
    /// second and no sign, so the span must be whole seconds and not negative.
    /// </summary>
    public static IsoDuration FromTimeSpan(TimeSpan value)
    {
        if (value.Ticks < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "An ISO 8601 duration cannot be negative.");
        if (value.Ticks % TimeSpan.TicksPerSecond != 0) throw new ArgumentOutOfRangeException(nameof(value), value, "An ISO 8601 duration has no fractions of a second.");
        return new IsoDuration(0, 0, value.Days, value.Hours, value.Minutes, value.Seconds);
    }

    /// <summary>The years part.</summary>
    public BigInteger Years => _years;

    /// <summary>The months part.</summary>
    public BigInteger Months => _months;

    /// <summary>The weeks part; when it is not zero, every other part is.</summary>
    public BigInteger Weeks => _weeks;

    /// <summary>The days part.</summary>
    public BigInteger Days => _days;

    /// <summary>The hours part.</summary>
    public BigInteger Hours => _hours;

    /// <summary>The minutes part.</summary>
    public BigInteger Minutes => _minutes;

    /// <summary>The seconds part.</summary>
    public BigInteger Seconds => _seconds;

    /// <summary>Whether every part is zero.</summary>
    public bool IsZero => _years.IsZero && _months.IsZero && _weeks.IsZero && _days.IsZero && _hours.IsZero && _minutes.IsZero && _seconds.IsZero;

    /// <summary>
    /// The exact length as a <see cref="TimeSpan"/>, counting a week as 7 days and a day as 24 hours; false when the
    /// duration has years or months (whose length depends on the date) or does not fit a <see cref="TimeSpan"/>.
    /// </summary>
    public bool TryGetTimeSpan(out TimeSpan value)
    {
        value = default;
        if (!_years.IsZero || !_months.IsZero) return false;
        var seconds = ((_weeks * 7 + _days) * 24 + _hours) * 3600 + _minutes * 60 + _seconds;
        if (seconds > TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerSecond) return false;
        value = TimeSpan.FromTicks((long)seconds * TimeSpan.TicksPerSecond);
        return true;
    }

    /// <summary>The exact length as a <see cref="TimeSpan"/>; see <see cref="TryGetTimeSpan"/>.</summary>
    /// <exception cref="InvalidOperationException">The duration has years or months, or is too long for a <see cref="TimeSpan"/>.</exception>
    public TimeSpan ToTimeSpan()
        => TryGetTimeSpan(out var value) ? value : throw new InvalidOperationException($"{this} has no exact length in a TimeSpan: it has years or months, or is too long.");

    /// <summary>
    /// <paramref name="start"/> moved on by this duration as a calendar does: years and months first (the day clamped
    /// to the month's last), then weeks, days, hours, minutes and seconds.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is past <see cref="DateTimeOffset.MaxValue"/>.</exception>
    public DateTimeOffset AddTo(DateTimeOffset start)
    {
        var months = _years * 12 + _months;
        if (months > 12 * 10_000) throw new ArgumentOutOfRangeException(nameof(start), "The duration moves the date past year 9999.");
        var result = start.AddMonths((int)months);
        var seconds = ((_weeks * 7 + _days) * 24 + _hours) * 3600 + _minutes * 60 + _seconds;
        if (seconds > (long)(DateTimeOffset.MaxValue - DateTimeOffset.MinValue).TotalSeconds) throw new ArgumentOutOfRangeException(nameof(start), "The duration moves the date past year 9999.");
        return result.AddSeconds((double)seconds);
    }

    /// <summary>Reads an ISO 8601 duration as JSON Schema's <c>duration</c> format defines it, such as <c>P1Y2M</c> or <c>PT1H30M</c>.</summary>
    /// <exception cref="FormatException">The text is not such a duration.</exception>
    public static IsoDuration Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not an ISO 8601 duration such as P1Y2M, P3D, PT1H30M or P2W.");
    }

    /// <summary>Reads an ISO 8601 duration; false when <paramref name="text"/> is not one (or is longer than 256 characters).</summary>
    public static bool TryParse(string? text, out IsoDuration value)
    {
        value = default;
        Span<byte> ascii = stackalloc byte[IsoFormats.MaxDurationLength];
        return IsoFormats.TryCopyAscii(text, ascii, out int length) && IsoFormats.TryParseDuration(ascii.Slice(0, length), out value);
    }

    /// <summary>The ISO 8601 text in its shortest form: <c>P1Y2M</c>, <c>PT1H30M</c>, <c>P2W</c>, and <c>PT0S</c> for zero.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("P");
        if (!_weeks.IsZero) return builder.Append(_weeks.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('W').ToString();
        // Each part may follow only the one before it (P1Y2D is not valid), so a gap is written as 0.
        Part(builder, _years, 'Y', false);
        Part(builder, _months, 'M', !_years.IsZero && !_days.IsZero);
        Part(builder, _days, 'D', false);
        if (!_hours.IsZero || !_minutes.IsZero || !_seconds.IsZero || builder.Length == 1)
        {
            builder.Append('T');
            Part(builder, _hours, 'H', false);
            Part(builder, _minutes, 'M', !_hours.IsZero && !_seconds.IsZero);
            Part(builder, _seconds, 'S', builder[builder.Length - 1] == 'T');
        }
        return builder.ToString();
    }

    private static void Part(StringBuilder builder, BigInteger value, char unit, bool evenIfZero)
    {
        if (value.IsZero && !evenIfZero) return;
        builder.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(unit);
    }

    private static BigInteger NotNegative(BigInteger value, string name)
        => value.Sign < 0 ? throw new ArgumentOutOfRangeException(name, value, "The parts of an ISO 8601 duration cannot be negative.") : value;

    /// <inheritdoc />
    public bool Equals(IsoDuration other)
        => _years.Equals(other._years) && _months.Equals(other._months) && _weeks.Equals(other._weeks) && _days.Equals(other._days)
            && _hours.Equals(other._hours) && _minutes.Equals(other._minutes) && _seconds.Equals(other._seconds);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IsoDuration other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = _years.GetHashCode();
        hash = hash * 31 + _months.GetHashCode();
        hash = hash * 31 + _weeks.GetHashCode();
        hash = hash * 31 + _days.GetHashCode();
        hash = hash * 31 + _hours.GetHashCode();
        hash = hash * 31 + _minutes.GetHashCode();
        return hash * 31 + _seconds.GetHashCode();
    }

    /// <summary>Whether every part is the same.</summary>
    public static bool operator ==(IsoDuration left, IsoDuration right) => left.Equals(right);

    /// <summary>Whether any part differs.</summary>
    public static bool operator !=(IsoDuration left, IsoDuration right) => !left.Equals(right);
}
