using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>The Middle Corridor schemas in <c>schemas/corridor</c>: unions declared by name and written in place.</summary>
public sealed class UnionGenerationTests
{
    private static readonly Lazy<GeneratorRun> Corridor = new(() => GeneratorHarness.Run(GeneratorHarness.SchemasFrom("corridor")));

    [Fact]
    public void Generated_types_and_JSON_support_match_snapshot()
        => Snapshot.Match(Corridor.Value.SchemaFilePart("transport.eventschema"), "transport");

    [Fact]
    public void Generated_code_compiles_without_diagnostics_or_warnings()
    {
        Assert.Empty(Corridor.Value.GeneratorDiagnostics);
        var problems = Corridor.Value.CompilationProblems;
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void A_union_of_a_union_is_reported_and_not_generated()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("shop/legs.eventschema", "namespace Shop;\n\nrecord Rail {\n  line: string;\n}\n\nunion Leg = Rail;\n\nunion Route = Leg | Rail;\n")]);

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "ES0100");
        Assert.DoesNotContain(run.Sources.Values, source => source.Contains("class Route", StringComparison.Ordinal));
        Assert.Contains(run.Sources.Values, source => source.Contains("class Leg", StringComparison.Ordinal));
    }
}
