using EventSchema.Fuzzing;
using EventSchema.Hardening.Tests.Infrastructure;
using EventSchema.Language.Text;

namespace EventSchema.Hardening.Tests;

/// <summary>
/// The bulk of the mutation run, front end only: every truncation point of every corpus file, then
/// random byte, character and token mutations, each compiled with the rest of its project. Every input
/// must satisfy <see cref="FrontEndInvariants"/>: no exception, exact lexer round trip, every diagnostic
/// located inside its file, no silent recovery.
/// </summary>
public class FrontEndMutationTests
{
    /// <summary>Random mutants per kind in CI; with the truncations this makes well over 100,000 inputs.</summary>
    private const int MutantsPerKind = 11_000;

    private static readonly Lazy<Mutator> SharedMutator = new(() => new Mutator(Mutator.TokenPoolOf(SchemaCorpus.Files.Select(entry => entry.File.Text))));

    [Fact]
    public void Every_truncation_point_of_every_corpus_file_is_handled()
    {
        var settings = FuzzSettings.Current;
        var failures = new FailureLog(nameof(Every_truncation_point_of_every_corpus_file_is_handled), settings);
        int run = 0;
        foreach (var (group, file) in SchemaCorpus.Files)
        {
            var companions = Companions(group, file);
            for (int cut = 0; cut <= file.Text.Length; cut++)
            {
                string input = file.Text.Substring(0, cut);
                Run(input, file, companions, $"{file.Path} truncated at {cut}", failures);
                run++;
            }
        }
        TestContext.Current.SendDiagnosticMessage($"truncations: {run} inputs");
        failures.AssertNone(run);
        Assert.True(run > 9_000, $"only {run} truncation points: has the corpus shrunk?");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Random_mutants_are_handled(MutationKind kind)
    {
        var settings = FuzzSettings.Current;
        var random = settings.RandomFor(nameof(Random_mutants_are_handled) + kind);
        var failures = new FailureLog($"{nameof(Random_mutants_are_handled)}-{kind}", settings);
        var files = SchemaCorpus.Files.ToList();
        int count = settings.Count(MutantsPerKind);
        for (int i = 0; i < count; i++)
        {
            var (group, file) = files[random.Next(files.Count)];
            string other = files[random.Next(files.Count)].File.Text;
            // Stack a few edits now and then: single edits rarely get far past the first error.
            string input = file.Text;
            int edits = random.Next(4) == 0 ? random.Next(2, 6) : 1;
            for (int e = 0; e < edits; e++) input = SharedMutator.Value.Mutate(input, e == 0 ? kind : Mutator.Kinds[random.Next(Mutator.Kinds.Count)], random, other);
            Run(input, file, Companions(group, file), $"{kind} mutant #{i} of {file.Path} ({edits} edit(s))", failures);
        }
        failures.AssertNone(count);
    }

    public static TheoryData<MutationKind> Kinds() => new(Mutator.Kinds);

    private static IReadOnlyList<SourceText> Companions(CorpusGroup group, CorpusFile file)
        => group.Files.Where(other => other != file).Select(other => new SourceText(other.Path, other.Text)).ToList();

    private static void Run(string input, CorpusFile file, IReadOnlyList<SourceText> companions, string description, FailureLog failures)
    {
        try
        {
            FrontEndInvariants.Check(new SourceText(file.Path, input), companions, TestContext.Current.CancellationToken);
        }
        catch (OperationCanceledException) when (TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            failures.Add(description, input, exception);
        }
    }
}
