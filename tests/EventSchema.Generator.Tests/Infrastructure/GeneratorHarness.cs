using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using EventSchema.Testing.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EventSchema.Generator.Tests.Infrastructure;

/// <summary>A schema file handed to the generator as an additional file.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : SchemaText(path, text)
{
    public string Content => Text;
}

/// <summary>MSBuild properties as the compiler sees them (<c>build_property.X</c>).</summary>
public sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions) : BuildProperties(globalOptions);

/// <summary>The outcome of one generator run.</summary>
public sealed record GeneratorRun(
    GeneratorDriver Driver,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    IReadOnlyDictionary<string, string> Sources)
{
    /// <summary>The sources generated per namespace (types and their JSON support), without the catalog, GeneratedJson and the type registry.</summary>
    public IReadOnlyDictionary<string, string> TypeSources => Sources
        .Where(pair => pair.Key != Json.JsonEmitter.CatalogHintName && !IsGeneratedJson(pair.Key) && pair.Key != Json.SchemaTypeRegistryEmitter.HintName)
        .ToDictionary(pair => pair.Key, pair => pair.Value);

    /// <summary>GeneratedJson's sources, the main one and then each namespace's part, joined; null when there is none.</summary>
    public string? GeneratedJson => Sources.TryGetValue(Json.GeneratedJsonEmitter.HintName, out string? main)
        ? string.Join("\n", new[] { main }.Concat(Sources.Where(pair => pair.Key != Json.GeneratedJsonEmitter.HintName && IsGeneratedJson(pair.Key)).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value)))
        : null;

    private static bool IsGeneratedJson(string hintName) => hintName.StartsWith("EventSchema.GeneratedJson.", StringComparison.Ordinal);

    /// <summary>The <c>[assembly: SchemaDeclarations(…)]</c> lines of every source: one per generated namespace.</summary>
    public IReadOnlyList<string> DeclarationAttributes => Sources.Values
        .SelectMany(source => source.Split('\n'))
        .Where(line => line.StartsWith("[assembly: global::EventSchema.SchemaDeclarations(", StringComparison.Ordinal))
        .ToList();

    /// <summary>
    /// The part of a generated namespace source that comes from the schema file named <paramref name="fileName"/>: from its
    /// <c>// name.eventschema</c> line to the next file's, or to the end.
    /// </summary>
    public static string SchemaFilePart(string source, string fileName)
    {
        string marker = "\n// " + fileName + "\n";
        int start = source.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"No part for {fileName} in the generated source.");
        start++;
        var next = System.Text.RegularExpressions.Regex.Match(source.Substring(start + marker.Length - 1), @"\n// [^\s]+\.eventschema\n");
        return next.Success ? source.Substring(start, marker.Length - 1 + next.Index + 1) : source.Substring(start);
    }

    /// <summary>The part of the generated sources that comes from the schema file named <paramref name="fileName"/>.</summary>
    public string SchemaFilePart(string fileName)
        => SchemaFilePart(Assert.Single(TypeSources.Values, source => source.Contains("\n// " + fileName + "\n", StringComparison.Ordinal)), fileName);

    /// <summary>Generator failures (ES9xxx), as opposed to diagnostics about the schemas.</summary>
    public IReadOnlyList<Diagnostic> Failures => GeneratorDiagnostics.Where(diagnostic => diagnostic.Id.StartsWith("ES9", StringComparison.Ordinal)).ToList();

    /// <summary>The declarations left out of generation (ES0080), by the name in their message.</summary>
    public IReadOnlyList<Diagnostic> NotGenerated => GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "ES0080").ToList();

    /// <summary>Errors and warnings of the compilation with the generated code, nullable warnings on in the generated files.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems => NullableWarningsCheck.Problems(OutputCompilation);
}

/// <summary>Runs the generator (and the analyzer) the way the compiler does, on in-memory projects.</summary>
public static class GeneratorHarness
{
    public const string ProjectDirectory = "/project/";

