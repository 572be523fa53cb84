using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EventSchema.Generator.Emit;

namespace EventSchema.Generator.Patterns;

/// <summary>
/// Turns the simple patterns that dominate schemas into plain C# matching code, with the same result as
/// <c>Regex.IsMatch</c>: sequences of literals, character classes, <c>.</c> and <c>\d</c> with <c>?</c>,
/// <c>*</c>, <c>+</c>, <c>{n}</c>, <c>{n,}</c> and <c>{n,m}</c>, optionally anchored by <c>^</c> and <c>$</c>;
/// and <c>^(a|b|c)$</c> over literals. Greedy matching without backtracking is only correct when each
/// repeated atom cannot also match what follows it, so other sequences fall back to a regular expression.
/// </summary>
internal static class PatternCompiler
{
    /// <summary>The source of a <c>private static bool {methodName}(string value)</c> that matches <paramref name="pattern"/>; null when the pattern is not simple.</summary>
    public static string? TryCompile(string pattern, string methodName)
    {
        var alternatives = TryParseLiteralAlternation(pattern);
        if (alternatives is not null) return EmitAlternation(pattern, methodName, alternatives);

        var parsed = TryParseSequence(pattern);
        if (parsed is null || !IsDeterministic(parsed.Value.Elements)) return null;
        return EmitSequence(pattern, methodName, parsed.Value.AnchoredStart, parsed.Value.AnchoredEnd, parsed.Value.Elements);
    }

    private sealed record Element(CharSet Set, int Min, int Max);

    private static (bool AnchoredStart, bool AnchoredEnd, List<Element> Elements)? TryParseSequence(string pattern)
    {
        int pos = 0;
        bool anchoredStart = false, anchoredEnd = false;
        if (pattern.StartsWith("^", System.StringComparison.Ordinal))
        {
            anchoredStart = true;
            pos = 1;
        }
        var elements = new List<Element>();
        while (pos < pattern.Length)
        {
            char c = pattern[pos];
            if (c == '$')
            {
                if (pos != pattern.Length - 1) return null;
                anchoredEnd = true;
                pos++;
                break;
            }
            CharSet? set = ParseAtom(pattern, ref pos);
            if (set is null) return null;
            if (!TryParseQuantifier(pattern, ref pos, out int min, out int max)) return null;
            elements.Add(new Element(set, min, max));
        }
        return (anchoredStart, anchoredEnd, elements);
    }

    private static CharSet? ParseAtom(string pattern, ref int pos)
    {
        char c = pattern[pos];
        switch (c)
        {
            case '\\':
                pos++;
                if (pos >= pattern.Length) return null;
                char escaped = pattern[pos++];
                if (escaped == 'd') return new CharSet { Digits = true };
                if (escaped == 'D') return new CharSet { Digits = true, Negated = true };
                char? literal = EscapedLiteral(escaped);
                return literal is null ? null : CharSet.Single(literal.Value);
            case '[':
                return ParseClass(pattern, ref pos);
            case '.':
                pos++;
                return new CharSet { AnyButLineFeed = true };
            case '(' or ')' or '|' or '^' or '$' or '*' or '+' or '?' or '{' or '}' or ']':
                return null;
            default:
                pos++;
                return CharSet.Single(c);
        }
    }

    // An escape that stands for one character; letters with other meanings (\w, \b, \p, \1, ...) are not simple.
    private static char? EscapedLiteral(char escaped) => escaped switch
    {
        't' => '\t',
        'n' => '\n',
        'r' => '\r',
        'f' => '\f',
        'v' => '\v',
        'e' => '\u001B',
        _ when char.IsLetterOrDigit(escaped) || escaped == '_' => null,
        _ when escaped < 128 => escaped,
        _ => null,
    };

    private static CharSet? ParseClass(string pattern, ref int pos)
    {
        pos++; // [
        var set = new CharSet();
        if (pos < pattern.Length && pattern[pos] == '^')
        {
            set.Negated = true;
            pos++;
        }
        bool first = true;
        while (pos < pattern.Length && (pattern[pos] != ']' || first))
        {
            first = false;
            if (pattern[pos] == '[') return null; // subtraction and POSIX-looking classes
            char low;
            if (pattern[pos] == '\\')
            {
                if (pos + 1 >= pattern.Length) return null;
                char escaped = pattern[pos + 1];
                pos += 2;
                if (escaped == 'd') { set.Digits = true; continue; }
                if (escaped == 'D') { set.NonDigits = true; continue; }
                char? literal = EscapedLiteral(escaped);
                if (literal is null) return null;
                low = literal.Value;
            }
            else
            {
                low = pattern[pos++];
            }

            if (pos + 1 < pattern.Length && pattern[pos] == '-' && pattern[pos + 1] != ']')
            {
                pos++;
                char high;
                if (pattern[pos] == '\\')
                {
                    if (pos + 1 >= pattern.Length) return null;
                    char? literal = EscapedLiteral(pattern[pos + 1]);
                    if (literal is null) return null;
                    high = literal.Value;
                    pos += 2;
                }
                else if (pattern[pos] == '[')
                {
                    return null;
                }
                else
                {
                    high = pattern[pos++];
                }
                if (high < low) return null;
                set.Add(low, high);
            }
            else
            {
                set.Add(low, low);
            }
        }
        if (pos >= pattern.Length) return null;
        pos++; // ]
        return set;
    }

