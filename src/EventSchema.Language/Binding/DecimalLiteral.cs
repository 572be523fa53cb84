using System.Globalization;
using System.Text;

namespace EventSchema.Language.Binding;

/// <summary>
/// Number literals of bounds and defaults, which the language holds as decimal numbers (for <c>double</c> fields too):
/// a literal is taken only when a <see cref="decimal"/> holds it exactly, so <c>1e-40</c> is not read as 0 and
/// <c>1.0000000000000000000000000000001</c> is not rounded to 1 without a word.
/// </summary>
internal static class DecimalLiteral
{
    /// <summary>What a literal must be, for the messages of ES0035 and ES0043.</summary>
    public const string Requirement = "a number within ±79228162514264337593543950335 with at most 28 significant digits";

    /// <summary>The literal's value, when it is within the decimal range and needs no rounding.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (!decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value)) return false;
        // Most literals (0, 1.5, 200) have few digits and no exponent: a decimal holds up to 28 digits exactly.
        if (IsShortPlainNumber(text)) return true;
        return Normalize(text) is { } written && written == Normalize(value.ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsShortPlainNumber(string text)
    {
        int digits = 0;
        foreach (char c in text)
        {
            if (c is >= '0' and <= '9') digits++;
            else if (c is 'e' or 'E') return false;
        }
        return digits <= 28;
    }

    /// <summary>
    /// The value of a number's text as sign, significant digits and power of ten (<c>-1.50e3</c> is <c>-15e2</c>), so
    /// two texts of one number compare equal; null when the text is not a number.
    /// </summary>
    private static string? Normalize(string text)
    {
        var digits = new StringBuilder(text.Length);
        bool negative = false, point = false;
        long exponent = 0;
        int i = 0;
        if (i < text.Length && text[i] is '-' or '+') negative = text[i++] == '-';
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
                if (point) exponent--;
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else if (c is 'e' or 'E')
            {
                // Far beyond any decimal: a larger exponent only needs to stay far beyond it.
                if (!long.TryParse(text.Substring(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long power))
                {
                    if (!IsSignedDigits(text, i + 1)) return null;
                    power = text[i + 1] == '-' ? -1_000_000_000 : 1_000_000_000;
                }
                exponent += power;
                break;
            }
            else
            {
                return null;
            }
        }
        string significant = digits.ToString().TrimStart('0');
        string trimmed = significant.TrimEnd('0');
        if (trimmed.Length == 0) return "0";
        exponent += significant.Length - trimmed.Length;
        return (negative ? "-" : string.Empty) + trimmed + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsSignedDigits(string text, int start)
    {
        if (start < text.Length && text[start] is '-' or '+') start++;
        if (start >= text.Length) return false;
        for (int i = start; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9') return false;
        }
        return true;
    }
}
