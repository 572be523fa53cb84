using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace EventSchema.Benchmarks.Generator;

/// <summary>
/// Reruns of a warm driver on a project of 1,000 schema files (10,000 declarations), as in an IDE session or an
/// incremental build server: after an edit that adds a record to one schema file, after one that adds a field to a
/// record (no name, type string or version changes, so the project-wide sources stay cached), and after an edit to an
/// unrelated C# file. The cold run of the same project is the baseline. Goals: a schema edit reruns in at most 5% of
/// the cold time; an unrelated C# edit leaves every step Cached or Unchanged (checked before timing) and reruns in
/// under 1 ms.
/// </summary>
/// <remarks>
/// The generator starts binding from the compilation its previous run bound, when only a few files changed. So that
/// each invocation binds what an edit of the warm project binds, not the same text as the invocation before it, every
/// invocation's edit names its record or field with a number of its own.
/// </remarks>
[MemoryDiagnoser]
public class GeneratorIncrementalBenchmarks
{
    /// <summary>Schema files in the project.</summary>
    public const int SchemaFiles = 1_000;

    private GeneratorProject _project = null!;
    private GeneratorDriver _warm = null!;
    private SchemaAdditionalText _original = null!;
    private SchemaAdditionalText _edited = null!;
    private int _fieldBody;
    private int _edits;
    private Compilation _editedCSharp = null!;

    [GlobalSetup]
    public void Setup()
    {
        _project = GeneratorProject.Create(SchemaFiles * Corpus.CorpusPlanner.DeclarationsPerFile);
        _original = _project.Schemas[_project.Schemas.Count / 2];
        // A new record at the end of one file: that file's generated source changes, no other file's should.
        _edited = WithRecordAdded(0);
        // A field at the top of the file's first record: that record changes, the set of types does not.
        _fieldBody = _original.Content.IndexOf("{\n", _original.Content.IndexOf("\nrecord ", StringComparison.Ordinal), StringComparison.Ordinal) + 2;
        _editedCSharp = _project.WithEditedCSharp();
        _warm = _project.CreateDriver().RunGenerators(_project.Compilation);

        var tracked = _project.CreateDriver(trackSteps: true).RunGenerators(_project.Compilation);
        GeneratorChecks.RequireCleanRun(tracked, _project.Namespaces);
        GeneratorChecks.RequireAllCached(tracked.RunGenerators(_editedCSharp));
        var afterSchemaEdit = tracked.ReplaceAdditionalText(_original, _edited).RunGenerators(_project.Compilation);
        Console.WriteLine($"// After editing one schema file: {GeneratorChecks.ReEmittedSources(afterSchemaEdit)} generated source(s) re-emitted.");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun() => _project.CreateDriver().RunGenerators(_project.Compilation);

    /// <summary>Every invocation starts from the same warm driver, so each one does the same work.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterSchemaEdit() => _warm.ReplaceAdditionalText(_original, WithRecordAdded(++_edits)).RunGenerators(_project.Compilation);

    [Benchmark]
    public GeneratorDriver RerunAfterSchemaFieldEdit() => _warm.ReplaceAdditionalText(_original, WithFieldAdded(++_edits)).RunGenerators(_project.Compilation);

    [Benchmark]
    public GeneratorDriver RerunAfterUnrelatedCSharpEdit() => _warm.RunGenerators(_editedCSharp);

    private SchemaAdditionalText WithRecordAdded(int edit)
        => new(_original.Path, _original.Content + "\nrecord AddedInAnEdit" + edit + " {\n  @maxLength(40) note?: string;\n}\n");

    private SchemaAdditionalText WithFieldAdded(int edit)
        => new(_original.Path, _original.Content.Insert(_fieldBody, "  @maxLength(40) addedInAnEdit" + edit + "?: string;\n"));
}
