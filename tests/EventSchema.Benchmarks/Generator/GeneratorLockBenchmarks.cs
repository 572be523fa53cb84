using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using EventSchema.Generator;
using EventSchema.Language;
using EventSchema.Language.Evolution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSchema.Benchmarks.Generator;

/// <summary>
/// What the lock file adds to a cold generator run: the same 1,000-declaration project with no lock file (the
/// baseline) and with a lock file of that very project, marked as the package's targets mark it, so the build compares
/// every published version of every declaration with the schemas (and finds nothing). Goal: the comparison adds
/// less than 5% to the cold run. The comparison alone (reading the lock file and checking the bound schemas against
/// it, what the build adds with a lock file) is timed too, so its share of the cold run is measured directly, not
/// only as the difference of two long runs.
/// </summary>
[MemoryDiagnoser]
public class GeneratorLockBenchmarks
{
    private const string LockPath = GeneratorProject.Directory + SchemaLock.DefaultFileName;

    private GeneratorProject _project = null!;
    private SchemaAdditionalText _lockFile = null!;
    private SchemaCompilation _schemas = null!;

    /// <summary>Declarations in the project, as in the cold benchmarks' 1,000 case.</summary>
    [Params(1_000)]
    public int Declarations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _project = GeneratorProject.Create(Declarations);
        _schemas = SchemaCompilation.Create(_project.Schemas.Select(schema => new Language.Text.SourceText(schema.Path, schema.Content)));
        var schemaLock = SchemaLock.FromCompilation(_schemas);
        _lockFile = new SchemaAdditionalText(LockPath, schemaLock.Write());

        // The lock must reach the check: an unreadable one is an error at the lock file, and this one is clean.
        var broken = CreateDriver(new SchemaAdditionalText(LockPath, "{")).RunGenerators(_project.Compilation);
        if (!broken.GetRunResult().Diagnostics.Any(d => d.Id == "ES0720"))
        {
            throw new InvalidOperationException("The generator did not read the lock file: an unreadable one reported no ES0720.");
        }
        GeneratorChecks.RequireCleanRun(CreateDriver(_lockFile).RunGenerators(_project.Compilation), _project.Namespaces);
        if (ReadAndCompareLockFile() != 0) throw new InvalidOperationException("The corpus is not compatible with its own lock file.");
        Console.WriteLine($"// The lock file records {schemaLock.Declarations.Count} declarations ({_lockFile.Content.Length:N0} characters).");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRunWithoutLockFile() => CreateDriver(lockFile: null).RunGenerators(_project.Compilation);

    [Benchmark]
    public GeneratorDriver ColdRunWithLockFile() => CreateDriver(_lockFile).RunGenerators(_project.Compilation);

    /// <summary>What the build does with a lock file, on schemas already bound: read it, compare every declaration.</summary>
    [Benchmark]
    public int ReadAndCompareLockFile()
    {
        var read = SchemaLock.Read(new Language.Text.SourceText(LockPath, _lockFile.Content));
        return read.Diagnostics.Count + CompatibilityChecker.Check(_schemas, read.Lock!, CompatibilityMode.BackwardTransitive).Count;
    }

    private GeneratorDriver CreateDriver(AdditionalText? lockFile)
        => CSharpGeneratorDriver.Create(
            [new EventSchemaGenerator().AsSourceGenerator()],
            lockFile is null ? _project.Schemas : [.. _project.Schemas, lockFile],
            GeneratorProject.ParseOptions,
            LockMarkingOptions.Instance);

    /// <summary>As the package's targets do: the project folder, and <c>EventSchemaLock="true"</c> on the lock file.</summary>
    private sealed class LockMarkingOptions : AnalyzerConfigOptionsProvider
    {
        public static readonly LockMarkingOptions Instance = new();

        private static readonly Options Marked = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.EventSchemaLock", "true"));
        private static readonly Options None = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty.Add("build_property.ProjectDir", GeneratorProject.Directory));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == LockPath ? Marked : None;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