    /// <summary>C# as a net10.0 project compiles it, with the SDK's framework symbols.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(
        LanguageVersion.Latest,
        DocumentationMode.Diagnose,
        preprocessorSymbols: ["NET", "NET10_0", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER"]);

    /// <summary>C# as a netstandard2.0 project with the latest language version compiles it.</summary>
    public static CSharpParseOptions NetStandardParseOptions { get; } = new(
        LanguageVersion.Latest,
        DocumentationMode.Diagnose,
        preprocessorSymbols: ["NETSTANDARD", "NETSTANDARD2_0"]);

    /// <summary>netstandard.dll and the netstandard2.0 build of EventSchema.Runtime: what a netstandard2.0 consumer compiles against.</summary>
    public static ImmutableArray<MetadataReference> NetStandardReferences { get; } = CreateNetStandardReferences();

    // netstandard.dll, the runtime's netstandard2.0 build, and the packages that build depends on
    // (System.Text.Json and its own dependencies), from the restore's package folder.
    private static ImmutableArray<MetadataReference> CreateNetStandardReferences()
    {
        string netstandard = typeof(GeneratorHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NetStandardReference").Value!;
        string packageRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(netstandard)!, "../../../../.."));
        string[] packages =
        [
            "System.Text.Json", "System.Text.Encodings.Web", "System.Memory", "Microsoft.Bcl.AsyncInterfaces", "System.Buffers",
            "System.Runtime.CompilerServices.Unsafe", "System.Threading.Tasks.Extensions", "System.Numerics.Vectors",
        ];
        var dependencies = packages.Select(package => Directory
            .GetDirectories(Path.Combine(packageRoot, package.ToLowerInvariant()))
            .Select(version => Path.Combine(version, "lib", "netstandard2.0", package + ".dll"))
            .Where(File.Exists)
            .OrderByDescending(path => Version.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)))!)))
            .First());
        return
        [
            MetadataReference.CreateFromFile(netstandard),
            MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "EventSchema.Runtime.dll")),
            .. dependencies.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
        ];
    }

    /// <summary>The running framework's assemblies and EventSchema.Runtime: what a net8.0+ consumer compiles against.</summary>
    public static ImmutableArray<MetadataReference> References { get; } = CreateReferences();

    public static IReadOnlyDictionary<string, string> DefaultProperties { get; } = new Dictionary<string, string>
    {
        ["build_property.ProjectDir"] = ProjectDirectory,
    };

    public static InMemoryAdditionalText Schema(string relativePath, string text) => new(ProjectDirectory + relativePath, text);

    /// <summary>The seed schemas under <c>schemas/{folder}</c>, as additional files of a project.</summary>
    public static IReadOnlyList<InMemoryAdditionalText> SchemasFrom(string folder)
        => Directory.GetFiles(RepositoryPaths.Schemas(folder), "*.eventschema", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Schema(folder + "/" + Path.GetRelativePath(RepositoryPaths.Schemas(folder), path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CreateCompilation(ParseOptions, References, sources);

    public static CSharpCompilation CreateNetStandardCompilation(params string[] sources)
        => CreateCompilation(NetStandardParseOptions, NetStandardReferences, sources);

    private static CSharpCompilation CreateCompilation(CSharpParseOptions parseOptions, ImmutableArray<MetadataReference> references, string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/project/Code{index}.cs")),
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                deterministic: true,
                // As the SDK does: a runtime built against an older framework unifies with the newer one.
                specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> schemas, IReadOnlyDictionary<string, string>? properties = null, CSharpParseOptions? parseOptions = null)
        => GeneratorRunner.CreateDriver(schemas, properties ?? DefaultProperties, parseOptions ?? ParseOptions, trackSteps: true);

    public static GeneratorRun Run(
        IEnumerable<AdditionalText> schemas,
        IReadOnlyDictionary<string, string>? properties = null,
        CSharpCompilation? compilation = null)
    {
        compilation ??= CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        GeneratorDriver driver = CreateDriver(schemas, properties, (CSharpParseOptions)compilation.SyntaxTrees.First().Options);
        return Run(driver, compilation);
    }

    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        var result = GeneratorRunner.Run(driver, compilation, TestContext.Current.CancellationToken);
        return new GeneratorRun(result.Driver, result.Output, result.Diagnostics, result.Sources.ToDictionary(source => source.HintName, source => source.Text));
    }

    /// <summary>
    /// The schema diagnostics the generator reports for <paramref name="schemas"/>, after the compilation's
    /// severity options (<c>NoWarn</c>, <c>WarningsAsErrors</c>) are applied, as a build reports them.
    /// </summary>
    public static ImmutableArray<Diagnostic> Diagnose(IEnumerable<AdditionalText> schemas, CSharpCompilation? compilation = null)
        => Run(schemas, compilation: compilation).GeneratorDiagnostics;

    /// <summary>Emits <paramref name="compilation"/> and loads it into a collectible context.</summary>
    public static Assembly EmitAndLoad(Compilation compilation) => GeneratorRunner.EmitAndLoad(compilation, TestContext.Current.CancellationToken);

    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        // The framework assemblies generated code and the tests' consumer code use; fewer references keep each compilation fast.
        var frameworkAssemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
        "System.Private.CoreLib", "System.Runtime", "netstandard", "mscorlib", "System.Collections", "System.Linq",
        "System.Text.RegularExpressions", "System.ComponentModel", "System.ComponentModel.Primitives", "System.Memory",
        "System.Runtime.Extensions", "System.Private.Uri", "System.Xml.ReaderWriter", "System.Private.Xml", "System.Console",
        "System.Collections.Immutable", "System.Text.Json", "System.Text.Encodings.Web", "System.Runtime.InteropServices",
        "System.Collections.Concurrent", "System.Threading", "System.Runtime.Numerics", "System.ObjectModel",
        };
        return GeneratorRunner.FrameworkReferences(frameworkAssemblies);
    }
}
