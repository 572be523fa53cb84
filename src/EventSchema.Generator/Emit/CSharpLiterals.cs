using System.Globalization;
using System.Text;
using EventSchema.Language.Text;

namespace EventSchema.Generator.Emit;

/// <summary>C# literals and XML doc text made safe: whatever a schema holds cannot end a literal or a comment early.</summary>
internal static class CSharpLiterals
{
    /// <summary>
    /// A regular C# string literal, every character that could end or break it escaped. JSON's escapes are a subset of
    /// C#'s, so the front end's quoting serves here too: one classification of what is never written raw, valid
    /// surrogate pairs kept as they are, lone surrogates escaped.
    /// </summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        StringEscaper.AppendQuoted(builder, value, asciiOnly: false);
        return builder.ToString();
    }

    /// <summary>The text of an interpolated string's literal part: like <see cref="String"/>'s, with braces doubled.</summary>
    public static string InterpolatedText(string value)
    {
        string literal = String(value);
        return literal.Substring(1, literal.Length - 2).Replace("{", "{{").Replace("}", "}}");
    }

    /// <summary>A C# char literal.</summary>
    public static string Char(char c) => c switch
    {
        '\'' => "'\\''",
        '\\' => "'\\\\'",
        '\n' => "'\\n'",
        '\r' => "'\\r'",
        '\t' => "'\\t'",
        // Pattern code compares code units: beyond what is never raw, every non-ASCII one is written as a number too.
        _ when StringEscaper.IsNeverRaw(c) || c > '~' => "'\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "'",
        _ => "'" + c + "'",
    };

    /// <summary>
    /// Text for an XML doc comment line: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> escaped and every kind of
    /// line break (CR, LF, NEL, LS, PS) removed, so the text cannot leave the comment.
    /// </summary>
    public static string XmlText(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029': builder.Append(' '); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append(' ');
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // A lone surrogate is not XML; the replacement character keeps the text readable.
                        builder.Append('\uFFFD');
                    }
                    else if (StringEscaper.IsNeverRaw(c))
                    {
                        // Bidi controls and zero-width characters would hide text from reviewers: write them as visible references.
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Splits documentation into lines at every kind of line break, each made safe by <see cref="XmlText"/>.</summary>
    public static string[] XmlLines(string documentation)
    {
        string normalized = documentation.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u0085', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n');
        string[] lines = normalized.Split('\n');
        for (int i = 0; i < lines.Length; i++) lines[i] = XmlText(lines[i]).TrimEnd();
        return lines;
    }
}
