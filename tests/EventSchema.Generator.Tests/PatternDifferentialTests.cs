using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using EventSchema.Language.Patterns;

namespace EventSchema.Generator.Tests;

/// <summary>
/// Random patterns and inputs judged by a real ECMA-262 engine (Node's <c>RegExp</c> with the <c>u</c> flag) and by the
/// front end's .NET translation, on .NET's backtracking engine and on its linear-time one. Node is the reference; the
/// test is skipped where it is not installed.
/// </summary>
public sealed class PatternDifferentialTests
{
    private static readonly string[] Pieces =
    [
        "a", "b", ".", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "[a-c]", "[^a]", "[\\d_]", "\\p{L}", "\\P{Lu}", "\\p{Script=Greek}",
        "(", ")", "(?:", "|", "*", "+", "?", "{2}", "{1,3}", "^", "$", "\\u{1F432}", "[\\u{1F600}-\\u{1F64F}]", "\\cJ",
    ];

    private static readonly string[] Alphabet =
    [
        "a", "b", "c", "1", "\u0661", "_", "\u00E9", "\n", "\r", "\u2028", " ", "\uFEFF", "\u00A0", "\U0001F432", "\U0001F600",
        "\U0001F409", "\u03C0", "\u03A9", "A", "\U0001D400",
    ];

    [Fact]
    public void The_translation_agrees_with_a_real_ECMA_262_engine()
    {
        var random = new Random(20261206);
        var cases = new List<(string Pattern, string Input, bool Backtracking, bool Linear)>();
        int patterns = 0;
        while (patterns < 1_000)
        {
            string pattern = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var parsed = EcmaPattern.Parse(pattern);
            if (parsed.DotNetPattern is null) continue;
            patterns++;
            var backtracking = new Regex(parsed.DotNetPattern);
            var linear = new Regex(parsed.DotNetPattern, RegexOptions.NonBacktracking);
            for (int k = 0; k < 4; k++)
            {
                string input = string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Alphabet[random.Next(Alphabet.Length)]));
                cases.Add((pattern, input, backtracking.IsMatch(input), linear.IsMatch(input)));
            }
        }

        bool[]? ecma = RunNode(cases.Select(c => new[] { c.Pattern, c.Input }).ToList());
        if (ecma is null) return;
        var disagreements = new List<string>();
        int linearDisagreements = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            if (cases[i].Backtracking != ecma[i]) disagreements.Add($"{JsonSerializer.Serialize(cases[i].Pattern)} on {JsonSerializer.Serialize(cases[i].Input)}: ECMA-262 says {ecma[i]}, the translation {cases[i].Backtracking}");
            if (cases[i].Linear != ecma[i])
            {
                linearDisagreements++;
                TestContext.Current.TestOutputHelper?.WriteLine($"NonBacktracking differs from .NET's own backtracking engine on the same pattern: {JsonSerializer.Serialize(cases[i].Pattern)} on {JsonSerializer.Serialize(cases[i].Input)}");
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{patterns} random patterns, {cases.Count} inputs: the translation agrees with Node's RegExp(u) on {cases.Count - disagreements.Count} (backtracking engine) and {cases.Count - linearDisagreements} (NonBacktracking)");
        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements.Take(20)));
        // .NET 10's NonBacktracking engine answers a few cases differently from its own backtracking engine on the very
        // same pattern (values ending in a line feed, beside classes as large as \p{L}): an engine defect, documented in
        // docs/language.md, bounded here so that it cannot grow unnoticed.
        Assert.True(linearDisagreements <= cases.Count / 1000, $"{linearDisagreements} NonBacktracking disagreements");
    }

    private static bool[]? RunNode(List<string[]> cases)
    {
        string file = Path.Combine(Path.GetTempPath(), "eventschema-patterns-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, JsonSerializer.Serialize(cases));
        try
        {
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-e");
            start.ArgumentList.Add("const c=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'));process.stdout.write(JSON.stringify(c.map(([p,v])=>new RegExp(p,'u').test(v))));");
            start.ArgumentList.Add(file);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Skip("Node.js is not installed; it is the ECMA-262 engine this test compares with.");
                return null;
            }
            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
                string errors = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, errors);
                return JsonSerializer.Deserialize<bool[]>(output.Result);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
