using System;
using System.Buffers.Text;

namespace EventSchema.Json;

/// <summary>
/// The shortest round-trip text of doubles with few decimal places (<c>229.4</c>, <c>15234.875</c>), the text
/// <c>double.ToString()</c> and <see cref="System.Text.Json.Utf8JsonWriter"/> write, without their general algorithm.
/// </summary>
/// <remarks>
/// For k = 0, 1, 2… the candidate is m = round(value · 10^k). While |value · 10^k| stays under 2^50, at most one
/// integer lies close enough to round-trip, it is the rounded product, and m / 10^k (both exact doubles, so the
/// division is correctly rounded, as parsing is) equals the value exactly when the text round-trips. The first k that
/// round-trips therefore gives the unique shortest text. Outside 1e-4 ≤ |value| &lt; 1e15 the general format may use
/// an exponent, so those values (and zero, written <c>0</c> or <c>-0</c>) are left to the general formatter.
/// </remarks>
internal static class ShortDecimal
{
    private const double Limit = 1L << 50;
    private static readonly double[] s_powers = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
    private static readonly long[] s_longPowers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    public static bool TryFormat(double value, Span<byte> destination, out int written)
    {
        written = 0;
        var magnitude = Math.Abs(value);
        if (!(magnitude >= 1e-4 && magnitude < 1e15)) return false;
        for (var k = 0; k < s_powers.Length; k++)
        {
            var scaled = magnitude * s_powers[k];
            if (scaled >= Limit) return false;
            var m = Math.Round(scaled);
            if (m / s_powers[k] != magnitude) continue;
            return Write(value < 0, (long)m, k, destination, out written);
        }
        return false;
    }

    private static bool Write(bool negative, long digits, int fractionDigits, Span<byte> destination, out int written)
    {
        var n = 0;
        if (negative) destination[n++] = (byte)'-';
        var power = s_longPowers[fractionDigits];
        Utf8Formatter.TryFormat(digits / power, destination.Slice(n), out var integerLength);
        n += integerLength;
        if (fractionDigits > 0)
        {
            destination[n++] = (byte)'.';
            var fraction = digits % power;
            for (var i = fractionDigits - 1; i >= 0; i--)
            {
                destination[n + i] = (byte)('0' + fraction % 10);
                fraction /= 10;
            }
            n += fractionDigits;
        }
        written = n;
        return true;
    }
}
