using System.Text;

namespace EventSchema.Benchmarks.Corpus;

/// <summary>
/// A generated corpus: the same declarations written as <c>.eventschema</c> files and as the
/// equivalent C# files, one C# file per schema file.
/// </summary>
public sealed class SchemaCorpus
{
    private SchemaCorpus(int declarationCount, IReadOnlyList<CorpusFile> schemaFiles, IReadOnlyList<CorpusFile> csharpFiles)
    {
        DeclarationCount = declarationCount;
        SchemaFiles = schemaFiles;
        CSharpFiles = csharpFiles;
    }

    /// <summary>How many declarations (records, events, enums, scalars) the corpus holds.</summary>
    public int DeclarationCount { get; }

    /// <summary>The schema files, ten declarations each.</summary>
    public IReadOnlyList<CorpusFile> SchemaFiles { get; }

    /// <summary>The equivalent C# files, in the same order.</summary>
    public IReadOnlyList<CorpusFile> CSharpFiles { get; }

    /// <summary>Generates a corpus of <paramref name="declarationCount"/> declarations; the same count always gives the same text.</summary>
    public static SchemaCorpus Generate(int declarationCount)
    {
        var files = CorpusPlanner.Plan(declarationCount);
        var schema = files.Select(f => new CorpusFile(f.RelativePath + ".eventschema", SchemaWriter.Write(f))).ToList();
        var csharp = files.Select(f => new CorpusFile(f.RelativePath + ".cs", CSharpWriter.Write(f))).ToList();
        return new SchemaCorpus(declarationCount, schema, csharp);
    }

    /// <summary>Writes both sets of files under <paramref name="directory"/> (schemas/ and csharp/).</summary>
    public void WriteTo(string directory)
    {
        Write(Path.Combine(directory, "schemas"), SchemaFiles);
        Write(Path.Combine(directory, "csharp"), CSharpFiles);
    }

    private static void Write(string root, IReadOnlyList<CorpusFile> files)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var file in files)
        {
            string path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, utf8);
        }
    }
}
