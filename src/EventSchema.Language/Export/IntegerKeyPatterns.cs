using System.Collections.Generic;
using System.Text;

namespace EventSchema.Language.Export;

/// <summary>
/// ECMA-262 patterns for the text of an <c>int</c> or <c>long</c> map key, the way the readers accept it: a canonical
/// decimal (no '+', no leading zeros, no "-0") inside the type's range. JSON Schema's <c>propertyNames</c> sees a key
/// only as a string, so the range is spelled out digit by digit.
/// </summary>
internal static class IntegerKeyPatterns
{
    public static readonly string Int32 = Build("2147483647", "2147483648");

    public static readonly string Int64 = Build("9223372036854775807", "9223372036854775808");

    private static string Build(string maxPositive, string maxNegative)
        => "^(?:0|" + UpTo(maxPositive) + "|-(?:" + UpTo(maxNegative) + "))$";

    /// <summary>Alternatives matching every canonical whole number from 1 to <paramref name="max"/>.</summary>
    private static string UpTo(string max)
    {
        var alternatives = new List<string>();
        // Fewer digits than max: anything without a leading zero.
        if (max.Length > 1) alternatives.Add(max.Length == 2 ? "[1-9][0-9]?" : "[1-9][0-9]{0," + (max.Length - 2) + "}");
        // As many digits: a prefix of max, then one smaller digit, then anything.
        for (int i = 0; i < max.Length; i++)
        {
            char lowest = i == 0 ? '1' : '0';
            if (max[i] <= lowest) continue;
            var alternative = new StringBuilder(max.Substring(0, i));
            char highest = (char)(max[i] - 1);
            alternative.Append(lowest == highest ? lowest.ToString() : "[" + lowest + "-" + highest + "]");
            int rest = max.Length - i - 1;
            if (rest > 0) alternative.Append("[0-9]").Append(rest == 1 ? string.Empty : "{" + rest + "}");
            alternatives.Add(alternative.ToString());
        }
        alternatives.Add(max);
        return string.Join("|", alternatives);
    }
}
