using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using EventSchema.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EventSchema.Hardening.Tests.Infrastructure;

/// <summary>A schema file handed to the generator as an additional file.</summary>
public sealed class SchemaFile(string path, string text) : AdditionalText
{
    public override string Path => path;

    public string Text => text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
}

/// <summary>An additional file whose reads can be interrupted, to cancel the generator at chosen points.</summary>
public sealed class CancellingSchemaFile(string path, string text, Action onRead) : AdditionalText
{
    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        onRead();
        cancellationToken.ThrowIfCancellationRequested();
        return SourceText.From(text, Encoding.UTF8);
    }
}

/// <summary>The outcome of one generator run.</summary>
public sealed record GeneratorOutcome(
    GeneratorDriver Driver,
    Compilation Output,
    ImmutableArray<Diagnostic> DriverDiagnostics,
    IReadOnlyList<(string HintName, string Text)> Sources)
{
    /// <summary>Errors and warnings of the compilation with the generated code, as a warnings-as-errors build reports them.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems(CancellationToken cancellationToken)
        => Output.GetDiagnostics(cancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Generator crashes (CS8784 in Initialize, CS8785 while generating) and EventSchema's own bug report (ES9000).</summary>
    public IReadOnlyList<Diagnostic> GeneratorFailures
        => DriverDiagnostics.Where(d => d.Id is "CS8784" or "CS8785" or "ES9000").ToList();
}

/// <summary>Runs the real generator with <see cref="CSharpGeneratorDriver"/> on in-memory projects, as the compiler does.</summary>
public static class GeneratorHarness
{
    public const string ProjectDirectory = "/project/";

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static ImmutableArray<MetadataReference> References { get; } = CreateReferences();

    /// <summary>An empty consumer project: nullable enabled, every warning on.</summary>
    public static CSharpCompilation EmptyProject { get; } = CSharpCompilation.Create(
        "Consumer",
        [CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Anchor { } }", ParseOptions, path: ProjectDirectory + "Anchor.cs")],
        References,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999,
            deterministic: true,
            // As in every SDK project (NoWarn 1701;1702): the runtime package is built against an older System.Text.Json.
            specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

    public static SchemaFile Schema(string relativePath, string text) => new(ProjectDirectory + relativePath, text);

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> schemas, IReadOnlyDictionary<string, string>? properties = null)
        => CSharpGeneratorDriver.Create(
            [new EventSchemaGenerator().AsSourceGenerator()],
            schemas,
            ParseOptions,
            new OptionsProvider(properties ?? new Dictionary<string, string>()));

    public static GeneratorOutcome Run(IEnumerable<AdditionalText> schemas, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? properties = null)
        => Run(CreateDriver(schemas, properties), EmptyProject, cancellationToken);

    public static GeneratorOutcome Run(GeneratorDriver driver, Compilation compilation, CancellationToken cancellationToken)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics, cancellationToken);
        var sources = driver.GetRunResult().Results
            .SelectMany(result => result.GeneratedSources)
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .ToList();
        return new GeneratorOutcome(driver, output, diagnostics, sources);
    }

    /// <summary>Emits <paramref name="compilation"/> and loads it into a collectible context.</summary>
    public static Assembly EmitAndLoad(Compilation compilation, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: cancellationToken);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }

    /// <summary>Diagnostics one per line, each followed by the generated line it points at.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics.Select(Describe));

    private static string Describe(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree;
        if (tree is null) return diagnostic.ToString();
        int line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        var lines = tree.GetText().Lines;
        string context = string.Join(Environment.NewLine, Enumerable.Range(Math.Max(0, line - 2), Math.Min(3, lines.Count - Math.Max(0, line - 2)))
            .Select(i => $"    {i + 1,5}: {lines[i]}"));
        return diagnostic + Environment.NewLine + context;
    }

    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return
        [
            .. trusted
                .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
                .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(IEvent).Assembly.Location),
        ];
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> globalOptions) : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globalOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}
