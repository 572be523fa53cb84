using System.Text;
using EventSchema.Language.Naming;

namespace EventSchema.Cli;

/// <summary>Checks names the way the schema language spells them, and makes them from file and project names.</summary>
internal static class Identifiers
{
    public static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_')) return false;
        foreach (char c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }

    /// <summary><c>OrderPlaced</c> becomes <c>order-placed</c>, word by word as <see cref="NameWords"/> splits it.</summary>
    public static string ToKebabCase(string name) => NameWords.ToKebabCase(name);

    /// <summary>
    /// <c>sales-orders</c> becomes <c>SalesOrders</c>: the words in PascalCase, keeping ASCII letters and digits, without
    /// leading digits; null when nothing usable is left.
    /// </summary>
    public static string? ToPascalCase(string text)
    {
        var result = new StringBuilder();
        foreach (char c in NameWords.ToPascalCase(WithoutDiacritics(text)))
        {
            if (!char.IsAsciiLetterOrDigit(c) || (result.Length == 0 && char.IsAsciiDigit(c))) continue;
            result.Append(result.Length == 0 ? char.ToUpperInvariant(c) : c);
        }
        return result.Length == 0 ? null : result.ToString();
    }

    // The ASCII letters of each of U+00C0 to U+017F (Latin-1 Supplement and Latin Extended-A), '|'-separated; empty
    // for the two signs among them. Spelled out because the tool runs with invariant globalization, without Normalize.
    private const string LatinLetters = "A|A|A|A|A|A|AE|C|E|E|E|E|I|I|I|I|D|N|O|O|O|O|O||O|U|U|U|U|Y|Th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y|A|a|A|a|A|a|C|c|C|c|C|c|C|c|D|d|D|d|E|e|E|e|E|e|E|e|E|e|G|g|G|g|G|g|G|g|H|h|H|h|I|i|I|i|I|i|I|i|I|i|IJ|ij|J|j|K|k|k|L|l|L|l|L|l|L|l|L|l|N|n|N|n|N|n|n|N|n|O|o|O|o|O|o|OE|oe|R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|T|t|T|t|U|u|U|u|U|u|U|u|U|u|U|u|W|w|Y|y|Y|Z|z|Z|z|Z|z|s";

    private static readonly string[] AsciiOfLatin = LatinLetters.Split('|');

    // 'été' becomes 'ete', 'Straße' 'Strasse': identifiers are ASCII, and a folder named in French, Spanish or German
    // keeps its letters.
    private static string WithoutDiacritics(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c >= '\u00C0' && c <= '\u017F') folded.Append(AsciiOfLatin[c - '\u00C0']);
            else folded.Append(c);
        }
        return folded.ToString();
    }
}
