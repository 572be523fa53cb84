using System;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// Reads a JSON number as a whole number the way JSON Schema's <c>integer</c> does: by its value, not by how it is
/// written, so <c>1.0</c>, <c>1e2</c> and <c>150e-1</c> are whole numbers and <c>1.5</c> is not. Exact on the digits,
/// with no rounding through a binary or decimal type.
/// </summary>
internal static class JsonWholeNumber
{
    /// <summary>The value of <paramref name="text"/> (a JSON number the reader has checked) when it is whole and fits a long.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        var i = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        if (negative) i++;

        // The digits before and after the point, then the exponent.
        var integerStart = i;
        while (i < text.Length && IsDigit(text[i])) i++;
        var integerDigits = text.Slice(integerStart, i - integerStart);
        var fractionDigits = ReadOnlySpan<byte>.Empty;
        if (i < text.Length && text[i] == (byte)'.')
        {
            var fractionStart = ++i;
            while (i < text.Length && IsDigit(text[i])) i++;
            fractionDigits = text.Slice(fractionStart, i - fractionStart);
        }
        long exponent = 0;
        if (i < text.Length && (text[i] | 0x20) == (byte)'e')
        {
            i++;
            var exponentNegative = i < text.Length && text[i] == (byte)'-';
            if (i < text.Length && (text[i] == (byte)'-' || text[i] == (byte)'+')) i++;
            while (i < text.Length && IsDigit(text[i]))
            {
                // Past a million the exponent only tells "zero" or "too large" apart, which the digits decide below.
                if (exponent < 1_000_000) exponent = (exponent * 10) + (text[i] - '0');
                i++;
            }
            if (exponentNegative) exponent = -exponent;
        }
        if (i != text.Length || integerDigits.IsEmpty) return false;

        // The value is the digit string D = integer + fraction with the point after `point` digits.
        var digitCount = integerDigits.Length + fractionDigits.Length;
        var point = integerDigits.Length + exponent;
        ulong magnitude = 0;
        var significant = 0;
        for (var position = 0; position < digitCount; position++)
        {
            var digit = (ulong)(DigitAt(integerDigits, fractionDigits, position) - '0');
            if (position >= point)
            {
                if (digit != 0) return false; // a non-zero digit after the point: not whole
                continue;
            }
            if (magnitude == 0 && digit == 0) continue;
            if (++significant > 19) return false;
            magnitude = (magnitude * 10) + digit;
        }
        // Zeros the exponent adds after the last digit.
        if (magnitude != 0)
        {
            for (var extra = point - digitCount; extra > 0; extra--)
            {
                if (++significant > 19) return false;
                magnitude *= 10;
            }
        }
        if (negative)
        {
            if (magnitude > (ulong)long.MaxValue + 1) return false;
            value = magnitude == (ulong)long.MaxValue + 1 ? long.MinValue : -(long)magnitude;
            return true;
        }
        if (magnitude > long.MaxValue) return false;
        value = (long)magnitude;
        return true;
    }

    /// <summary><see cref="TryParse"/> on the reader's current number, in one segment or several.</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out long value)
    {
        if (!reader.HasValueSequence) return TryParse(reader.ValueSpan, out value);
        var sequence = reader.ValueSequence;
        // A number split across segments is rare; numbers longer than a page are refused rather than copied.
        if (sequence.Length > 4096)
        {
            value = 0;
            return false;
        }
        Span<byte> copy = stackalloc byte[(int)sequence.Length];
        System.Buffers.BuffersExtensions.CopyTo(sequence, copy);
        return TryParse(copy, out value);
    }

    private static byte DigitAt(ReadOnlySpan<byte> integerDigits, ReadOnlySpan<byte> fractionDigits, int position)
        => position < integerDigits.Length ? integerDigits[position] : fractionDigits[position - integerDigits.Length];

    private static bool IsDigit(byte c) => (uint)(c - '0') <= 9;
}
