using System.Text;
using System.Text.RegularExpressions;
using EventSchema.Generator.Patterns;
using EventSchema.Generator.Tests.Infrastructure;
using EventSchema.Language.Patterns;
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
        @"^[\]a]{1,2}$",
        @"^[\-.]{2,}$",
        "^a.c$",
        @"^\D\d$",
        "^[A-Z]{2,3}-[0-9]{2}$",
        @"^\w+$",
        "^a+?$",
        @"^\p{L}+$",
        @"\p{Letter}cole",
        "[a-z]cole",
        "^\U0001F432*$",
        @"^\u{1F600}?[^a\u{1F600}]$",
        @"^\s\S$",
        "^.$",
        @"^\cC\t$",
    ];

    // Patterns greedy matching could get wrong, or constructs left to the regular expression engine.
    private static readonly string[] FallbackPatterns =
    [
        "^.+@.+$",
        "^[a-z]*a$",
        "^(ab)+$",
        "^a|b$",
        "a+",
        @"^\p{L}*\p{Lu}$",
    ];

    private static readonly string[] Inputs =
    [
        "", "\n", "AZ", "az", "A", "AZ\n", "AZ\n\n", "ABC", "\nAZ", "a-b_c", "a b", "123-4567", "123-45678", "x123-4567",
        "red", "red\n", "green", "REd", "blue ", "a.b", "axb", "c", "abc", "xabcx", "ab", "y", "xyz", "zz", "xz", "yyzz",
        "+12", "1234", "+", "\u0661\u0662\u0663", "]", "]a", "--", "-.-", "a\nc", "abc\n", "Ab", "Abc1", "AB-12", "ABC-1",
        "x", "xy\n", "9", "a9", "9a", "\u07C0", "\u09EA\u09E8", "\u00E9", "l'\u00E9cole", "l'ecole", "\uFEFF", "\u2028", "\u00A0x",
        " \u2003", "\U0001F432", "\U0001F432\U0001F432", "\U0001F409", "\U0001F600b", "\U0001F600a", "\uD83D", "\uD83Da", "a\uDC32",
        "\u0003\t", "\u03C0\u0391", "\U0001D400",
    ];

    [Fact]
    public void Simple_patterns_compile_and_agree_with_their_translation_on_every_input()
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
            // The two routes to a match share the front end's parse and nothing else.
            var regex = new Regex(EcmaPattern.Parse(CompiledPatterns[i]).DotNetPattern!);
            foreach (string input in Inputs)
            {
                bool expected = regex.IsMatch(input);
                bool actual = (bool)run.Invoke(null, [i, input])!;
                Assert.True(expected == actual, $"Pattern {CompiledPatterns[i]} on \"{Escape(input)}\": the translated Regex says {expected}, compiled code says {actual}.");
            }
        }
    }

    [Fact]
    public void Patterns_greedy_matching_could_get_wrong_or_with_unbounded_searches_are_left_to_Regex()
    {
        foreach (string pattern in FallbackPatterns)
        {
            Assert.True(PatternCompiler.TryCompile(pattern, "Match") is null, $"Pattern {pattern} should not be compiled.");
        }
    }

    [Fact]
    public void Compiled_patterns_mean_what_ECMA_262_says_not_what_NET_says()
    {
        // Each pair: a pattern, an input, and ECMA-262's answer where .NET's default answer differs.
        (string Pattern, string Input, bool Matches)[] cases =
        [
            ("^[A-Z]{2}$", "AZ\n", false), (@"^\d+$", "\u0661\u0662", false), (@"^\w$", "\u00E9", false),
            (@"^\s$", "\uFEFF", true), ("^.$", "\u2028", false), ("^.$", "\U0001F432", true), ("^\U0001F432*$", "\U0001F432\U0001F432", true),
            ("^(red|green)$", "red\n", false),
        ];
        var methods = new StringBuilder();
        for (int i = 0; i < cases.Length; i++) methods.AppendLine(PatternCompiler.TryCompile(cases[i].Pattern, "Match" + i) ?? throw new InvalidOperationException(cases[i].Pattern));
        var compilation = GeneratorHarness.CreateCompilation(
            "#nullable enable\ninternal static class Patterns\n{\n" + methods + "\n internal static bool Run(int i, string v) => i switch\n {\n"
            + string.Join("\n", cases.Select((_, i) => $"  {i} => Match{i}(v),"))
            + "\n  _ => throw new System.ArgumentOutOfRangeException(nameof(i)),\n };\n}");
        var run = GeneratorHarness.EmitAndLoad(compilation).GetType("Patterns")!.GetMethod("Run", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;
        for (int i = 0; i < cases.Length; i++)
        {
            Assert.NotEqual(cases[i].Matches, Regex.IsMatch(cases[i].Input, cases[i].Pattern));
            Assert.True(cases[i].Matches == (bool)run.Invoke(null, [i, cases[i].Input])!, $"{cases[i].Pattern} on \"{Escape(cases[i].Input)}\"");
        }
    }

    private static string Escape(string text) => text.Replace("\n", "\\n");
}
