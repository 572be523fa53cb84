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
        var source = Diplomacy.Value.Sources.Single(pair => pair.Key.StartsWith("diplomacy." + schemaName + ".", StringComparison.Ordinal));
        Snapshot.Match(source.Value, schemaName);
    }

    [Fact]
    public void Seed_schemas_generate_one_file_each_and_no_diagnostics()
    {
        Assert.Empty(Diplomacy.Value.GeneratorDiagnostics);
        Assert.Equal(GeneratorHarness.SchemasFrom("diplomacy").Count, Diplomacy.Value.Sources.Keys.Count(hint => hint != Json.JsonEmitter.CatalogHintName && hint != Emit.SchemaDeclarationsEmitter.HintName && hint != Json.GeneratedJsonEmitter.HintName));
    }

    [Fact]
    public void Generated_code_compiles_without_warnings_under_nullable_and_documentation_checks()
    {
        var problems = Diplomacy.Value.CompilationProblems;
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
