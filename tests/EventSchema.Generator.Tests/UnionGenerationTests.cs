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
    public void Unions_that_list_unions_and_unions_of_items_are_flattened_and_compile()
    {
        const string schema = """
            namespace Shop;

            record Rail {
              line: string;
            }

            record Sea {
              vessel: string;
            }

            record Walk {
              km: int;
            }

            @discriminator("mode")
            union Leg = Rail | Sea;

            /// Any way to get there: the legs, and walking.
            union Route = Leg | Walk;

            record Trip {
              legs: list<Rail | Walk>;
              stops: map<string, Leg | Walk?>;
            }
            """;
        var run = GeneratorHarness.Run([GeneratorHarness.Schema("shop/legs.eventschema", schema.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n")]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        Snapshot.Match(run.SchemaFilePart("legs.eventschema"), "nested");
    }
}
