using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace EventSchema.Benchmarks.Generator;

/// <summary>
/// A cold generator run through <see cref="Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver"/>: a fresh driver,
/// nothing cached, as in a clean build or the first run after the IDE loads a project. Goal: linear growth, the
/// 5,000-declaration project at most 5.5x the 1,000 one.
/// </summary>
[MemoryDiagnoser]
public class GeneratorColdBenchmarks
{
    private GeneratorProject _project = null!;

    /// <summary>Declarations in the project (records, events, enums, scalars; four in ten are events), ten to a schema file.</summary>
    [Params(10, 100, 1_000, 5_000)]
    public int Declarations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _project = GeneratorProject.Create(Declarations);
        GeneratorChecks.RequireCleanRun(_project.CreateDriver().RunGenerators(_project.Compilation), _project.Namespaces);
    }

    [Benchmark]
    public GeneratorDriver ColdRun() => _project.CreateDriver().RunGenerators(_project.Compilation);
}
