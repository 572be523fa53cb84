using System;
using System.Runtime.CompilerServices;

namespace EventSchema.Json;

/// <summary>
/// Parses the common short forms of a JSON number straight from the token's bytes, faster than the general parsers
/// behind <c>Utf8JsonReader.TryGet*</c>. The reader has already checked the token's grammar
/// (<c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>). Each method takes only forms whose result is certain to be
/// the reader's own, bit for bit, and returns false for any other; the caller then asks the reader, so values, limits
/// and errors never differ from the reader's.
/// </summary>
internal static class JsonNumberText
{
    // Every power of ten up to 10^22 is exactly a double.
    private static readonly double[] ExactPowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>A whole number of at most nine digits (which always fits), optionally negative.</summary>
    public static bool TryParseInt32(ReadOnlySpan<byte> text, out int value)
    {
        var parsed = TryParseWhole(text, 9, out var whole);
        value = (int)whole;
        return parsed;
    }

    /// <summary>A whole number of at most eighteen digits (which always fits), optionally negative.</summary>
    public static bool TryParseInt64(ReadOnlySpan<byte> text, out long value) => TryParseWhole(text, 18, out value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParseWhole(ReadOnlySpan<byte> text, int maxDigits, out long value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var start = negative ? 1 : 0;
        if (text.Length - start < 1 || text.Length - start > maxDigits) return false;
        var result = 0L;
        for (var i = start; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9) return false;
            result = (result * 10) + digit;
        }
        value = negative ? -result : result;
        return true;
    }

    /// <summary>
    /// A number of at most fifteen significant digits whose decimal exponent (after moving the point) is within ±22: its
    /// digits and the power of ten are both exact doubles, so one multiplication or division rounds correctly, as the
    /// general parser does.
    /// </summary>
    public static bool TryParseDouble(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        if (negative) i = 1;
        if (!TryReadMantissa(text, ref i, 15, out var digits, out var fractionDigits)) return false;
        var exponent = -fractionDigits;
        if (i < text.Length)
        {
            if ((text[i] | 0x20) != (byte)'e') return false;
            i++;
            var exponentNegative = false;
            if (i < text.Length && text[i] is (byte)'+' or (byte)'-')
            {
                exponentNegative = text[i] == (byte)'-';
                i++;
            }
            // Three digits are plenty for the range taken here; a longer exponent goes to the general parser.
            if (text.Length - i is < 1 or > 3) return false;
            var written = 0;
            for (; i < text.Length; i++)
            {
                var digit = (uint)(text[i] - '0');
                if (digit > 9) return false;
                written = (written * 10) + (int)digit;
            }
            exponent += exponentNegative ? -written : written;
        }
        if (exponent is < -22 or > 22) return false;
        double result = digits;
        result = exponent < 0 ? result / ExactPowersOfTen[-exponent] : result * ExactPowersOfTen[exponent];
        value = negative ? -result : result;
        return true;
    }

    /// <summary>
    /// A number without an exponent, of at most nineteen significant digits and at most 28 digits after the point: its
    /// digits and its scale (the digits after the point, trailing zeros kept) make the decimal the general parser makes,
    /// sign of zero included.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
        var i = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        if (negative) i = 1;
        if (!TryReadMantissa(text, ref i, 19, out var digits, out var scale)) return false;
        if (i != text.Length || scale > 28) return false;
        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, negative, (byte)scale);
        return true;
    }

    /// <summary>
    /// Reads the integer digits and, after a point, the fraction digits from <paramref name="i"/> into one integer,
    /// stopping at the first other byte; false past <paramref name="maxSignificant"/> significant digits (leading
    /// zeros do not count), where the integer would no longer be exact.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadMantissa(ReadOnlySpan<byte> text, ref int i, int maxSignificant, out ulong digits, out int fractionDigits)
    {
        digits = 0;
        fractionDigits = 0;
        var significant = 0;
        if (!TryReadDigitRun(text, ref i, maxSignificant, ref digits, ref significant)) return false;
        if (i < text.Length && text[i] == (byte)'.')
        {
            var fractionStart = ++i;
            if (!TryReadDigitRun(text, ref i, maxSignificant, ref digits, ref significant)) return false;
            fractionDigits = i - fractionStart;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadDigitRun(ReadOnlySpan<byte> text, ref int i, int maxSignificant, ref ulong digits, ref int significant)
    {
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9) break;
            if ((digits | digit) != 0 && ++significant > maxSignificant) return false;
            digits = (digits * 10) + digit;
        }
        return true;
    }
}
