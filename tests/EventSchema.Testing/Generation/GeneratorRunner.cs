using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using EventSchema.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSchema.Testing.Generation;

/// <summary>The outcome of one generator run: the driver (for the next incremental run), the compilation with the generated code, the generator's diagnostics and the generated files by hint name.</summary>
public sealed record GeneratorResult(
    GeneratorDriver Driver,
    Compilation Output,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyList<(string HintName, string Text)> Sources);

/// <summary>Runs the real EventSchema generator with <see cref="CSharpGeneratorDriver"/> on in-memory projects, as the compiler does.</summary>
public static class GeneratorRunner
{
    /// <summary>A driver for the generator over <paramref name="schemas"/>, with <paramref name="properties"/> as <c>build_property.*</c> options.</summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> schemas,
        IReadOnlyDictionary<string, string> properties,
        CSharpParseOptions parseOptions,
        bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            [new EventSchemaGenerator().AsSourceGenerator()],
            schemas,
            parseOptions,
            new BuildProperties(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs <paramref name="driver"/> on <paramref name="compilation"/>; sources come ordered by hint name.</summary>
    public static GeneratorResult Run(GeneratorDriver driver, Compilation compilation, CancellationToken cancellationToken)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics, cancellationToken);
        var sources = driver.GetRunResult().Results
            .SelectMany(result => result.GeneratedSources)
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .ToList();
        return new GeneratorResult(driver, output, diagnostics, sources);
    }

    /// <summary>Emits <paramref name="compilation"/> (it must compile) and loads it into a collectible context.</summary>
    public static Assembly EmitAndLoad(Compilation compilation, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: cancellationToken);
        if (!result.Success) throw new InvalidOperationException("The compilation does not emit:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }

    /// <summary>
    /// The running framework's assemblies (all of them, or only those named in <paramref name="only"/>) and
    /// EventSchema.Runtime: what a net8.0+ consumer compiles against.
    /// </summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences(IReadOnlySet<string>? only = null)
    {
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return
        [
            .. trusted
                .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
                .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Where(path => only is null || only.Contains(Path.GetFileNameWithoutExtension(path)))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(IEvent).Assembly.Location),
        ];
    }
}
