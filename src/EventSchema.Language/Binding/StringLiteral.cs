using System.Globalization;
using System.Text;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>
/// A decoded string literal, with a map from each decoded character back to the source, so diagnostics about
/// part of a string (a summary hole, a regex construct) can point at exactly that part; and the encoder that writes a
/// value back as a literal (<see cref="Encode"/>), so whatever writes schema text quotes strings one way.
/// </summary>
public sealed class StringLiteral
{
    // Null when the literal has no escapes: then decoded character i is at source offset _firstCharacter + i.
    private readonly int[]? _sourceOffsets;
    private readonly int _firstCharacter;

    private StringLiteral(string value, int[]? sourceOffsets, int firstCharacter)
    {
        Value = value;
        _sourceOffsets = sourceOffsets;
        _firstCharacter = firstCharacter;
    }

    /// <summary>The decoded value.</summary>
    public string Value { get; }

    /// <summary>
    /// <paramref name="value"/> as a schema string literal, quotes included, that <see cref="Decode"/> reads back as
    /// <paramref name="value"/>: quotes, backslashes and the JSON control escapes are escaped, and so is every
    /// character that must never appear raw (controls, line separators, bidirectional and other invisible
    /// characters, lone surrogates). Other characters, non-ASCII letters included, stay readable.
    /// </summary>
    public static string Encode(string value)
    {
        if (value is null) throw new System.ArgumentNullException(nameof(value));
        var builder = new StringBuilder(value.Length + 2);
        StringEscaper.AppendQuoted(builder, value, asciiOnly: false);
        return builder.ToString();
    }

    /// <summary>The source span of decoded characters [start, start + length).</summary>
    public TextSpan MapSpan(int start, int length)
    {
        if (_sourceOffsets is null) return new TextSpan(_firstCharacter + start, length);
        int sourceStart = _sourceOffsets[start];
        int sourceEnd = length == 0 ? sourceStart : _sourceOffsets[start + length];
        return TextSpan.FromBounds(sourceStart, sourceEnd);
    }

    /// <summary>Decodes the token text of a string literal starting at <paramref name="tokenStart"/>; bad escapes (already reported) are kept as written.</summary>
    public static StringLiteral Decode(string tokenText, int tokenStart)
    {
        if (tokenText.IndexOf('\\') < 0)
        {
            int first = tokenText.Length > 0 && IsQuote(tokenText[0]) ? 1 : 0;
            int last = tokenText.Length > first && IsQuote(tokenText[tokenText.Length - 1]) ? tokenText.Length - 1 : tokenText.Length;
            return new StringLiteral(tokenText.Substring(first, last - first), null, tokenStart + first);
        }
        var builder = new StringBuilder(tokenText.Length);
        // offsets[i] is where decoded char i starts; one extra entry marks the end.
        var offsets = new int[tokenText.Length + 1];
        int count = 0;
        int end = tokenText.Length;
        if (end > 1 && IsQuote(tokenText[end - 1]) && !IsEscapedQuote(tokenText, end - 1)) end--;
        int i = tokenText.Length > 0 && IsQuote(tokenText[0]) ? 1 : 0;
        while (i < end)
        {
            char c = tokenText[i];
            int start = i;
            if (c == '\\' && i + 1 < end)
            {
                char e = tokenText[i + 1];
                char decoded;
                int consumed = 2;
                switch (e)
                {
                    case '"': decoded = '"'; break;
                    case '\\': decoded = '\\'; break;
                    case '/': decoded = '/'; break;
                    case 'b': decoded = '\b'; break;
                    case 'f': decoded = '\f'; break;
                    case 'n': decoded = '\n'; break;
                    case 'r': decoded = '\r'; break;
                    case 't': decoded = '\t'; break;
                    case 'u' when i + 6 <= end && int.TryParse(tokenText.Substring(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code):
                        decoded = (char)code;
                        consumed = 6;
                        break;
                    default:
                        decoded = c;
                        consumed = 1;
                        break;
                }
                offsets[count++] = tokenStart + start;
                builder.Append(decoded);
                i += consumed;
                continue;
            }
            offsets[count++] = tokenStart + start;
            builder.Append(c);
            i++;
        }
        offsets[count] = tokenStart + i;
        return new StringLiteral(builder.ToString(), offsets, tokenStart);
    }

    private static bool IsEscapedQuote(string text, int quoteIndex)
    {
        int backslashes = 0;
        for (int i = quoteIndex - 1; i >= 1 && text[i] == '\\'; i--) backslashes++;
        return (backslashes & 1) == 1 || quoteIndex == 0;
    }

    // The lexer reads text between curly quotes (“…”) or single quotes ('…'), reported as errors, as a string too.
    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\'';
}
