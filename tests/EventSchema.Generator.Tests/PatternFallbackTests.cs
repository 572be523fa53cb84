using System.Runtime.Loader;
using System.Text.RegularExpressions;
using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>
/// Patterns too rich to compile run on the front end's .NET translation: through generated code they must still mean
/// what ECMA-262 says, and the netstandard2.0 build of the runtime must pick the linear-time engine where it exists.
/// </summary>
public sealed class PatternFallbackTests
{
    // Each: a pattern the compiler leaves to the regex, an input, and ECMA-262's answer (where .NET's default reading differs).
    private static readonly (string Pattern, string Input, bool Matches)[] Cases =
    [
        (@"^(?:\d|x)+$", "x\u0661", false),
        (@"^(?:\d|x)+$", "x1\n", false),
        (@"^(?:\w|-)+$", "caf\u00E9", false),
        (@"^(?:\s|_)+$", "_\uFEFF", true),
        (@"^(?:\S|_)+$", "_\uFEFF", false),
        ("^(?:[^\U0001F432]|b)+$", "\U0001F409", true),
        ("^(?:\U0001F432*|a)$", "\U0001F432\U0001F432", true),
        (@"^(?:.|x){2}$", "\U0001F432", false),
        (@"^(?:.|x)+$", "a\u2028", false),
        (@"^(?:\p{Lu}|1)+$", "A\U0001D400", true),
        (@"^(?:\p{Script=Greek}|-)+$", "\u03C0-\u03A9", true),
        (@"^(?:[^a]|a)$", "\U0001F600", true),
    ];

    [Fact]
    public void Generated_regex_fallbacks_mean_what_ECMA_262_says()
    {
        var patterns = Cases.Select(c => c.Pattern).Distinct().ToList();
        string schema = "namespace Fallback;\n" + string.Concat(patterns.Select((p, i) =>
            $"record Case{i} {{\n  @pattern(\"{p.Replace("\\", "\\\\", StringComparison.Ordinal)}\")\n  value: string;\n}}\n"));
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("fallback.eventschema", schema)]);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        string source = run.TypeSources.Single().Value;
        Assert.Equal(patterns.Count, CountOf(source, "PatternRules.CreateRegex("));
        var assembly = GeneratorHarness.EmitAndLoad(run.OutputCompilation);

        foreach (var (pattern, input, matches) in Cases)
        {
            Assert.True(matches != DotNetReading(pattern, input), $"{pattern} on {input}: .NET agrees with ECMA-262 here, so the case proves nothing");
            var type = assembly.GetType($"Fallback.Case{patterns.IndexOf(pattern)}")!;
            object instance = Activator.CreateInstance(type)!;
            type.GetProperty("Value")!.SetValue(instance, input);
            bool valid = ((ValidationResult)type.GetMethod("Validate", Type.EmptyTypes)!.Invoke(instance, null)!).IsValid;
            Assert.True(matches == valid, $"{pattern} on {input}: generated code says {valid}");
        }
    }

    [Fact]
    public void The_netstandard2_0_runtime_uses_the_linear_time_engine_when_the_running_dotnet_has_it()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "EventSchema.Runtime.dll");
        var context = new AssemblyLoadContext("netstandard-runtime", isCollectible: true);
        try
        {
            var rules = context.LoadFromAssemblyPath(path).GetType("EventSchema.PatternRules", throwOnError: true)!;
            Assert.Contains(".NETStandard", rules.Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
                .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().Single().FrameworkName, StringComparison.Ordinal);
            var regex = (Regex)rules.GetMethod("CreateRegex")!.Invoke(null, [@"^(?:a+)+\z"])!;
            Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking), regex.Options.ToString());
            Assert.True((bool)rules.GetMethod("IsMatch")!.Invoke(null, [regex, "aaa"])!);
            Assert.False((bool)rules.GetMethod("IsMatch")!.Invoke(null, [regex, new string('a', 50_000) + "!"])!);
        }
        finally
        {
            context.Unload();
        }
    }

    // What .NET's own regex says when handed the pattern unchanged; null when it cannot read it at all.
    private static bool? DotNetReading(string pattern, string input)
    {
        try
        {
            return Regex.IsMatch(input, pattern);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
