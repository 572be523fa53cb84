using System;
#if NET8_0_OR_GREATER
using System.Buffers;
using System.Text;
#endif

namespace EventSchema.Json;

/// <summary>
/// String escaping as <see cref="System.Text.Json.Utf8JsonWriter"/> does it with the default encoder
/// (<c>JavaScriptEncoder.Default</c>): printable ASCII is kept except <c>"</c>, <c>\</c> and the HTML-sensitive
/// <c>&lt; &gt; &amp; ' + `</c>; <c>\b \t \n \f \r \\</c> have short forms; everything else is <c>\uXXXX</c> in
/// upper-case hex, a surrogate pair as two escapes.
/// </summary>
internal static class JsonEscaping
{
#if NET8_0_OR_GREATER
    private static readonly SearchValues<char> s_plain = SearchValues.Create(PlainCharacters());

    private static string PlainCharacters()
    {
        var plain = new StringBuilder();
        for (var c = ' '; c <= '~'; c++)
        {
            if (IsPlain(c)) plain.Append(c);
        }
        return plain.ToString();
    }
#endif

    // Bit c of the two words is set when character c (below 128) is written as itself.
    private static readonly ulong s_plainLow = PlainBits(0);
    private static readonly ulong s_plainHigh = PlainBits(64);

    private static ulong PlainBits(int first)
    {
        ulong bits = 0;
        for (var i = 0; i < 64; i++)
        {
            if (IsPlain((char)(first + i))) bits |= 1UL << i;
        }
        return bits;
    }

    /// <summary>Whether <paramref name="c"/> is written as itself, by a table lookup.</summary>
    public static bool IsPlainAscii(char c)
        => c < 64 ? ((s_plainLow >> c) & 1) != 0 : c < 128 && ((s_plainHigh >> (c - 64)) & 1) != 0;

    /// <summary>Whether <paramref name="c"/> is written as itself.</summary>
    public static bool IsPlain(char c)
        => c >= ' ' && c <= '~' && c is not ('"' or '\\' or '<' or '>' or '&' or '\'' or '+' or '`');

    /// <summary>How many characters at the start of <paramref name="text"/> are written as themselves.</summary>
    public static int PlainPrefixLength(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        var index = text.IndexOfAnyExcept(s_plain);
        return index < 0 ? text.Length : index;
#else
        var i = 0;
        while (i < text.Length && IsPlain(text[i])) i++;
        return i;
#endif
    }

    /// <summary>Copies ASCII characters as bytes; returns how many were written.</summary>
    public static int CopyAscii(ReadOnlySpan<char> ascii, Span<byte> destination)
    {
#if NET8_0_OR_GREATER
        Ascii.FromUtf16(ascii, destination, out var written);
        return written;
#else
        for (var i = 0; i < ascii.Length; i++) destination[i] = (byte)ascii[i];
        return ascii.Length;
#endif
    }

    /// <summary>Writes the escape of a character that is not plain and not a surrogate; returns the new position.</summary>
    public static int WriteEscaped(char c, byte[] buffer, int at)
    {
        byte shortForm = c switch
        {
            '\b' => (byte)'b',
            '\t' => (byte)'t',
            '\n' => (byte)'n',
            '\f' => (byte)'f',
            '\r' => (byte)'r',
            '\\' => (byte)'\\',
            _ => 0,
        };
        if (shortForm == 0) return WriteUnicodeEscape(c, buffer, at);
        buffer[at] = (byte)'\\';
        buffer[at + 1] = shortForm;
        return at + 2;
    }

    /// <summary>Writes <c>\uXXXX</c> in upper-case hex; returns the new position.</summary>
    public static int WriteUnicodeEscape(char c, byte[] buffer, int at)
    {
        buffer[at] = (byte)'\\';
        buffer[at + 1] = (byte)'u';
        buffer[at + 2] = Hex(c >> 12);
        buffer[at + 3] = Hex((c >> 8) & 0xF);
        buffer[at + 4] = Hex((c >> 4) & 0xF);
        buffer[at + 5] = Hex(c & 0xF);
        return at + 6;
    }

    private static byte Hex(int digit) => (byte)(digit < 10 ? '0' + digit : 'A' + digit - 10);
}
