using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EventSchema.Generator.Tests.Infrastructure;
using EventSchema.Language;
using EventSchema.Language.Patterns;
using LanguageSourceText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Generator.Tests;

/// <summary>
/// The official JSON-Schema-Test-Suite's <c>pattern</c> cases (draft2020-12: pattern.json, optional/ecmascript-regex.json,
/// optional/non-bmp-regex.json) through the real generator: each schema whose only keyword is <c>pattern</c> (with
/// <c>type: string</c> or none) becomes a record with one <c>@pattern</c> string field, and every string instance is
/// checked with the generated <c>Validate()</c>. Instances that are not strings cannot be a string field's value, and
/// <c>patternProperties</c> and <c>format</c> are other keywords. A pattern the language refuses must be refused with a
/// pattern diagnostic located inside the pattern.
/// </summary>
public sealed class PatternSuiteTests
{
    private static readonly string[] SuiteFiles = ["pattern.json", "optional/ecmascript-regex.json", "optional/non-bmp-regex.json"];

    private sealed record SuiteCase(string File, string Group, string Description, string Pattern, string Data, bool Valid);

    [Fact]
    public void Every_expressible_pattern_case_of_the_official_suite_agrees_with_the_generated_matcher()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        string? suite = FindSuite();
        if (suite is null)
        {
            Assert.Skip("The JSON-Schema-Test-Suite was not found: clone https://github.com/json-schema-org/JSON-Schema-Test-Suite as shared/testdata/JSON-Schema-Test-Suite beside the repository.");
            return;
        }
        var (cases, notStrings) = ReadCases(suite);
        var patterns = cases.Select(c => c.Pattern).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(patterns.Count >= 15, $"only {patterns.Count} patterns were read from the suite");

        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (string pattern in patterns)
        {
            string text = Schema([pattern]);
            var compilation = SchemaCompilation.Create([new LanguageSourceText("suite.eventschema", text)], cancellationToken);
            var errors = compilation.Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count == 0) continue;
            refused.Add(pattern);
            var error = Assert.Single(errors);
            Assert.True(error.Code is "ES0041" or "ES0042" or "ES0048", $"{pattern}: {error}");
            // The literal sits on line 3 from column 12 (after '  @pattern("'); the error must point inside it.
            Assert.True(error.Start.Line == 3 && error.Start.Column >= 12 && error.End.Column <= 12 + Literal(pattern).Length - 2, $"{pattern}: {error}");
        }

        var accepted = patterns.Where(p => !refused.Contains(p)).ToList();
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("suite.eventschema", Schema(accepted))]);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        var assembly = GeneratorHarness.EmitAndLoad(run.OutputCompilation);

        int agree = 0, refusedCases = 0;
        var disagreements = new List<string>();
        foreach (var suiteCase in cases)
        {
            int index = accepted.IndexOf(suiteCase.Pattern);
            if (index < 0)
            {
                refusedCases++;
                continue;
            }
            var type = assembly.GetType($"Suite.Case{index}")!;
            object instance = Activator.CreateInstance(type)!;
            type.GetProperty("Value")!.SetValue(instance, suiteCase.Data);
            bool valid = ((ValidationResult)type.GetMethod("Validate", Type.EmptyTypes)!.Invoke(instance, null)!).IsValid;
            // The translation a pattern too rich to compile runs on, on the linear-time engine and on the backtracking
            // one that runtimes without it (.NET Framework) use: both must agree with the suite too.
            string translated = EcmaPattern.Parse(suiteCase.Pattern).DotNetPattern!;
            bool linear = PatternRules.IsMatch(PatternRules.CreateRegex(translated), suiteCase.Data);
            bool backtracking = new Regex(translated, RegexOptions.CultureInvariant).IsMatch(suiteCase.Data);
            if (linear != suiteCase.Valid || backtracking != suiteCase.Valid)
            {
                disagreements.Add($"{suiteCase.File} / {suiteCase.Description}: the translation {translated} gave {linear} (NonBacktracking) and {backtracking} (backtracking), the suite says {suiteCase.Valid}");
            }
            if (valid == suiteCase.Valid) agree++;
            else disagreements.Add($"{suiteCase.File} / {suiteCase.Group} / {suiteCase.Description}: pattern {JsonSerializer.Serialize(suiteCase.Pattern)} on {JsonSerializer.Serialize(suiteCase.Data)} gave {valid}, the suite says {suiteCase.Valid}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"JSON-Schema-Test-Suite pattern cases: {agree} agree, {disagreements.Count} disagree of {cases.Count}, {refusedCases} refused ({notStrings} instances are not strings, so no string field can hold them)");
        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        Assert.Equal(cases.Count, agree + refusedCases);
    }

    private static (List<SuiteCase> Cases, int NotStrings) ReadCases(string suite)
    {
        var cases = new List<SuiteCase>();
        int notStrings = 0;
        foreach (string file in SuiteFiles)
        {
            var groups = JsonNode.Parse(File.ReadAllText(Path.Combine(suite, file)))!.AsArray();
            foreach (var group in groups)
            {
                var schema = group!["schema"]!.AsObject();
                bool onlyPattern = schema.All(p => p.Key is "$schema" or "pattern" || (p.Key == "type" && (string?)p.Value == "string"));
                if (!schema.ContainsKey("pattern") || !onlyPattern) continue;
                string pattern = (string)schema["pattern"]!;
                foreach (var test in group["tests"]!.AsArray())
                {
                    var data = test!["data"]; // null for a JSON null
                    if (data is null || data.GetValueKind() != JsonValueKind.String)
                    {
                        notStrings++;
                        continue;
                    }
                    cases.Add(new SuiteCase(file, (string)group["description"]!, (string)test["description"]!, pattern, (string)data!, (bool)test["valid"]!));
                }
            }
        }
        return (cases, notStrings);
    }

    private static string Schema(IReadOnlyList<string> patterns)
        => "namespace Suite;\n" + string.Concat(patterns.Select((pattern, i) => $"record Case{i} {{\n  @pattern({Literal(pattern)})\n  value: string;\n}}\n"));

    // A schema string is written like a JSON string.
    private static string Literal(string pattern)
        => JsonSerializer.Serialize(pattern, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>draft2020-12 of the suite beside the repository or beside one of its parent folders (a worktree sits deeper).</summary>
    private static string? FindSuite()
    {
        for (var folder = new DirectoryInfo(RepositoryPaths.Root).Parent; folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "shared", "testdata", "JSON-Schema-Test-Suite", "tests", "draft2020-12");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
