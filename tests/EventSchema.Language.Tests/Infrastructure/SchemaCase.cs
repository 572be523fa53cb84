using EventSchema.Language.Diagnostics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Infrastructure;

/// <summary>
/// The schema files the data-driven tests run over: everything under schemas/ and the test-only cases
/// under tests/EventSchema.Language.Tests/Cases. A file directly in schemas/invalid or Cases stands alone;
/// the files of any other folder (schemas/diplomacy, schemas/invalid/ES0021-ambiguous-type, …) compile together.
/// </summary>
internal static class SchemaCase
{
    public static string CasesFolder => Path.Combine(RepositoryPaths.Root, "tests", "EventSchema.Language.Tests", "Cases");

    private static readonly string[] StandaloneFolders =
    [
        Path.Combine(RepositoryPaths.Schemas, "invalid"),
        CasesFolder,
    ];

    /// <summary>Every case file, as a path relative to the repository root.</summary>
    public static IEnumerable<string> All()
    {
        var roots = new[] { RepositoryPaths.Schemas, CasesFolder };
        return roots.Where(Directory.Exists)
            .SelectMany(root => Directory.GetFiles(root, "*.eventschema", SearchOption.AllDirectories))
            .Select(RepositoryPaths.Relative)
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The files compiled together with <paramref name="relativePath"/>, itself included.</summary>
    public static IReadOnlyList<string> CompilationOf(string relativePath)
    {
        string full = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, relativePath));
        string folder = Path.GetDirectoryName(full)!;
        if (StandaloneFolders.Any(f => string.Equals(Path.GetFullPath(f), folder, StringComparison.Ordinal))) return [relativePath];
        return Directory.GetFiles(folder, "*.eventschema").Select(RepositoryPaths.Relative).Order(StringComparer.Ordinal).ToList();
    }

    public static string ReadText(string relativePath) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));

    public static SchemaCompilation Compile(string relativePath)
        => SchemaCompilation.Create(
            CompilationOf(relativePath).Select(p => new SourceText(p, ReadText(p))),
            References.ReferencedSchemas.Bind(ReferencesOf(relativePath), TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken);

    /// <summary>
    /// The referenced assemblies a case folder stands for: each <c>*.schemareference</c> file is one, its first line
    /// <c>assembly formatVersion namespace;namespace</c>, the rest of the file its declaration model.
    /// </summary>
    public static IReadOnlyList<References.SchemaReference> ReferencesOf(string relativePath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(RepositoryPaths.Root, relativePath)))!;
        if (StandaloneFolders.Any(f => string.Equals(Path.GetFullPath(f), folder, StringComparison.Ordinal))) return [];
        return Directory.GetFiles(folder, "*.schemareference").Order(StringComparer.Ordinal).Select(path =>
        {
            string text = File.ReadAllText(path).Replace("\r\n", "\n");
            int lineEnd = text.IndexOf('\n') is int end and >= 0 ? end : text.Length;
            string[] header = text.Substring(0, lineEnd).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string model = lineEnd < text.Length ? text.Substring(lineEnd + 1) : string.Empty;
            return new References.SchemaReference(header[0], int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture), References.SchemaReference.SplitNamespaces(header[2]), model);
        }).ToList();
    }

    /// <summary>Diagnostics as baseline text: one line each, with the start and end positions.</summary>
    public static string FormatDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var d in diagnostics)
        {
            builder.Append(d.FilePath).Append('(').Append(d.Start.ToString()).Append(")-(").Append(d.End.ToString()).Append("): ")
                .Append(Diagnostic.SeverityText(d.Severity)).Append(' ').Append(d.Code).Append(": ").Append(d.Message).Append('\n');
        }
        return builder.ToString();
    }
}