    private static bool TryParseQuantifier(string pattern, ref int pos, out int min, out int max)
    {
        min = 1;
        max = 1;
        if (pos >= pattern.Length) return true;
        switch (pattern[pos])
        {
            case '?': min = 0; max = 1; pos++; break;
            case '*': min = 0; max = int.MaxValue; pos++; break;
            case '+': min = 1; max = int.MaxValue; pos++; break;
            case '{':
                int close = pattern.IndexOf('}', pos);
                if (close < 0) return false;
                string[] bounds = pattern.Substring(pos + 1, close - pos - 1).Split(',');
                if (bounds.Length > 2 || !TryParseBound(bounds[0], out min)) return false;
                if (bounds.Length == 1) max = min;
                else if (bounds[1].Length == 0) max = int.MaxValue;
                else if (!TryParseBound(bounds[1], out max) || max < min) return false;
                pos = close + 1;
                break;
            default:
                return true;
        }
        // Lazy quantifiers and a second quantifier are left to the regular expression.
        return pos >= pattern.Length || pattern[pos] is not ('?' or '*' or '+' or '{');
    }

    private static bool TryParseBound(string text, out int value)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= 100_000;

    // Each repeated atom must not match what could come right after it, or greedy matching could eat it.
    private static bool IsDeterministic(List<Element> elements)
    {
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].Min == elements[i].Max) continue;
            for (int j = i + 1; j < elements.Count; j++)
            {
                if (!elements[i].Set.IsDisjointFrom(elements[j].Set)) return false;
                if (elements[j].Min > 0) break;
            }
        }
        return true;
    }

    private static List<string>? TryParseLiteralAlternation(string pattern)
    {
        string? body = null;
        if (pattern.StartsWith("^(?:", System.StringComparison.Ordinal) && pattern.EndsWith(")$", System.StringComparison.Ordinal))
            body = pattern.Substring(4, pattern.Length - 6);
        else if (pattern.StartsWith("^(", System.StringComparison.Ordinal) && pattern.EndsWith(")$", System.StringComparison.Ordinal) && !pattern.StartsWith("^(?", System.StringComparison.Ordinal))
            body = pattern.Substring(2, pattern.Length - 4);
        if (body is null || body.IndexOf('|') < 0) return null;

        var alternatives = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '|')
            {
                alternatives.Add(current.ToString());
                current.Clear();
            }
            else if (c == '\\')
            {
                if (i + 1 >= body.Length) return null;
                char? literal = EscapedLiteral(body[++i]);
                if (literal is null) return null;
                current.Append(literal.Value);
            }
            else if ("()[]{}.*+?^$".IndexOf(c) >= 0)
            {
                return null;
            }
            else
            {
                current.Append(c);
            }
        }
        alternatives.Add(current.ToString());
        return alternatives;
    }

    private static string EmitAlternation(string pattern, string methodName, List<string> alternatives)
    {
        string choices = string.Join(" or ", alternatives.Distinct().Select(CSharpLiterals.String));
        // .NET's $ also matches before a final line feed.
        return $$"""
            // {{CSharpLiterals.XmlText(pattern)}}
            private static bool {{methodName}}(string value)
            {
                return IsChoice(value)
                    || (global::EventSchema.ValidationRules.EndsWithLineFeed(value) && IsChoice(value.Substring(0, value.Length - 1)));

                static bool IsChoice(string text) => text is {{choices}};
            }
            """;
    }

    private static string EmitSequence(string pattern, string methodName, bool anchoredStart, bool anchoredEnd, List<Element> elements)
    {
        var body = new StringBuilder();
        foreach (Element element in elements)
        {
            string condition = element.Set.Condition("value[pos]");
            if (element.Min == 1 && element.Max == 1)
            {
                body.Append("    if (pos >= value.Length || !").Append(Parenthesize(condition)).Append(") return false;\n");
                body.Append("    pos++;\n");
                continue;
            }
            string max = element.Max == int.MaxValue ? "int.MaxValue" : element.Max.ToString(CultureInfo.InvariantCulture);
            string min = element.Min.ToString(CultureInfo.InvariantCulture);
            body.Append("    {\n");
            body.Append("        int count = 0;\n");
            body.Append("        while (count < ").Append(max).Append(" && pos < value.Length && ").Append(condition).Append(")\n");
            body.Append("        {\n            pos++;\n            count++;\n        }\n");
            if (element.Min > 0) body.Append("        if (count < ").Append(min).Append(") return false;\n");
            body.Append("    }\n");
        }
        body.Append(anchoredEnd
            ? "    // .NET's $ also matches before a final line feed.\n    return pos == value.Length || (pos == value.Length - 1 && value[pos] == '\\n');"
            : "    return true;");

        string search = anchoredStart
            ? "return MatchAt(value, 0);"
            : """
              for (int start = 0; start <= value.Length; start++)
              {
                  if (MatchAt(value, start)) return true;
              }
              return false;
              """;
        var writer = new CodeWriter();
        writer.Line("// " + CSharpLiterals.XmlText(pattern));
        using (writer.Braces($"private static bool {methodName}(string value)"))
        {
            writer.Line(search);
            writer.Line();
            writer.Line("static bool MatchAt(string value, int pos)");
            writer.Line("{");
            writer.Line(body.ToString());
            writer.Line("}");
        }
        return writer.ToString().TrimEnd('\n');
    }

    private static string Parenthesize(string condition)
        => condition.StartsWith("(", System.StringComparison.Ordinal) || condition.StartsWith("!(", System.StringComparison.Ordinal) || condition.StartsWith("char.", System.StringComparison.Ordinal)
            ? condition
            : "(" + condition + ")";
}
