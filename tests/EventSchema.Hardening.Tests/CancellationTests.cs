using System.Diagnostics;
using EventSchema.Hardening.Tests.Infrastructure;
using EventSchema.Language;
using Microsoft.CodeAnalysis;
using LanguageSourceText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Hardening.Tests;

/// <summary>
/// Builds and IDEs cancel generators all the time. Cancelled at random points, the generator and the front
/// end let only <see cref="OperationCanceledException"/> escape, and the next run (on the same driver, as an
/// IDE does) gives output byte-identical to a run that was never cancelled: no half-built cache survives.
/// </summary>
public class CancellationTests
{
    private const int Cancellations = 1_000;

    [Fact]
    public void The_generator_cancelled_at_random_points_throws_only_cancellation_and_then_recovers()
    {
        var settings = FuzzSettings.Current;
        var random = settings.RandomFor(nameof(The_generator_cancelled_at_random_points_throws_only_cancellation_and_then_recovers));
        var testToken = TestContext.Current.CancellationToken;
        var seed = DeterminismTests.SeedProject();

        // A few edited versions of the seed project, each with the output of a run that was never cancelled.
        var versions = Enumerable.Range(0, 4).Select(v => Edited(seed, v)).ToList();
        var expected = versions.Select(v => GeneratorHarness.Run(v, testToken).Sources).ToList();

        // The driver an IDE keeps between edits, warmed on the unedited project.
        var driver = GeneratorHarness.Run(GeneratorHarness.CreateDriver(seed), GeneratorHarness.EmptyProject, testToken).Driver;
        // Cancel within the span of what is cancelled: a rerun of the warm driver after an edit, which redoes only
        // the edited files' work and so takes far less than a cold run.
        // The shortest of three, so that a first run's one-time costs do not stretch the span.
        long fullRunTicks = long.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            _ = GeneratorHarness.Run(driver.ReplaceAdditionalTexts([.. versions[run % versions.Count]]), GeneratorHarness.EmptyProject, testToken);
            fullRunTicks = Math.Min(fullRunTicks, Math.Max(1, stopwatch.ElapsedTicks));
        }

        int cancelled = 0;
        int count = settings.Count(Cancellations);
        for (int i = 0; i < count; i++)
        {
            int version = random.Next(versions.Count);
            var edited = driver.ReplaceAdditionalTexts([.. versions[version]]);
            using var source = new CancellationTokenSource();
            long delay = (long)(random.NextDouble() * fullRunTicks);
            var stop = Stopwatch.StartNew();
            // Cancel from another thread at a random moment of the run.
            var canceller = StartCanceller(source, stop, delay);
            try
            {
                var outcome = GeneratorHarness.Run(edited, GeneratorHarness.EmptyProject, source.Token);
                AssertSameOutput(expected[version], outcome.Sources, $"uncancelled run #{i}");
            }
            catch (OperationCanceledException)
            {
                cancelled++;
            }
            canceller.Join();

            // The next run of the same driver is complete and identical to one that was never cancelled.
            var next = GeneratorHarness.Run(edited, GeneratorHarness.EmptyProject, testToken);
            AssertSameOutput(expected[version], next.Sources, $"run after cancellation #{i} ({settings.Describe()})");
            Assert.Empty(next.GeneratorFailures);
        }
        TestContext.Current.SendDiagnosticMessage($"cancellation: {count} runs, {cancelled} cancelled mid-run");
        Assert.True(cancelled > count / 10, $"only {cancelled} of {count} runs were cancelled before they finished: the random points miss the run");
    }

    [Fact]
    public void The_front_end_cancelled_at_random_points_throws_only_cancellation()
    {
        var settings = FuzzSettings.Current;
        var random = settings.RandomFor(nameof(The_front_end_cancelled_at_random_points_throws_only_cancellation));
        var sources = SchemaCorpus.Seed.Files.Select(f => new LanguageSourceText(f.Path, f.Text)).ToList();
        string expected = string.Join("\n", SchemaCompilation.Create(sources, TestContext.Current.CancellationToken).Declarations.Select(d => d.FullName));
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < 20; i++) SchemaCompilation.Create(sources, TestContext.Current.CancellationToken);
        long runTicks = Math.Max(1, stopwatch.ElapsedTicks / 20);

        int cancelled = 0;
        int count = settings.Count(Cancellations);
        for (int i = 0; i < count; i++)
        {
            using var source = new CancellationTokenSource();
            long delay = (long)(random.NextDouble() * runTicks);
            var stop = Stopwatch.StartNew();
            var canceller = StartCanceller(source, stop, delay);
            try
            {
                var compilation = SchemaCompilation.Create(sources, source.Token);
                Assert.Equal(expected, string.Join("\n", compilation.Declarations.Select(d => d.FullName)));
            }
            catch (OperationCanceledException)
            {
                cancelled++;
            }
            canceller.Join();
        }
        TestContext.Current.SendDiagnosticMessage($"front-end cancellation: {count} runs, {cancelled} cancelled mid-run");
    }

    // A thread of its own, so the moment of cancellation does not wait for the thread pool.
    private static Thread StartCanceller(CancellationTokenSource source, Stopwatch clock, long delayTicks)
    {
        var thread = new Thread(() =>
        {
            while (clock.ElapsedTicks < delayTicks) Thread.SpinWait(20);
            source.Cancel();
        })
        { IsBackground = true };
        thread.Start();
        return thread;
    }

    private static List<SchemaFile> Edited(List<SchemaFile> seed, int version)
        => version == 0
            ? seed
            : seed.Select((file, index) => index == version % seed.Count
                ? GeneratorHarness.Schema(file.Path.Substring(GeneratorHarness.ProjectDirectory.Length), file.Text.Replace("///", $"/// Revision {version}:", StringComparison.Ordinal))
                : file).ToList();

    private static void AssertSameOutput(IReadOnlyList<(string HintName, string Text)> expected, IReadOnlyList<(string HintName, string Text)> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: {actual.Count} sources instead of {expected.Count}");
        foreach (var ((hint, text), (otherHint, other)) in expected.Zip(actual))
        {
            Assert.True(hint == otherHint && string.Equals(text, other, StringComparison.Ordinal), $"{what}: {hint} differs");
        }
    }
}
