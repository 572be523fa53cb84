using System.Diagnostics;
using System.Text.RegularExpressions;
using EventSchema.Hardening.Tests.Infrastructure;
using EventSchema.Language;
using EventSchema.Language.Patterns;
using LanguageSourceText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Hardening.Tests;

/// <summary>
/// Regular expressions cannot become a denial of service: every <c>@pattern</c> is checked when the schema
/// is bound, a pattern the front end accepts can always run on the linear-time engine, and the classic
/// catastrophic patterns either are rejected or, through the generated <c>Validate()</c>, take time that
/// grows linearly with a 50,000-character hostile input.
/// </summary>
public class RegexTests
{
    private static readonly (string Pattern, string Hostile)[] Catastrophic =
    [
        ("^(a+)+$", "a"), ("^(a|a)*$", "a"), ("^(a|aa)+$", "a"), ("^(a*)*b$", "a"), ("^(.*a){12}$", "a"), ("^(\\w+\\s?)*$", "a"),
        ("(x+x+)+y", "x"), ("^(\\d+)*$", "1"), ("^([a-z0-9]+[._-]?)*@[a-z]+\\.[a-z]{2,3}$", "a"), ("^(a+)\\1$", "a"),
        ("^(?=(a+))\\1b$", "a"), ("^(?>a+)+$", "a"), ("^(a|b|ab)*c$", "ab"), ("^(([a-z])+.)+[A-Z]([a-z])+$", "a"),
    ];

    [Fact]
    public void Catastrophic_patterns_are_rejected_or_run_in_linear_time_through_Validate()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var accepted = new List<(int Index, string Pattern, string Hostile)>();
        int rejected = 0;
        for (int i = 0; i < Catastrophic.Length; i++)
        {
            var (pattern, hostile) = Catastrophic[i];
            string text = Schema(i, pattern);
            var compilation = SchemaCompilation.Create([new LanguageSourceText(GeneratorHarness.ProjectDirectory + $"re/p{i}.eventschema", text)], cancellationToken);
            var errors = compilation.Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count == 0)
            {
                accepted.Add((i, pattern, hostile));
                continue;
            }
            rejected++;
            Assert.All(errors, error => Assert.True(error.Code is "ES0041" or "ES0042" && error.Start.Line == 4, $"{pattern}: {error}"));
        }

        var outcome = GeneratorHarness.Run(accepted.Select(a => GeneratorHarness.Schema($"re/p{a.Index}.eventschema", Schema(a.Index, a.Pattern))), cancellationToken);
        var problems = outcome.CompilationProblems(cancellationToken);
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems));
        var assembly = GeneratorHarness.EmitAndLoad(outcome.Output, cancellationToken);

        foreach (var (index, pattern, hostile) in accepted)
        {
            var type = assembly.GetTypes().Single(t => t.Name == "Guarded" + index);
            Func<string, bool> validate = value =>
            {
                object instance = Activator.CreateInstance(type)!;
                type.GetProperty("Value")!.SetValue(instance, value);
                return ((ValidationResult)type.GetMethod("Validate", Type.EmptyTypes)!.Invoke(instance, null)!).IsValid;
            };
            // Repetitions of the pattern's favourite text, then a character that makes it fail at the very end.
            string Input(int length) => string.Concat(Enumerable.Repeat(hostile, length / hostile.Length)) + "!";
            validate(Input(100));
            double ratio = double.MaxValue;
            long half = 0, full = 0;
            // Timing on a shared machine is noisy: take the fastest of several runs, and measure again before failing.
            for (int attempt = 0; attempt < 3 && ratio > 2.5; attempt++)
            {
                long atHalf = Fastest(() => validate(Input(25_000)));
                long atFull = Fastest(() => validate(Input(50_000)));
                ratio = Math.Min(ratio, (double)atFull / Math.Max(1, atHalf));
                half = atHalf; full = atFull;
            }
            Assert.True(ratio <= 2.5, $"{pattern}: doubling the input from 25,000 to 50,000 characters multiplied the time by {ratio:F1} ({half} and {full} ticks)");
        }
        TestContext.Current.SendDiagnosticMessage($"regex: {Catastrophic.Length} catastrophic patterns, {rejected} rejected at bind time, {accepted.Count} run in linear time");
    }

    [Fact]
    public void Every_pattern_the_front_end_accepts_runs_on_the_non_backtracking_engine()
    {
        string[] pieces = ["a", "b", ".", "\\d", "\\w", "\\s", "[a-z]", "[^x]", "(", ")", "(?:", "(?<n>", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?i)", "(?x)", "(?#c)",
            "\\1", "\\k<n>", "\\G", "\\b", "^", "$", "|", "*", "+", "?", "*?", "+?", "{2}", "{1,3}", "{2,}?", "\\p{Lu}", "(?(n)a|b)", "(?<a-n>", "#", " ", "\\Z", "\\A", "\\z",
            "\\u{1F432}", "[^\\d]", "\\S", "\\W", "\\p{Script=Greek}", "\\P{ASCII}", "[\\u{1F600}-\\u{1F64F}]", "\\cA", "\\x41", "\\/", "{", "}", "]"];
        var settings = FuzzSettings.Current;
        var random = settings.RandomFor(nameof(Every_pattern_the_front_end_accepts_runs_on_the_non_backtracking_engine));
        var failures = new List<string>();
        int accepted = 0;
        int count = settings.Count(3_000);
        for (int i = 0; i < count; i++)
        {
            string pattern = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            var compilation = SchemaCompilation.Create([new LanguageSourceText("p.eventschema", Schema(0, pattern))], TestContext.Current.CancellationToken);
            if (compilation.HasErrors) continue;
            accepted++;
            try
            {
                // What the generated code runs: the front end's .NET translation of the ECMA-262 pattern.
                _ = new Regex(EcmaPattern.Parse(pattern).DotNetPattern!, RegexOptions.NonBacktracking);
            }
            catch (Exception exception)
            {
                if (failures.Count < 10) failures.Add($"{FailureLog.Escape(pattern)}: {exception.GetType().Name}: {exception.Message}");
            }
        }
        TestContext.Current.SendDiagnosticMessage($"regex differential: {count} random patterns, {accepted} accepted by the front end");
        Assert.True(failures.Count == 0, $"accepted by the front end but not runnable without backtracking ({settings.Describe()}):{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        Assert.True(accepted > count / 20, $"only {accepted} of {count} patterns were accepted");
    }

    private static string Schema(int index, string pattern)
        => $"namespace Re.P{index};\n\nrecord Guarded{index} {{\n  @pattern(\"{HostileText.Raw(pattern)}\")\n  value: string;\n}}\n";

    private static long Fastest(Action action)
    {
        long best = long.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            // A collection that lands inside a run costs with the whole heap this process holds (the compilations),
            // not with the input: start each run with the heap collected, so the time is the matcher's.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var stopwatch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, stopwatch.ElapsedTicks);
        }
        return best;
    }
}
