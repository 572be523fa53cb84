using System.Globalization;

namespace EventSchema.Language.Syntax;

/// <summary>Character classes the lexer and the name checks share.</summary>
internal static class CharacterFacts
{
    public static bool IsAsciiIdentifierStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    public static bool IsAsciiIdentifierPart(char c) => IsAsciiIdentifierStart(c) || (uint)(c - '0') <= 9;

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>
    /// Whether a part of <paramref name="name"/> (simple or dotted) starts with a digit, as <c>1Abc</c>: the parser has
    /// reported it (ES0008), so nothing is declared or resolved by that name and nothing more is said of it.
    /// </summary>
    public static bool HasPartStartingWithDigit(string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            if ((i == 0 || name[i - 1] == '.') && IsDigit(name[i])) return true;
        }
        return false;
    }

    public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

    /// <summary>Blanks other than line breaks.</summary>
    public static bool IsWhitespace(char c)
        => c == ' ' || c == '\t' || c == '\v' || c == '\f'
        || (c >= '\u0080' && !IsLineBreak(c) && char.IsWhiteSpace(c));

    /// <summary>Characters that reorder how text is displayed: the "trojan source" characters.</summary>
    public static bool IsBidirectionalControl(char c)
        => c == '\u061C' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Characters that render as nothing: format characters and fillers.</summary>
    public static bool IsInvisible(char c)
    {
        if (c < '\u00AD') return false;
        if (c == '\u00AD' || c == '\u034F' || c == '\u115F' || c == '\u1160' || c == '\u17B4' || c == '\u17B5'
            || c == '\u180E' || c == '\u3164' || c == '\uFFA0') return true;
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
    }

    /// <summary>
    /// How many code units of a non-ASCII letter, digit, mark or format character start at <paramref name="index"/>
    /// (0, 1 or 2). The lexer keeps them inside a name, so the binder can report the name as a whole.
    /// </summary>
    public static int ExtendedIdentifierPartLength(string text, int index)
    {
        char c = text[index];
        if (c < '\u0080') return 0;
        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
                && IsLetterOrMarkOrDigit(CharUnicodeInfo.GetUnicodeCategory(text, index)) ? 2 : 0;
        }
        if (char.IsSurrogate(c)) return 0;
        if (c == ReplacementCharacter) return 1;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return IsLetterOrMarkOrDigit(category) || category == UnicodeCategory.Format || IsInvisible(c) ? 1 : 0;
    }

    /// <summary>How many code units of a non-ASCII letter start at <paramref name="index"/> (0, 1 or 2).</summary>
    public static int ExtendedIdentifierStartLength(string text, int index)
    {
        char c = text[index];
        if (c < '\u0080') return 0;
        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
                && IsLetter(CharUnicodeInfo.GetUnicodeCategory(text, index)) ? 2 : 0;
        }
        if (char.IsSurrogate(c) || IsInvisible(c)) return 0;
        if (c == ReplacementCharacter) return 1;
        return IsLetter(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
    }

    /// <summary>
    /// U+FFFD, where a byte that is not UTF-8 was read (a Latin-1 letter). In a name it stands for the letter that was
    /// lost, so the name stays one token and ES0014 alone reports it.
    /// </summary>
    public const char ReplacementCharacter = '\uFFFD';

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool IsLetterOrMarkOrDigit(UnicodeCategory category) => IsLetter(category) || category is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.ConnectorPunctuation;
}
