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
        foreach (char c in NameWords.ToPascalCase(text))
        {
            if (!char.IsAsciiLetterOrDigit(c) || (result.Length == 0 && char.IsAsciiDigit(c))) continue;
            result.Append(result.Length == 0 ? char.ToUpperInvariant(c) : c);
        }
        return result.Length == 0 ? null : result.ToString();
    }
}
