using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using EventSchema.Testing.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EventSchema.Hardening.Tests.Infrastructure;

/// <summary>A schema file handed to the generator as an additional file.</summary>
public sealed class SchemaFile(string path, string text) : SchemaText(path, text);

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
    /// <summary>
    /// Errors and warnings of the compilation with the generated code, as a warnings-as-errors build reports them, with
    /// nullable warnings on in the generated files.
    /// </summary>
    public IReadOnlyList<Diagnostic> CompilationProblems(CancellationToken cancellationToken)
        => NullableWarningsCheck.Problems(Output, cancellationToken);

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
        => GeneratorRunner.CreateDriver(schemas, properties ?? new Dictionary<string, string>(), ParseOptions);

    public static GeneratorOutcome Run(IEnumerable<AdditionalText> schemas, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? properties = null)
        => Run(CreateDriver(schemas, properties), EmptyProject, cancellationToken);

    public static GeneratorOutcome Run(GeneratorDriver driver, Compilation compilation, CancellationToken cancellationToken)
    {
        var result = GeneratorRunner.Run(driver, compilation, cancellationToken);
        return new GeneratorOutcome(result.Driver, result.Output, result.Diagnostics, result.Sources);
    }

    /// <summary>Emits <paramref name="compilation"/> and loads it into a collectible context.</summary>
    public static Assembly EmitAndLoad(Compilation compilation, CancellationToken cancellationToken)
        => GeneratorRunner.EmitAndLoad(compilation, cancellationToken);

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

    private static ImmutableArray<MetadataReference> CreateReferences() => GeneratorRunner.FrameworkReferences();
}
