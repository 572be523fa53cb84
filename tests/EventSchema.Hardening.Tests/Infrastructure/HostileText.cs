using System.Globalization;
using System.Text;

namespace EventSchema.Hardening.Tests.Infrastructure;

/// <summary>Payloads that try to break out of generated C# literals and comments, and helpers to place them in schema text.</summary>
public static class HostileText
{
    /// <summary>Each payload with a readable name.</summary>
    public static IReadOnlyList<(string Name, string Value)> Payloads { get; } =
    [
        ("comment-end", "*/"), ("doc-comment-end", "**//"), ("quote", "\""), ("backslash", "\\"), ("raw-quotes", "\"\"\""),
        ("open-brace", "{"), ("close-brace", "}"), ("escaped-braces", "{{x}}"), ("cr", "\r"), ("lf", "\n"), ("crlf", "\r\n"),
        ("nel", "\u0085"), ("line-separator", "\u2028"), ("paragraph-separator", "\u2029"), ("nul", "\0"), ("tab", "\t"), ("escape", "\u001B"),
        ("lre", "\u202A"), ("rle", "\u202B"), ("pdf", "\u202C"), ("lro", "\u202D"), ("rlo", "\u202E"),
        ("lri", "\u2066"), ("rli", "\u2067"), ("fsi", "\u2068"), ("pdi", "\u2069"),
        ("zwsp", "\u200B"), ("zwnj", "\u200C"), ("zwj", "\u200D"), ("word-joiner", "\u2060"), ("bom", "\uFEFF"),
        ("statement", "\"; System.Environment.Exit(1); //"), ("xml", "</summary><b>&amp;"), ("directive", "\n#error injected\n"),
        ("interpolation", "$\"{System.Environment.Exit(1)}\""), ("verbatim", "@\""), ("unicode-escape-text", "\\u000A"),
        ("trojan-source", "x\u202E } \u2066// \u2069\u2066"),
    ];

    /// <summary><paramref name="value"/> as the inside of a schema string literal, every character that needs it escaped.</summary>
    public static string Escaped(string value)
    {
        var builder = new StringBuilder();
        foreach (char c in value)
        {
            if (c == '"' || c == '\\') builder.Append('\\').Append(c);
            else if (c < ' ' || c > '~') builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary><paramref name="value"/> written raw inside a schema string literal: only what would end the literal is escaped.</summary>
    public static string Raw(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>The first character generated C# must never hold raw: controls other than CR, LF and tab, format characters (bidi, zero-width), NEL, LS, PS and lone surrogates.</summary>
    public static (int Index, char Character)? FindForbiddenCharacter(string source)
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c is '\r' or '\n' or '\t') continue;
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                i++;
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsControl(c) || char.IsSurrogate(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return (i, c);
            }
        }
        return null;
    }
}
