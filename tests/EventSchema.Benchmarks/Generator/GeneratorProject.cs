using System.Collections.Immutable;
using EventSchema.Benchmarks.Corpus;
using EventSchema.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSchema.Benchmarks.Generator;

/// <summary>
/// A synthetic project for the generator: the schema files of a generated corpus as additional files, one small
/// C# file, and the references of a net10.0 project that uses the EventSchema runtime.
/// </summary>
internal sealed class GeneratorProject
{
    public const string Directory = "/project/";

    /// <summary>C# as a net10.0 project compiles it.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(
        LanguageVersion.Latest,
        DocumentationMode.Parse,
        preprocessorSymbols: ["NET", "NET10_0", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER"]);

    private static readonly ImmutableArray<MetadataReference> References = CreateReferences();

    private static readonly BuildPropertiesProvider Properties = new(new Dictionary<string, string>
    {
        ["build_property.ProjectDir"] = Directory,
    });

    private GeneratorProject(IReadOnlyList<SchemaAdditionalText> schemas, CSharpCompilation compilation)
    {
        Schemas = schemas;
        Compilation = compilation;
    }

    /// <summary>The schema files.</summary>
    public IReadOnlyList<SchemaAdditionalText> Schemas { get; }

    /// <summary>How many namespaces the schema files declare (one generated source each).</summary>
    public int Namespaces => Schemas
        .Select(schema => schema.Content.Split('\n').FirstOrDefault(line => line.StartsWith("namespace ", StringComparison.Ordinal)) ?? string.Empty)
        .Distinct(StringComparer.Ordinal)
        .Count();

    /// <summary>The C# side of the project, without generated code.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>A project holding a corpus of <paramref name="declarations"/> declarations, ten to a schema file.</summary>
    public static GeneratorProject Create(int declarations)
    {
        var corpus = SchemaCorpus.Generate(declarations);
        var schemas = corpus.SchemaFiles.Select(file => new SchemaAdditionalText(Directory + file.Path, file.Text)).ToList();
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(UserCode("return 0;"), ParseOptions, path: Directory + "Program.cs")],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new GeneratorProject(schemas, compilation);
    }

    /// <summary>The project after an edit to its hand-written C#, which no schema depends on.</summary>
    public CSharpCompilation WithEditedCSharp()
        => Compilation.ReplaceSyntaxTree(
            Compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(UserCode("return 42;"), ParseOptions, path: Directory + "Program.cs"));

    /// <summary>A fresh driver holding the generator and the schema files, with nothing cached yet.</summary>
    public GeneratorDriver CreateDriver(bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            [new EventSchemaGenerator().AsSourceGenerator()],
            Schemas,
            ParseOptions,
            Properties,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static string UserCode(string body)
        => "namespace Consumer { internal static class Entry { public static int Run() { " + body + " } } }";

    // The running framework's assemblies and the EventSchema runtime: what a net10.0 consumer compiles against.
    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return
        [
            .. platform
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(IEvent).Assembly.Location),
        ];
    }
}
