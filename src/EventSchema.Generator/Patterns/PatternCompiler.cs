using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EventSchema.Generator.Emit;
using EventSchema.Language.Patterns;

namespace EventSchema.Generator.Patterns;

/// <summary>
/// Turns the simple patterns that dominate schemas into plain C# matching code with the meaning the front end
/// gives patterns (ECMA-262 with the unicode flag, see <see cref="EcmaPattern"/>): a sequence of code point sets
/// (characters, classes, <c>.</c>, <c>\d</c>, <c>\p{…}</c>), each optionally repeated, anchored at the start by
/// <c>^</c>; and <c>^(a|b|c)$</c> over literals. Greedy matching without backtracking is only correct when each
/// repeated set cannot also match what follows it, and an unanchored search stays linear only over fixed-length
/// sequences, so other patterns run on the translated regular expression.
/// </summary>
internal static class PatternCompiler
{
    // Sets with more ranges than this are tested with a binary search over a table rather than inline comparisons.
    private const int InlineRangeLimit = 6;

    // An unanchored pattern is tried at every position: keep each try short.
    private const int UnanchoredLengthLimit = 64;

    /// <summary>The source of a <c>private static bool {methodName}(string value)</c> (and any tables it needs) that matches <paramref name="pattern"/>; null when the pattern is not simple.</summary>
    public static string? TryCompile(string pattern, string methodName)
    {
        var parsed = EcmaPattern.Parse(pattern);
        if (parsed.Root is null) return null;
        var items = parsed.Root is SequenceNode sequence ? sequence.Items.ToList() : [parsed.Root];

        bool anchoredStart = items.Count > 0 && items[0] == AnchorNode.Start;
        if (anchoredStart) items.RemoveAt(0);
        bool anchoredEnd = items.Count > 0 && items[items.Count - 1] == AnchorNode.End;
        if (anchoredEnd) items.RemoveAt(items.Count - 1);

        if (anchoredStart && anchoredEnd && items.Count == 1 && items[0] is AlternationNode alternation)
        {
            var choices = LiteralChoices(alternation);
            return choices is null ? null : EmitAlternation(pattern, methodName, choices);
        }

        var elements = new List<Element>();
        foreach (var item in items)
        {
            switch (item)
            {
                case CharacterNode character:
                    elements.Add(new Element(character.Set, 1, 1));
                    break;
                case RepeatNode { Body: CharacterNode body } repeat:
                    elements.Add(new Element(body.Set, repeat.Min, repeat.Max ?? int.MaxValue));
                    break;
                default:
                    return null;
            }
        }
        if (!IsDeterministic(elements)) return null;
        if (!anchoredStart && !elements.All(e => e.Min == e.Max && e.Max <= UnanchoredLengthLimit)) return null;
        if (!anchoredStart && elements.Sum(e => e.Max) > UnanchoredLengthLimit) return null;
        return EmitSequence(pattern, methodName, anchoredStart, anchoredEnd, elements);
    }

    private sealed record Element(CodePointSet Set, int Min, int Max);

    private static List<string>? LiteralChoices(AlternationNode alternation)
    {
        var choices = new List<string>();
        foreach (var alternative in alternation.Alternatives)
        {
            var parts = alternative is SequenceNode sequence ? sequence.Items : [alternative];
            var text = new StringBuilder();
            foreach (var part in parts)
            {
                if (part is not CharacterNode { Set.SingleCodePoint: >= 0 } character) return null;
                text.Append(char.ConvertFromUtf32(character.Set.SingleCodePoint));
            }
            choices.Add(text.ToString());
        }
        return choices;
    }

