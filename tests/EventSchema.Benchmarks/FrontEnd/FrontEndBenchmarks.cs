using BenchmarkDotNet.Attributes;
using EventSchema.Benchmarks.Corpus;
using EventSchema.Language;
using EventSchema.Language.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using SchemaText = EventSchema.Language.Text.SourceText;

namespace EventSchema.Benchmarks.FrontEnd;

/// <summary>
/// The front end against Roslyn's C# parser on the same declarations. Every benchmark starts from
/// strings, as a build does: the schema side builds its <see cref="SchemaText"/>s (line maps
/// included), the C# side lets <see cref="CSharpSyntaxTree.ParseText(string, CSharpParseOptions?, string, System.Text.Encoding?, CancellationToken)"/>
/// build its own. Every benchmark keeps all it produced alive until it returns, as a compiler keeps
/// every tree of a compilation, so each side pays the same garbage-collection price for its trees.
/// Goal: parse + bind faster than Roslyn's parse alone, and linear growth.
/// </summary>
/// <remarks>
/// Every method runs under the same conditions: one call per measured iteration, whatever its length, after
/// BenchmarkDotNet's full collection between iterations (outside the timing). Left to choose, BenchmarkDotNet runs a
/// call shorter than the iteration target several times per iteration, so a later call pays inside its timing for
/// collecting what an earlier one returned, while a call as long as the target runs alone and never does: the two
/// sides of a comparison would be timed under different heaps. With one call per iteration each timed call pays for
/// exactly the collections its own allocations cause, as one compilation in a build does. More iterations make up for
/// the shorter ones.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(CallsPerIteration)]
[WarmupCount(3)]
[IterationCount(15)]
public class FrontEndBenchmarks
{
    /// <summary>Calls timed per iteration, the same for every method and size (see the remarks).</summary>
    public const int CallsPerIteration = 1;

    /// <summary>The corpus sizes measured.</summary>
    public static IReadOnlyList<int> DeclarationCounts { get; } = [100, 1_000, 10_000];

    /// <summary>C# as a .NET 10 project compiles it.</summary>
    public static readonly CSharpParseOptions CSharpOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private CorpusFile[] _schemaFiles = [];
    private CorpusFile[] _csharpFiles = [];
    private SyntaxTree[] _parsedSchemas = [];

    /// <summary>Declarations in the corpus, ten per file.</summary>
    [ParamsSource(nameof(DeclarationCounts))]
    public int Declarations { get; set; }

    [GlobalSetup]
    public void GenerateAndVerifyCorpus()
    {
        var corpus = SchemaCorpus.Generate(Declarations);
        CorpusVerifier.Verify(corpus, CSharpOptions);
        _schemaFiles = [.. corpus.SchemaFiles];
        _csharpFiles = [.. corpus.CSharpFiles];
        _parsedSchemas = ParseSchemas(_schemaFiles);
        JitWarmup.Once(RunEveryWorkloadOnSmallCorpus);
    }

    /// <summary>Roslyn parses the equivalent C# files and keeps every tree, as a compilation does.</summary>
    [Benchmark(Baseline = true)]
    public Microsoft.CodeAnalysis.SyntaxTree[] RoslynParseCSharp() => RoslynParseCSharp(_csharpFiles);

    /// <summary>The front end parses the schema files and keeps every tree (no binding).</summary>
    [Benchmark]
    public SyntaxTree[] ParseSchemas() => ParseSchemas(_schemaFiles);

    /// <summary>The front end parses and binds the schema files: every name resolved, every check run.</summary>
    [Benchmark]
    public SchemaCompilation ParseAndBindSchemas() => ParseAndBindSchemas(_schemaFiles);

    /// <summary>Binding alone, over trees parsed in setup: splits parse + bind into its two halves.</summary>
    [Benchmark]
    public SchemaCompilation BindParsedSchemas() => BindParsedSchemas(_parsedSchemas);

    private static Microsoft.CodeAnalysis.SyntaxTree[] RoslynParseCSharp(CorpusFile[] files)
    {
        var trees = new Microsoft.CodeAnalysis.SyntaxTree[files.Length];
        for (int i = 0; i < trees.Length; i++)
        {
            trees[i] = CSharpSyntaxTree.ParseText(files[i].Text, CSharpOptions, files[i].Path);
        }
        return trees;
    }

    private static SyntaxTree[] ParseSchemas(CorpusFile[] files)
    {
        var trees = new SyntaxTree[files.Length];
        for (int i = 0; i < trees.Length; i++)
        {
            trees[i] = SyntaxTree.Parse(new SchemaText(files[i].Path, files[i].Text));
        }
        return trees;
    }

    private static SchemaCompilation ParseAndBindSchemas(CorpusFile[] files)
    {
        var compilation = SchemaCompilation.Create(files.Select(f => new SchemaText(f.Path, f.Text)));
        _ = compilation.Diagnostics.Count;
        return compilation;
    }

    private static SchemaCompilation BindParsedSchemas(SyntaxTree[] trees)
    {
        var compilation = SchemaCompilation.Create(trees);
        _ = compilation.Diagnostics.Count;
        return compilation;
    }

    /// <summary>
    /// One round of every workload, Roslyn's included, on the smallest corpus: the same code paths as every size, so
    /// after enough rounds no measured call runs code the JIT has not yet optimised.
    /// </summary>
    private static void RunEveryWorkloadOnSmallCorpus()
    {
        var corpus = SmallCorpus.Value;
        RoslynParseCSharp(corpus.CSharp);
        ParseSchemas(corpus.Schemas);
        ParseAndBindSchemas(corpus.Schemas);
        BindParsedSchemas(corpus.Trees);
    }

    private static readonly Lazy<(CorpusFile[] CSharp, CorpusFile[] Schemas, SyntaxTree[] Trees)> SmallCorpus = new(() =>
    {
        var corpus = SchemaCorpus.Generate(DeclarationCounts[0]);
        CorpusFile[] schemas = [.. corpus.SchemaFiles];
        return ([.. corpus.CSharpFiles], schemas, ParseSchemas(schemas));
    });
}
