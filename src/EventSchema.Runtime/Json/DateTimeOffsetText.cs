#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EventSchema.Json;

/// <summary>
/// Writes a <see cref="DateTimeOffset"/> as <see cref="System.Text.Json.Utf8JsonWriter"/> does:
/// <c>yyyy-MM-ddTHH:mm:ss</c>, a fraction of up to seven digits without trailing zeros (none when it is zero), and
/// the offset as <c>+HH:MM</c> (<c>+00:00</c> for UTC). The writer formats with the general round-trip formatter and
/// trims the fraction afterwards; this writes the trimmed text directly from one split of the clock time, two digits
/// at a time.
/// </summary>
internal static class DateTimeOffsetText
{
    /// <summary>The longest text written: <c>yyyy-MM-ddTHH:mm:ss.fffffff+HH:MM</c>.</summary>
    public const int MaxLength = 33;

    // "00", "01", ... "99": two digits in one two-byte store.
    private static ReadOnlySpan<byte> TwoDigits =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>Writes the text into <paramref name="destination"/>, which holds at least <see cref="MaxLength"/> bytes; returns its length.</summary>
    public static int Format(DateTimeOffset value, Span<byte> destination)
    {
        if (destination.Length < MaxLength) throw new ArgumentException("The destination is too short.", nameof(destination));
        var clock = value.DateTime;
        clock.Deconstruct(out int year, out int month, out int day);
        var timeOfDay = (ulong)clock.Ticks % TimeSpan.TicksPerDay;
        var seconds = (uint)(timeOfDay / TimeSpan.TicksPerSecond);
        var fraction = (uint)(timeOfDay % TimeSpan.TicksPerSecond);
        var hour = seconds / 3600;
        var minuteAndSecond = seconds - (hour * 3600);
        var minute = minuteAndSecond / 60;
        var second = minuteAndSecond - (minute * 60);

        ref var text = ref MemoryMarshal.GetReference(destination);
        var century = (uint)year / 100;
        Pair(ref text, 0, century);
        Pair(ref text, 2, (uint)year - (century * 100));
        Unsafe.Add(ref text, 4) = (byte)'-';
        Pair(ref text, 5, (uint)month);
        Unsafe.Add(ref text, 7) = (byte)'-';
        Pair(ref text, 8, (uint)day);
        Unsafe.Add(ref text, 10) = (byte)'T';
        Pair(ref text, 11, hour);
        Unsafe.Add(ref text, 13) = (byte)':';
        Pair(ref text, 14, minute);
        Unsafe.Add(ref text, 16) = (byte)':';
        Pair(ref text, 17, second);
        var n = 19;
        if (fraction != 0)
        {
            var digits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }
            Unsafe.Add(ref text, n) = (byte)'.';
            for (var i = n + digits; i > n; i--)
            {
                var rest = fraction / 10;
                Unsafe.Add(ref text, i) = (byte)('0' + (fraction - (rest * 10)));
                fraction = rest;
            }
            n += digits + 1;
        }
        var offset = value.TotalOffsetMinutes;
        Unsafe.Add(ref text, n) = offset < 0 ? (byte)'-' : (byte)'+';
        var offsetMinutes = (uint)Math.Abs(offset);
        var offsetHours = offsetMinutes / 60;
        Pair(ref text, n + 1, offsetHours);
        Unsafe.Add(ref text, n + 3) = (byte)':';
        Pair(ref text, n + 4, offsetMinutes - (offsetHours * 60));
        return n + 6;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pair(ref byte text, int at, uint value)
        => Unsafe.WriteUnaligned(ref Unsafe.Add(ref text, at), Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(TwoDigits), (nint)(value * 2))));
}
#endif