    // Each repeated set must not match what could come right after it, or greedy matching could eat it.
    private static bool IsDeterministic(List<Element> elements)
    {
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].Min == elements[i].Max) continue;
            for (int j = i + 1; j < elements.Count; j++)
            {
                if (elements[i].Set.Overlaps(elements[j].Set)) return false;
                if (elements[j].Min > 0) break;
            }
        }
        return true;
    }

    private static string EmitAlternation(string pattern, string methodName, List<string> choices)
    {
        string alternatives = string.Join(" or ", choices.Distinct().Select(CSharpLiterals.String));
        return $$"""
            // {{CSharpLiterals.XmlText(pattern)}}
            private static bool {{methodName}}(string value) => value is {{alternatives}};
            """;
    }

    private static string EmitSequence(string pattern, string methodName, bool anchoredStart, bool anchoredEnd, List<Element> elements)
    {
        // Whole code points are only read where a set reaches past U+FFFF; otherwise one char is one code point
        // (a surrogate, lone or paired, is in no set, so it fails every test as it should).
        bool codePoints = elements.Any(e => !e.Set.IsEmpty && e.Set.High(e.Set.RangeCount - 1) > 0xFFFF);
        var tables = new List<string>();
        var body = new StringBuilder();
        foreach (Element element in elements)
        {
            string condition = Condition(element.Set, codePoints ? "c" : "value[pos]", methodName, tables);
            string read = codePoints ? "int c = global::EventSchema.PatternRules.CodePointAt(value, pos, out int width); " : "";
            string advance = codePoints ? "pos += width;" : "pos++;";
            if (element.Min == 1 && element.Max == 1)
            {
                body.Append("    if (pos >= value.Length) return false;\n");
                body.Append("    {\n        ").Append(read).Append("if (!(").Append(condition).Append(")) return false;\n        ").Append(advance).Append("\n    }\n");
                continue;
            }
            string max = element.Max == int.MaxValue ? "int.MaxValue" : element.Max.ToString(CultureInfo.InvariantCulture);
            body.Append("    {\n");
            body.Append("        int count = 0;\n");
            body.Append("        while (count < ").Append(max).Append(" && pos < value.Length)\n");
            body.Append("        {\n            ").Append(read).Append("if (!(").Append(condition).Append(")) break;\n            ").Append(advance).Append("\n            count++;\n        }\n");
            if (element.Min > 0) body.Append("        if (count < ").Append(element.Min.ToString(CultureInfo.InvariantCulture)).Append(") return false;\n");
            body.Append("    }\n");
        }
        body.Append(anchoredEnd ? "    return pos == value.Length;" : "    return true;");

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
        foreach (string table in tables) writer.Line(table);
        if (tables.Count > 0) writer.Line();
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

    /// <summary>A C# boolean expression testing whether <paramref name="c"/> (a char or an int code point) is in <paramref name="set"/>.</summary>
    private static string Condition(CodePointSet set, string c, string methodName, List<string> tables)
    {
        if (set.IsEmpty) return "false";
        if (set.RangeCount > InlineRangeLimit)
        {
            string name = methodName + "Set" + tables.Count.ToString(CultureInfo.InvariantCulture);
            var bounds = new StringBuilder();
            for (int i = 0; i < set.RangeCount; i++)
            {
                if (i > 0) bounds.Append(", ");
                bounds.Append("0x").Append(set.Low(i).ToString("X", CultureInfo.InvariantCulture))
                    .Append(", 0x").Append(set.High(i).ToString("X", CultureInfo.InvariantCulture));
            }
            tables.Add($"private static readonly int[] {name} = {{ {bounds} }};");
            return $"global::EventSchema.PatternRules.InRanges({name}, {c})";
        }
        var tests = new List<string>();
        for (int i = 0; i < set.RangeCount; i++)
        {
            int low = set.Low(i), high = set.High(i);
            tests.Add(low == high
                ? $"{c} == {Literal(low)}"
                : $"{c} >= {Literal(low)} && {c} <= {Literal(high)}");
        }
        return tests.Count == 1 ? tests[0] : "(" + string.Join(") || (", tests) + ")";

        string Literal(int codePoint) => codePoint <= 0xFFFF && c != "c"
            ? CSharpLiterals.Char((char)codePoint)
            : "0x" + codePoint.ToString("X", CultureInfo.InvariantCulture);
    }
}
