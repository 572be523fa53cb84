using EventSchema.Language.Evolution;
using EventSchema.Language.Tests.Infrastructure;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

/// <summary>Bad input gets diagnostics, never an exception: mangled lock files, and schemas with errors checked against a lock.</summary>
public class EvolutionRobustnessTests
{
    [Fact]
    public void Mangled_lock_files_are_errors_or_locks_but_never_exceptions()
    {
        var seeds = SchemaCase.All().Where(p => p.StartsWith("schemas/diplomacy/", StringComparison.Ordinal)).ToList();
        var compilation = SchemaCase.Compile(seeds[0]);
        string text = SchemaLock.FromCompilation(compilation, cancellationToken: TestContext.Current.CancellationToken).Write();
        var random = new Random(7);
        const string Pieces = "{}[],:\"\\ 0123456789-+.eEtrufalsn\u00e9\u0001";
        for (int i = 0; i < 500; i++)
        {
            var chars = text.ToCharArray().ToList();
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits && chars.Count > 0; e++)
            {
                int at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, Pieces[random.Next(Pieces.Length)]); break;
                    default: chars[at] = Pieces[random.Next(Pieces.Length)]; break;
                }
            }
            var mangled = new SourceText("eventschema.lock.json", new string(chars.ToArray()));
            var result = SchemaLock.Read(mangled);
            Assert.True(result.Lock is not null ^ result.Diagnostics.Count > 0);
            Assert.All(result.Diagnostics, d => Assert.True(d.Span.End <= mangled.Length));
            // Whatever still reads as a lock can be checked against.
            if (result.Lock is not null) CompatibilityChecker.Check(compilation, result.Lock, CompatibilityMode.FullTransitive, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public void Every_invalid_case_can_be_locked_and_checked_without_an_exception()
    {
        foreach (var path in SchemaCase.All())
        {
            var compilation = SchemaCase.Compile(path);
            var schemaLock = SchemaLock.FromCompilation(compilation, cancellationToken: TestContext.Current.CancellationToken);
            var read = SchemaLock.Read(new SourceText(SchemaLock.DefaultFileName, schemaLock.Write()));
            Assert.Empty(read.Diagnostics);
            var againstItself = CompatibilityChecker.Check(compilation, read.Lock!, CompatibilityMode.FullTransitive, TestContext.Current.CancellationToken);
            // A schema without errors is compatible with its own lock; one with errors is only checked not to crash.
            if (!compilation.HasErrors) Assert.Empty(againstItself);
            Assert.NotNull(CompatibilityChecker.Check(compilation, SchemaLock.Empty, CompatibilityMode.Full, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public void A_lock_of_one_schema_checked_against_another_reports_but_does_not_throw()
    {
        var paths = SchemaCase.All().ToList();
        var random = new Random(3);
        for (int i = 0; i < 60; i++)
        {
            var older = SchemaCase.Compile(paths[random.Next(paths.Count)]);
            var newer = SchemaCase.Compile(paths[random.Next(paths.Count)]);
            var schemaLock = SchemaLock.FromCompilation(older, cancellationToken: TestContext.Current.CancellationToken);
            foreach (var mode in Enum.GetValues<CompatibilityMode>())
            {
                var diagnostics = CompatibilityChecker.Check(newer, schemaLock, mode, TestContext.Current.CancellationToken);
                Assert.All(diagnostics, d => Assert.Matches(@"^[A-Z_]+: ", d.Message));
            }
        }
    }
}
