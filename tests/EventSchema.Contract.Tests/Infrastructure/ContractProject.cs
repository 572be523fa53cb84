using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using EventSchema.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EventSchema.Contract.Tests.Infrastructure;

/// <summary>
/// Schema files compiled the way a net10.0 project compiles them: one run of the generator over all of them, the
/// generated C# compiled and loaded. Files the generator refuses contribute no code, so the rest still loads.
/// </summary>
public sealed class ContractProject
{
    public const string ProjectDirectory = "/project/";

    private ContractProject(Assembly assembly, ImmutableArray<Diagnostic> diagnostics)
    {
        Assembly = assembly;
        Diagnostics = diagnostics;
    }

    /// <summary>The compiled generated code.</summary>
    public Assembly Assembly { get; }

    /// <summary>The generator's diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The generator's errors about the schema file at <paramref name="relativePath"/>.</summary>
    public IReadOnlyList<Diagnostic> ErrorsIn(string relativePath)
        => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == ProjectDirectory + relativePath).ToList();

    /// <summary>
    /// Compiles <paramref name="schemas"/> (relative path and text) with the MSBuild <paramref name="properties"/>
    /// (such as <c>EventSchemaJsonNaming</c>) and loads the result into a collectible context.
    /// </summary>
    public static Task<ContractProject> CompileAsync(IEnumerable<(string Path, string Text)> schemas, IReadOnlyDictionary<string, string>? properties = null, string? consumerCode = null)
    {
        var parseOptions = new CSharpParseOptions(
            LanguageVersion.Latest,
            DocumentationMode.Diagnose,
            preprocessorSymbols: ["NET", "NET10_0", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER"]);
        var globalOptions = new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDirectory };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>()) globalOptions["build_property." + key] = value;

        var compilation = CSharpCompilation.Create(
            "Contract",
            [CSharpSyntaxTree.ParseText(consumerCode ?? "namespace Consumer { internal static class Anchor { } }", parseOptions, path: ProjectDirectory + "Anchor.cs")],
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));
        ImmutableArray<AdditionalText> files = [.. schemas.Select(schema => (AdditionalText)new SchemaText(ProjectDirectory + schema.Path, schema.Text))];
        var options = new OptionsProvider(globalOptions);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new EventSchemaGenerator().AsSourceGenerator()], files, parseOptions, options);
        // Schema mistakes are reported by the generator, as in a build.
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, TestContext.Current.CancellationToken);

        using var stream = new MemoryStream();
        var emitted = output.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("contract-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return Task.FromResult(new ContractProject(context.LoadFromStream(stream), diagnostics));
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return
        [
            .. trusted
                .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
                .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(IEvent).Assembly.Location),
        ];
    });

    private sealed class SchemaText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
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
