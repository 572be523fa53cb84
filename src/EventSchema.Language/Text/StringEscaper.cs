using System.Globalization;
using System.Text;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Text;

/// <summary>
/// The one classification of characters the toolchain never writes raw into text a person or a compiler reads
/// (generated C#, JSON, schema literals, baselines, messages), and the quoting shared by JSON and schema string
/// literals, whose escapes are the same.
/// </summary>
internal static class StringEscaper
{
    /// <summary>
    /// Characters that are always escaped: controls (NEL included), the line and paragraph separators, format
    /// characters (every bidirectional control among them), other characters that render as nothing, and surrogates
    /// (a lone one is not text; callers that keep valid pairs check for them first).
    /// </summary>
    public static bool IsNeverRaw(char c)
        => char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029'
        || CharacterFacts.IsBidirectionalControl(c) || CharacterFacts.IsInvisible(c);

    /// <summary>
    /// Appends <paramref name="value"/> in double quotes with the escapes JSON and the schema language share
    /// (<c>\" \\ \b \f \n \r \t \uXXXX</c>). Characters <see cref="IsNeverRaw"/> names are always escaped; with
    /// <paramref name="asciiOnly"/> every character outside printable ASCII is too, so the text is the same bytes on
    /// every machine.
    /// </summary>
    public static void AppendQuoted(StringBuilder builder, string value, bool asciiOnly, bool lowerCaseHex = false)
    {
        builder.Append('"');
        // Printable ASCII other than the quote and the backslash is written as it is: such runs are copied whole,
        // which matters for the long JSON Schema texts the generator quotes for every type.
        int plainStart = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') continue;
            if (i > plainStart) builder.Append(value, plainStart, i - plainStart);
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    bool pair = !asciiOnly && char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                    if (pair)
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (IsNeverRaw(c) || (asciiOnly && (c < ' ' || c > '~')))
                    {
                        builder.Append("\\u").Append(((int)c).ToString(lowerCaseHex ? "x4" : "X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
            plainStart = i + 1;
        }
        if (value.Length > plainStart) builder.Append(value, plainStart, value.Length - plainStart);
        builder.Append('"');
    }
}
