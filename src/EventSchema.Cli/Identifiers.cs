using System.Text;

namespace EventSchema.Cli;

/// <summary>Checks and converts names the way the schema language spells them.</summary>
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

    /// <summary><c>OrderPlaced</c> becomes <c>order-placed</c>.</summary>
    public static string ToKebabCase(string name)
    {
        var text = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsAsciiLetterUpper(c))
            {
                bool boundary = i > 0 && (char.IsAsciiLetterLower(name[i - 1]) || char.IsAsciiDigit(name[i - 1])
                    || (i + 1 < name.Length && char.IsAsciiLetterLower(name[i + 1]) && char.IsAsciiLetterUpper(name[i - 1])));
                if (boundary) text.Append('-');
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c == '_' ? '-' : c);
            }
        }
        return text.ToString();
    }

    /// <summary><c>sales-orders</c> becomes <c>SalesOrders</c>; null when nothing usable is left.</summary>
    public static string? ToPascalCase(string text)
    {
        var result = new StringBuilder();
        bool upper = true;
        foreach (char c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c)) { upper = true; continue; }
            if (result.Length == 0 && char.IsAsciiDigit(c)) continue;
            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return result.Length == 0 ? null : result.ToString();
    }
}
