#if NET8_0_OR_GREATER
using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Unicode;

namespace EventSchema.Json;

/// <summary>
/// Decodes the text of a JSON string that has escapes into .NET text in one pass: plain ASCII is widened sixteen bytes at
/// a time, each escape is decoded where it stands, and raw non-ASCII runs are transcoded (and checked) as UTF-8.
/// <c>Utf8JsonReader.GetString</c> unescapes into a UTF-8 buffer first, then counts and transcodes it, which costs three
/// passes. The reader has checked the escapes' syntax while tokenizing; what it leaves to decoding is checked here as it
/// checks it: bytes that are not UTF-8 and escaped surrogates that do not pair are a <see cref="System.Text.Json.JsonException"/>.
/// </summary>
internal static class JsonEscapedText
{
    private const int StackLimit = 256;

    /// <summary>The .NET text of <paramref name="escaped"/>, the bytes between a JSON string's quotes.</summary>
    public static string Decode(ReadOnlySpan<byte> escaped)
    {
        // Each byte of JSON text gives at most one UTF-16 character.
        char[]? rented = null;
        Span<char> chars = escaped.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(escaped.Length));
        var length = Decode(escaped, chars);
        var text = new string(chars.Slice(0, length));
        // On an error the rented buffer is left to the garbage collector.
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return text;
    }

    private static int Decode(ReadOnlySpan<byte> escaped, Span<char> chars)
    {
        ref var source = ref MemoryMarshal.GetReference(escaped);
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
        var backslash = Vector128.Create((byte)'\\');
        var length = escaped.Length;
        var read = 0;
        var written = 0;
        while (read < length)
        {
            if (length - read >= Vector128<byte>.Count)
            {
                // Widen all sixteen bytes; only those before the first backslash or non-ASCII byte count. Since no byte
                // gives more than one character, written + 16 never passes the end of the buffer.
                var block = Vector128.LoadUnsafe(ref source, (nuint)read);
                var (low, high) = Vector128.Widen(block);
                low.StoreUnsafe(ref target, (nuint)written);
                high.StoreUnsafe(ref target, (nuint)(written + Vector128<ushort>.Count));
                var special = Vector128.Equals(block, backslash).ExtractMostSignificantBits() | block.ExtractMostSignificantBits();
                if (special == 0)
                {
                    read += Vector128<byte>.Count;
                    written += Vector128<byte>.Count;
                    continue;
                }
                var plain = BitOperations.TrailingZeroCount(special);
                read += plain;
                written += plain;
            }
            else
            {
                var next = Unsafe.Add(ref source, read);
                if (next < 0x80 && next != (byte)'\\')
                {
                    Unsafe.Add(ref target, written++) = next;
                    read++;
                    continue;
                }
            }

            if (Unsafe.Add(ref source, read) == (byte)'\\')
            {
                // The reader has checked that a valid escape follows; the one-letter escapes are decoded right here.
                var letter = Unsafe.Add(ref source, read + 1);
                if (letter == (byte)'u')
                {
                    read = DecodeUnicodeEscape(escaped, read, chars, ref written);
                    continue;
                }
                Unsafe.Add(ref target, written++) = letter switch
                {
                    (byte)'n' => '\n',
                    (byte)'t' => '\t',
                    (byte)'r' => '\r',
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    _ => letter, // \" \\ \/
                };
                read += 2;
                continue;
            }

            // Raw non-ASCII text: transcode (and check) everything up to the next escape.
            var run = escaped.Slice(read);
            var end = run.IndexOf((byte)'\\');
            if (end >= 0) run = run.Slice(0, end);
            if (Utf8.ToUtf16(run, chars.Slice(written), out var bytesRead, out var charsWritten, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw JsonReadErrors.InvalidText();
            }
            read += bytesRead;
            written += charsWritten;
        }
        return written;
    }

    /// <summary>Decodes the <c>\uXXXX</c> escape at <paramref name="at"/> (its backslash) and returns the position after it.</summary>
    private static int DecodeUnicodeEscape(ReadOnlySpan<byte> escaped, int at, Span<char> chars, ref int written)
    {
        var decoded = Hex(escaped.Slice(at + 2, 4));
        if (char.IsSurrogate(decoded))
        {
            // A high surrogate must be followed by an escaped low one; a low one alone is not text.
            if (!char.IsHighSurrogate(decoded)
                || escaped.Length - at < 12
                || escaped[at + 6] != (byte)'\\'
                || escaped[at + 7] != (byte)'u'
                || !char.IsLowSurrogate(Hex(escaped.Slice(at + 8, 4))))
            {
                throw JsonReadErrors.InvalidText();
            }
            chars[written++] = decoded;
            chars[written++] = Hex(escaped.Slice(at + 8, 4));
            return at + 12;
        }
        chars[written++] = decoded;
        return at + 6;
    }

    // The reader has checked that an escape's four characters are hexadecimal digits.
    private static char Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = digits[i];
            value = (value << 4) | (digit <= (byte)'9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }
        return (char)value;
    }
}
#endif
