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
[MemoryDiagnoser]
public class FrontEndBenchmarks
{
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
        _parsedSchemas = [.. _schemaFiles.Select(f => SyntaxTree.Parse(new SchemaText(f.Path, f.Text)))];
    }

    /// <summary>Roslyn parses the equivalent C# files and keeps every tree, as a compilation does.</summary>
    [Benchmark(Baseline = true)]
    public Microsoft.CodeAnalysis.SyntaxTree[] RoslynParseCSharp()
    {
        var trees = new Microsoft.CodeAnalysis.SyntaxTree[_csharpFiles.Length];
        for (int i = 0; i < trees.Length; i++)
        {
            trees[i] = CSharpSyntaxTree.ParseText(_csharpFiles[i].Text, CSharpOptions, _csharpFiles[i].Path);
        }
        return trees;
    }

    /// <summary>The front end parses the schema files and keeps every tree (no binding).</summary>
    [Benchmark]
    public SyntaxTree[] ParseSchemas()
    {
        var trees = new SyntaxTree[_schemaFiles.Length];
        for (int i = 0; i < trees.Length; i++)
        {
            trees[i] = SyntaxTree.Parse(new SchemaText(_schemaFiles[i].Path, _schemaFiles[i].Text));
        }
        return trees;
    }

    /// <summary>The front end parses and binds the schema files: every name resolved, every check run.</summary>
    [Benchmark]
    public SchemaCompilation ParseAndBindSchemas()
    {
        var compilation = SchemaCompilation.Create(_schemaFiles.Select(f => new SchemaText(f.Path, f.Text)));
        _ = compilation.Diagnostics.Count;
        return compilation;
    }

    /// <summary>Binding alone, over trees parsed in setup: splits parse + bind into its two halves.</summary>
    [Benchmark]
    public SchemaCompilation BindParsedSchemas()
    {
        var compilation = SchemaCompilation.Create(_parsedSchemas);
        _ = compilation.Diagnostics.Count;
        return compilation;
    }
}
