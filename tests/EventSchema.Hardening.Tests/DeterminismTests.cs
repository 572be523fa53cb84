using EventSchema.Hardening.Tests.Infrastructure;

namespace EventSchema.Hardening.Tests;

/// <summary>The same schemas give byte-identical generated code, whatever order the build lists them in.</summary>
public class DeterminismTests
{
    [Fact]
    public void The_seed_schemas_generate_code_that_compiles_without_a_warning()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var outcome = GeneratorHarness.Run(SeedProject(), cancellationToken);
        Assert.Empty(outcome.GeneratorFailures);
        Assert.NotEmpty(outcome.Sources);
        var problems = outcome.CompilationProblems(cancellationToken);
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems));
    }

    [Fact]
    public void Every_file_order_gives_byte_identical_output()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var files = SeedProject();
        var expected = GeneratorHarness.Run(files, cancellationToken).Sources;
        Assert.NotEmpty(expected);

        var random = FuzzSettings.Current.RandomFor(nameof(Every_file_order_gives_byte_identical_output));
        var orders = new List<IReadOnlyList<SchemaFile>> { files.AsEnumerable().Reverse().ToList() };
        for (int i = 0; i < 8; i++) orders.Add(files.OrderBy(_ => random.Next()).ToList());
        foreach (var order in orders)
        {
            var actual = GeneratorHarness.Run(order, cancellationToken).Sources;
            Assert.Equal(expected.Select(s => s.HintName), actual.Select(s => s.HintName));
            foreach (var ((hint, text), (_, other)) in expected.Zip(actual))
            {
                Assert.True(string.Equals(text, other, StringComparison.Ordinal), $"{hint} differs when the files are given as {string.Join(", ", order.Select(f => f.Path))}");
            }
        }
    }

    [Fact]
    public void The_same_input_run_twice_in_one_process_gives_byte_identical_output()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var first = GeneratorHarness.Run(SeedProject(), cancellationToken).Sources;
        var second = GeneratorHarness.Run(SeedProject(), cancellationToken).Sources;
        Assert.Equal(first, second);
    }

    internal static List<SchemaFile> SeedProject()
        => SchemaCorpus.Seed.Files.Select(file => GeneratorHarness.Schema(file.Path, file.Text)).ToList();
}
