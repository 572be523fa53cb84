using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EventSchema.Generator.Emit;
using EventSchema.Language.Patterns;

namespace EventSchema.Generator.Patterns;

/// <summary>
/// Turns the simple patterns that dominate schemas (the front end's <see cref="SimplePatternShape"/>) into plain C#
/// matching code with the meaning the front end gives patterns (ECMA-262 with the unicode flag, see
/// <see cref="EcmaPattern"/>); other patterns run on the translated regular expression.
/// </summary>
internal static class PatternCompiler
{
    // Sets with more ranges than this are tested with a binary search over a table rather than inline comparisons.
    private const int InlineRangeLimit = 6;

    /// <summary>The source of a <c>private static bool {methodName}(string value)</c> (and any tables it needs) that matches <paramref name="pattern"/>; null when the pattern is not simple.</summary>
    public static string? TryCompile(string pattern, string methodName)
    {
        var parsed = EcmaPattern.Parse(pattern);
        if (parsed.SimpleShape is not { } shape) return null;
        return shape.Choices is { } choices
            ? EmitAlternation(pattern, methodName, choices)
            : EmitSequence(pattern, methodName, shape.AnchoredStart, shape.AnchoredEnd, shape.Elements!);
    }

    private static string EmitAlternation(string pattern, string methodName, IReadOnlyList<string> choices)
    {
        string alternatives = string.Join(" or ", choices.Distinct().Select(CSharpLiterals.String));
        return $$"""
            // {{CSharpLiterals.XmlText(pattern)}}
            private static bool {{methodName}}(string value) => value is {{alternatives}};
            """;
    }

    private static string EmitSequence(string pattern, string methodName, bool anchoredStart, bool anchoredEnd, IReadOnlyList<PatternElement> elements)
    {
        // Whole code points are only read where a set reaches past U+FFFF; otherwise one char is one code point
        // (a surrogate, lone or paired, is in no set, so it fails every test as it should).
        bool codePoints = elements.Any(e => !e.Set.IsEmpty && e.Set.High(e.Set.RangeCount - 1) > 0xFFFF);
        var tables = new List<string>();
        var body = new StringBuilder();
        foreach (PatternElement element in elements)
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
