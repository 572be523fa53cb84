using CsCheck;
using EventSchema.Hardening.Tests.Infrastructure;
using EventSchema.Language;
using LanguageSourceText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Hardening.Tests;

/// <summary>
/// Random valid schemas (see <see cref="ValidSchemaBuilder"/>): every one binds without a diagnostic, and
/// the generated C# compiles with nullable enabled and not a single warning, so it builds under
/// warnings-as-errors; the assembly declares one type per schema declaration in the right namespace.
/// CsCheck shrinks a failure towards fewer declarations and fields and prints the seed that replays it.
/// </summary>
public class ValidSchemaPropertyTests
{
    private const int Iterations = 60;

    private static readonly Gen<(int Declarations, int MaxFields, int Seed)> Projects =
        Gen.Select(Gen.Int[1, 7], Gen.Int[0, 7], Gen.Int[0, int.MaxValue]);

    [Fact]
    public void Random_valid_schemas_bind_without_errors_and_generate_code_that_compiles_without_warnings()
    {
        var settings = FuzzSettings.Current;
        var cancellationToken = TestContext.Current.CancellationToken;
        // One CsCheck seed per iteration, derived from the run's seed, so CI replays the same projects every time.
        for (uint i = 0; i < settings.Count(Iterations); i++)
        {
            var pcg = new PCG(i, (ulong)(uint)settings.Seed);
            Projects.Sample(
                (int declarations, int maxFields, int seed) => { CheckProject(ValidSchemaBuilder.Build(declarations, maxFields, seed), cancellationToken); },
                iter: 1,
                threads: 1,
                seed: pcg.ToString((ulong)(uint)settings.Seed),
                print: project => $"ValidSchemaBuilder.Build({project.Item1}, {project.Item2}, {project.Item3}), iteration {i}, {settings.Describe()}");
        }
    }

    private static void CheckProject(IReadOnlyList<(string Path, string Text)> files, CancellationToken cancellationToken)
    {
        string listing = string.Join(Environment.NewLine, files.Select(f => $"--- {f.Path}{Environment.NewLine}{f.Text}"));
        var frontEnd = SchemaCompilation.Create(files.Select(f => new LanguageSourceText(GeneratorHarness.ProjectDirectory + f.Path, f.Text)), cancellationToken);
        if (frontEnd.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException($"a valid schema was rejected:{Environment.NewLine}{string.Join(Environment.NewLine, frontEnd.Diagnostics)}{Environment.NewLine}{listing}");
        }

        var outcome = GeneratorHarness.Run(files.Select(f => GeneratorHarness.Schema(f.Path, f.Text)), cancellationToken);
        if (outcome.GeneratorFailures.Count > 0) throw new InvalidOperationException($"generator failed: {GeneratorHarness.Describe(outcome.GeneratorFailures)}{Environment.NewLine}{listing}");
        var problems = outcome.CompilationProblems(cancellationToken);
        if (problems.Count > 0) throw new InvalidOperationException($"generated code has errors or warnings:{Environment.NewLine}{GeneratorHarness.Describe(problems.Take(8))}{Environment.NewLine}{listing}");

        var assembly = GeneratorHarness.EmitAndLoad(outcome.Output, cancellationToken);
        foreach (var group in frontEnd.Declarations.GroupBy(d => d.Namespace))
        {
            int generated = assembly.GetTypes().Count(t => t.Namespace == group.Key && !t.IsNested && t.GetCustomAttributes(false).Any(a => a.GetType().Name == "GeneratedCodeAttribute"));
            if (generated < group.Count()) throw new InvalidOperationException($"namespace {group.Key}: {group.Count()} declarations but {generated} generated types{Environment.NewLine}{listing}");
        }
    }
}
