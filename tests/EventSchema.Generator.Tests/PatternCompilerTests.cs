using System.Text;
using System.Text.RegularExpressions;
using EventSchema.Generator.Patterns;
using EventSchema.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Tests;

public sealed class PatternCompilerTests
{
    // Simple patterns that must be compiled to plain code.
    private static readonly string[] CompiledPatterns =
    [
        "^[A-Z]{2}$",
        "^[a-z0-9_-]+$",
        @"^\d{3}-\d{4}$",
        "^(red|green|blue)$",
        @"^(?:a\.b|c)$",
        "abc",
        "^abc",
        "abc$",
        "^[^x]*$",
        "^[A-Z][a-z]*$",
        "^x?y*z+$",
        "^$",
        "",
        @"^\+?\d{1,3}$",
        "^[]a]{1,2}$",
        @"^[\-.]{2,}$",
        "^a.c$",
        @"^\D\d$",
        "^[A-Z]{2,3}-[0-9]{2}$",
    ];

    // Patterns greedy matching could get wrong, or constructs left to the regular expression engine.
    private static readonly string[] FallbackPatterns =
    [
        "^.+@.+$",
        "^[a-z]*a$",
        @"^\w+$",
        "^(ab)+$",
        "^a|b$",
        "^a+?$",
        @"^(\d)\1$",
        "^[a-z-[aeiou]]+$",
        @"^\p{L}+$",
        "^(?=a)a$",
    ];

    private static readonly string[] Inputs =
    [
        "", "\n", "AZ", "az", "A", "AZ\n", "AZ\n\n", "ABC", "\nAZ", "a-b_c", "a b", "123-4567", "123-45678", "x123-4567",
        "red", "red\n", "green", "REd", "blue ", "a.b", "axb", "c", "abc", "xabcx", "ab", "y", "xyz", "zz", "xz", "yyzz",
        "+12", "1234", "+", "\u0661\u0662\u0663", "]", "]a", "--", "-.-", "a\nc", "abc\n", "Ab", "Abc1", "AB-12", "ABC-1",
        "x", "xy\n", "9", "a9", "9a",
    ];

    [Fact]
    public void Simple_patterns_compile_and_agree_with_Regex_on_every_input()
    {
        var methods = new StringBuilder();
        for (int i = 0; i < CompiledPatterns.Length; i++)
        {
            string? source = PatternCompiler.TryCompile(CompiledPatterns[i], "Match" + i);
            Assert.True(source is not null, $"Pattern {CompiledPatterns[i]} was not compiled.");
            methods.AppendLine(source);
        }

        var compilation = GeneratorHarness.CreateCompilation(
            "#nullable enable\ninternal static class Patterns\n{\n" + methods + "\n internal static bool Run(int i, string v) => i switch\n {\n"
            + string.Join("\n", CompiledPatterns.Select((_, i) => $"  {i} => Match{i}(v),"))
            + "\n  _ => throw new System.ArgumentOutOfRangeException(nameof(i)),\n };\n}");
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var run = GeneratorHarness.EmitAndLoad(compilation).GetType("Patterns")!.GetMethod("Run", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;

        for (int i = 0; i < CompiledPatterns.Length; i++)
        {
            var regex = new Regex(CompiledPatterns[i]);
            foreach (string input in Inputs)
            {
                bool expected = regex.IsMatch(input);
                bool actual = (bool)run.Invoke(null, [i, input])!;
                Assert.True(expected == actual, $"Pattern {CompiledPatterns[i]} on \"{Escape(input)}\": Regex says {expected}, compiled code says {actual}.");
            }
        }
    }

    [Fact]
    public void Patterns_that_need_backtracking_or_rich_constructs_are_left_to_Regex()
    {
        foreach (string pattern in FallbackPatterns)
        {
            Assert.True(PatternCompiler.TryCompile(pattern, "Match") is null, $"Pattern {pattern} should not be compiled.");
        }
    }

    private static string Escape(string text) => text.Replace("\n", "\\n");
}
