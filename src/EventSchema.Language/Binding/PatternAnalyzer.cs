using System;
using System.Text.RegularExpressions;

namespace EventSchema.Language.Binding;

/// <summary>
/// Checks a <c>@pattern</c>: that .NET can parse it, and that it uses no construct a linear-time
/// (non-backtracking) engine cannot run. The second check reads the pattern's own constructs, because
/// <c>RegexOptions.NonBacktracking</c> does not exist on netstandard2.0 or .NET Framework.
/// </summary>
internal static class PatternAnalyzer
{
    /// <summary>A construct that needs backtracking: where it is in the pattern and what it is called.</summary>
    internal readonly record struct Finding(int Start, int Length, string Construct);

    /// <summary>Parses the pattern; returns the parser's message when it is invalid, else null.</summary>
    public static string? Validate(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None);
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message.TrimEnd();
        }
    }

    /// <summary>The first construct in a valid pattern that needs backtracking, if any.</summary>
    public static Finding? FindNonLinearConstruct(string pattern)
    {
        bool extendedWhitespace = false;
        int i = 0;
        while (i < pattern.Length)
        {
            char c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= pattern.Length) return null;
                    char escaped = pattern[i + 1];
                    if (escaped >= '1' && escaped <= '9') return new Finding(i, EscapeDigitsLength(pattern, i), "a backreference");
                    if (escaped == 'k' && i + 2 < pattern.Length && (pattern[i + 2] == '<' || pattern[i + 2] == '\'' || pattern[i + 2] == '{'))
                    {
                        return new Finding(i, GroupNameEnd(pattern, i + 3) - i, "a named backreference");
                    }
                    if (escaped == 'G') return new Finding(i, 2, "the \\G anchor");
                    i += escaped == 'p' || escaped == 'P' ? SkipCategory(pattern, i) : 2;
                    break;
                case '[':
                    i = SkipCharacterClass(pattern, i);
                    break;
                case '#' when extendedWhitespace:
                    while (i < pattern.Length && pattern[i] != '\n') i++;
                    break;
                case '(':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        var finding = InspectGroup(pattern, i, ref extendedWhitespace);
                        if (finding is not null) return finding;
                        if (i + 2 < pattern.Length && pattern[i + 2] == '#')
                        {
                            while (i < pattern.Length && pattern[i] != ')') i++;
                        }
                    }
                    i++;
                    break;
                case '*': case '+': case '?': case '}':
                    // A quantifier followed by '+' would be possessive in other regex dialects; .NET rejects it as
                    // a nested quantifier, but say plainly why it cannot be supported either way.
                    if (i + 1 < pattern.Length && pattern[i + 1] == '+' && (c != '?' || IsQuantifierTarget(pattern, i)))
                    {
                        return new Finding(i, 2, "a possessive quantifier");
                    }
                    i++;
                    break;
                default:
                    i++;
                    break;
            }
        }
        return null;
    }

    private static bool IsQuantifierTarget(string pattern, int questionIndex)
        => questionIndex > 0 && pattern[questionIndex - 1] != '(';

    private static Finding? InspectGroup(string pattern, int open, ref bool extendedWhitespace)
    {
        // pattern[open] == '(' and pattern[open + 1] == '?'
        if (open + 2 >= pattern.Length) return null;
        char kind = pattern[open + 2];
        switch (kind)
        {
            case '=': return new Finding(open, 3, "a lookahead");
            case '!': return new Finding(open, 3, "a negative lookahead");
            case '>': return new Finding(open, 3, "an atomic group");
            case '(': return new Finding(open, 3, "a conditional");
            case '<':
                if (open + 3 < pattern.Length && pattern[open + 3] == '=') return new Finding(open, 4, "a lookbehind");
                if (open + 3 < pattern.Length && pattern[open + 3] == '!') return new Finding(open, 4, "a negative lookbehind");
                return BalancingGroup(pattern, open, '>');
            case '\'':
                return BalancingGroup(pattern, open, '\'');
            default:
                // Inline options such as (?x) or (?x: … ) switch on whitespace mode, where '#' starts a comment.
                int j = open + 2;
                bool on = true;
                while (j < pattern.Length && (char.IsLetter(pattern[j]) || pattern[j] == '-'))
                {
                    if (pattern[j] == '-') on = false;
                    else if (pattern[j] == 'x') extendedWhitespace = on;
                    j++;
                }
                return null;
        }
    }

    private static Finding? BalancingGroup(string pattern, int open, char close)
    {
        int end = GroupNameEnd(pattern, open + 3);
        for (int k = open + 3; k < end && k < pattern.Length; k++)
        {
            if (pattern[k] == '-') return new Finding(open, end - open, "a balancing group");
            if (pattern[k] == close) break;
        }
        return null;
    }

    private static int GroupNameEnd(string pattern, int start)
    {
        int k = start;
        while (k < pattern.Length && pattern[k] != '>' && pattern[k] != '\'' && pattern[k] != '}') k++;
        return Math.Min(k + 1, pattern.Length);
    }

    private static int EscapeDigitsLength(string pattern, int backslash)
    {
        int k = backslash + 1;
        while (k < pattern.Length && pattern[k] >= '0' && pattern[k] <= '9') k++;
        return k - backslash;
    }

    private static int SkipCategory(string pattern, int backslash)
    {
        int k = backslash + 2;
        if (k < pattern.Length && pattern[k] == '{')
        {
            while (k < pattern.Length && pattern[k] != '}') k++;
            if (k < pattern.Length) k++;
        }
        return k - backslash;
    }

    /// <summary>Skips <c>[…]</c>, where a <c>]</c> right after <c>[</c> or <c>[^</c> is literal and escapes don't end the class.</summary>
    private static int SkipCharacterClass(string pattern, int open)
    {
        int k = open + 1;
        if (k < pattern.Length && pattern[k] == '^') k++;
        if (k < pattern.Length && pattern[k] == ']') k++;
        while (k < pattern.Length)
        {
            char c = pattern[k];
            if (c == '\\') { k += 2; continue; }
            if (c == '[' && k + 1 < pattern.Length && pattern[k + 1] == ':')
            {
                k++;
                continue;
            }
            if (c == ']') return k + 1;
            k++;
        }
        return pattern.Length;
    }
}
