using EventSchema.Generator.Tests.Infrastructure;

namespace EventSchema.Generator.Tests;

/// <summary>
/// The Middle Corridor schemas in <c>schemas/corridor</c>, written with spreads, item and key rules, nullable items,
/// typed map keys and collection defaults: what is generated, and that it builds cleanly.
/// </summary>
public sealed class CorridorSchemaGenerationTests
{
    private static readonly Lazy<GeneratorRun> Corridor = new(() => GeneratorHarness.Run(GeneratorHarness.SchemasFrom("corridor")));

    [Fact]
    public void Generated_source_matches_snapshot()
        => Snapshot.Match(Corridor.Value.SchemaFilePart("trade.eventschema"), "corridor-trade");

    [Fact]
    public void Generated_code_compiles_without_warnings_under_nullable_and_documentation_checks()
    {
        Assert.Empty(Corridor.Value.GeneratorDiagnostics);
        var problems = Corridor.Value.CompilationProblems;
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
