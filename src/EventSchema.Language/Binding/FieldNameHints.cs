using System.Text;

namespace EventSchema.Language.Binding;

/// <summary>What to write instead of a field name that is no identifier, and the key under which two names become one C# name.</summary>
internal static class FieldNameHints
{
    /// <summary>A camelCase identifier for a wire name such as <c>port-code</c> or <c>port code</c>: <c>portCode</c>.</summary>
    public static string Identifier(string wireName)
    {
        var result = new StringBuilder(wireName.Length);
        bool upper = false;
        foreach (char c in wireName)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                if (result.Length == 0 && char.IsDigit(c)) result.Append('_');
                result.Append(upper && result.Length > 0 ? char.ToUpperInvariant(c) : result.Length == 0 ? char.ToLowerInvariant(c) : c);
                upper = false;
            }
            else if (c == '_' && result.Length == 0)
            {
                result.Append(c);
            }
            else
            {
                upper = true;
            }
        }
        return result.Length == 0 ? "field" : result.ToString();
    }

    /// <summary>
    /// The C# property name a field gets before any collision is resolved: the first letter of the name and of every
    /// part after '_' in upper case, the separators dropped, as the generator writes it. Two fields with the same key
    /// would be told apart only by a suffix the generator picks.
    /// </summary>
    public static string CSharpKey(string fieldName)
    {
        var result = new StringBuilder(fieldName.Length);
        bool upper = true;
        foreach (char c in fieldName)
        {
            if (c == '_' || c == '-') { upper = true; continue; }
            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return result.ToString();
    }

    /// <summary>Whether two names have the same <see cref="CSharpKey"/>, compared without building either.</summary>
    public static bool SameCSharpName(string a, string b)
    {
        int i = 0, j = 0;
        bool upperA = true, upperB = true;
        while (true)
        {
            while (i < a.Length && (a[i] == '_' || a[i] == '-')) { i++; upperA = true; }
            while (j < b.Length && (b[j] == '_' || b[j] == '-')) { j++; upperB = true; }
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            char x = upperA ? char.ToUpperInvariant(a[i]) : a[i];
            char y = upperB ? char.ToUpperInvariant(b[j]) : b[j];
            if (x != y) return false;
            i++;
            j++;
            upperA = upperB = false;
        }
    }
}
