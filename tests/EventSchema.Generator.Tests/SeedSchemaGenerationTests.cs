using EventSchema.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Tests;

/// <summary>The seed schemas in <c>schemas/diplomacy</c>: what is generated, and that it builds cleanly.</summary>
public sealed class SeedSchemaGenerationTests
{
    private static readonly Lazy<GeneratorRun> Diplomacy = new(() => GeneratorHarness.Run(GeneratorHarness.SchemasFrom("diplomacy")));

    public static TheoryData<string> GeneratedFiles()
        => new(GeneratorHarness.SchemasFrom("diplomacy").Select(schema => Path.GetFileNameWithoutExtension(schema.Path)));

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_source_matches_snapshot(string schemaName)
    {
        // Sources are generated per namespace; each schema file's part of them is compared on its own.
        Snapshot.Match(Diplomacy.Value.SchemaFilePart(schemaName + ".eventschema"), schemaName);
    }

    [Fact]
    public void Seed_schemas_generate_one_source_per_namespace_and_no_diagnostics()
    {
        Assert.Empty(Diplomacy.Value.GeneratorDiagnostics);
        Assert.Equal(2, Diplomacy.Value.TypeSources.Count);
        Assert.Contains(Diplomacy.Value.TypeSources.Keys, hint => hint.StartsWith("Diplomacy.News.", StringComparison.Ordinal));
        foreach (var schema in GeneratorHarness.SchemasFrom("diplomacy"))
        {
            // Every file contributes its own part: records and events, or (day.eventschema) a union's class.
            Assert.Contains("partial ", Diplomacy.Value.SchemaFilePart(Path.GetFileName(schema.Path)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generated_code_compiles_without_warnings_under_nullable_and_documentation_checks()
    {
        var problems = Diplomacy.Value.CompilationProblems;
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
