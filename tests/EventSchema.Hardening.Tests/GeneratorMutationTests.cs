using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using EventSchema.Generator;
using EventSchema.Hardening.Tests.Infrastructure;
using EventSchema.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using LanguageSourceText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Hardening.Tests;

/// <summary>
/// A sample of the mutants through the real generator, as a build runs it: it never crashes (no
/// CS8784/CS8785, no ES9000), whatever it emits compiles without a warning (declarations with errors, and
/// declarations that use them, are left out, so the rest must still build), and it reports every front-end
/// diagnostic at its line in its file.
/// </summary>
public class GeneratorMutationTests
{
    private const int Mutants = 2_000;
    private const int AnalyzedMutants = 300;

    [Fact]
    public void Mutants_never_crash_the_generator_and_what_it_emits_compiles()
    {
        var settings = FuzzSettings.Current;
        var random = settings.RandomFor(nameof(Mutants_never_crash_the_generator_and_what_it_emits_compiles));
        var failures = new FailureLog(nameof(Mutants_never_crash_the_generator_and_what_it_emits_compiles), settings);
        var cancellationToken = TestContext.Current.CancellationToken;
        var mutator = new Mutator(Mutator.TokenPoolOf(SchemaCorpus.Files.Select(entry => entry.File.Text)));
        var files = SchemaCorpus.Files.ToList();
        // Most mutants come from the seed project: there an error-free mutant still generates a lot of code.
        var seedFiles = files.Where(entry => entry.Group == SchemaCorpus.Seed).ToList();
        int count = settings.Count(Mutants);
        int errorFree = 0;
        var compiled = new Dictionary<string, string?>(StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            var (group, file) = random.Next(4) == 0 ? files[random.Next(files.Count)] : seedFiles[random.Next(seedFiles.Count)];
            var kind = Mutator.Kinds[random.Next(Mutator.Kinds.Count)];
            string input = mutator.Mutate(file.Text, kind, random, files[random.Next(files.Count)].File.Text);
            var project = group.Files.Select(f => f == file ? new CorpusFile(f.Path, input) : f).ToList();
            try
            {
                var outcome = GeneratorHarness.Run(project.Select(f => GeneratorHarness.Schema(f.Path, f.Text)), cancellationToken);
                if (outcome.GeneratorFailures.Count > 0)
                {
                    string failure = GeneratorHarness.Describe(outcome.GeneratorFailures);
                    throw new InvalidOperationException("generator failed: " + failure);
                }
                // Most mutants break their own file, which is then skipped: the output repeats, so compile each distinct output once.
                string key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(outcome.Sources.Select(s => s.HintName + "\0" + s.Text + "\0")))));
                if (!compiled.TryGetValue(key, out string? problems))
                {
                    var found = outcome.CompilationProblems(cancellationToken);
                    compiled[key] = problems = found.Count == 0 ? null : GeneratorHarness.Describe(found.Take(5));
                }
                if (problems is not null) throw new InvalidOperationException("generated code does not compile cleanly: " + problems);

                var frontEnd = SchemaCompilation.Create(project.Select(f => new LanguageSourceText(GeneratorHarness.ProjectDirectory + f.Path, f.Text)), cancellationToken);
                if (!frontEnd.HasErrors)
                {
                    errorFree++;
                    if (outcome.Sources.Count == 0) throw new InvalidOperationException("an error-free project generated nothing");
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                failures.Add($"{kind} mutant #{i} of {file.Path}", input, exception);
            }
        }
        TestContext.Current.SendDiagnosticMessage($"generator: {count} mutants ({errorFree} error-free, {compiled.Count} distinct outputs compiled) in {stopwatch.Elapsed.TotalSeconds:F1}s");
        failures.AssertNone(count);
        Assert.True(errorFree > count / 50, $"only {errorFree} of {count} mutants were error-free: the sample no longer exercises code generation");
    }

    [Fact]
    public void Mutants_never_crash_the_generator_and_every_diagnostic_is_located_in_its_schema_file()
    {
        var settings = FuzzSettings.Current;
        var random = settings.RandomFor(nameof(Mutants_never_crash_the_generator_and_every_diagnostic_is_located_in_its_schema_file));
        var failures = new FailureLog(nameof(Mutants_never_crash_the_generator_and_every_diagnostic_is_located_in_its_schema_file), settings);
        var cancellationToken = TestContext.Current.CancellationToken;
        var mutator = new Mutator(Mutator.TokenPoolOf(SchemaCorpus.Files.Select(entry => entry.File.Text)));
        var files = SchemaCorpus.Files.ToList();
        int count = settings.Count(AnalyzedMutants);
        for (int i = 0; i < count; i++)
        {
            var (group, file) = files[random.Next(files.Count)];
            var kind = Mutator.Kinds[random.Next(Mutator.Kinds.Count)];
            string input = mutator.Mutate(file.Text, kind, random, files[random.Next(files.Count)].File.Text);
            var project = group.Files.Select(f => GeneratorHarness.Schema(f.Path, f == file ? input : f.Text)).ToList();
            try
            {
                AssertDiagnosticsLocateEverything(project, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                failures.Add($"{kind} mutant #{i} of {file.Path}", input, exception);
            }
        }
        failures.AssertNone(count);
    }

    private static void AssertDiagnosticsLocateEverything(IReadOnlyList<SchemaFile> project, CancellationToken cancellationToken)
    {
        var outcome = GeneratorHarness.Run(project, cancellationToken);
        if (outcome.GeneratorFailures.Count > 0) throw new InvalidOperationException("generator failed: " + GeneratorHarness.Describe(outcome.GeneratorFailures));
        // Declarations left out (ES0080) are the build's own addition to the front end's diagnostics.
        var reported = outcome.DriverDiagnostics.Where(d => d.Id != "ES0080").ToList();

        var frontEnd = SchemaCompilation.Create(project.Select(f => new LanguageSourceText(f.Path, f.Text)), cancellationToken);
        // Lines and columns as Roslyn (and so the IDE) counts them in the same text.
        var lineMaps = project.ToDictionary(f => f.Path, f => f.GetText(cancellationToken).Lines, StringComparer.Ordinal);
        var expected = frontEnd.Diagnostics
            .Select(d => (d.Code, d.FilePath, lineMaps[d.FilePath].GetLinePosition(d.Span.Start).Line, lineMaps[d.FilePath].GetLinePosition(d.Span.Start).Character))
            .OrderBy(x => x)
            .ToList();
        var actual = reported
            .Select(d => (d.Id, d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character))
            .OrderBy(x => x)
            .ToList();
        if (!expected.SequenceEqual(actual))
        {
            throw new InvalidOperationException(
                $"the build reported{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", actual)}{Environment.NewLine}but the front end found{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", expected)}");
        }
    }
}
