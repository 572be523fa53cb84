using System.Reflection;
using EventSchema.Language;
using EventSchema.Language.Text;

namespace EventSchema.Json.Tests;

/// <summary>Files of the repository, found from the root the build records in the test assembly.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = typeof(RepositoryFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepoRoot").Value!;

    /// <summary>The seed schemas and the coverage, format, union-shape and recursive-record schemas, bound together as the generator binds them.</summary>
    public static SchemaCompilation Schemas { get; } = SchemaCompilation.Create(
        Directory.GetFiles(Path.Combine(Root, "schemas", "diplomacy"), "*.eventschema", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Root, "schemas", "corridor"), "*.eventschema", SearchOption.AllDirectories))
            .Append(Path.Combine(Root, "tests", "EventSchema.Json.Tests", "Schemas", "coverage.eventschema"))
            .Append(Path.Combine(Root, "tests", "EventSchema.Json.Tests", "Schemas", "formats.eventschema"))
            .Append(Path.Combine(Root, "tests", "EventSchema.Json.Tests", "Schemas", "union-shapes.eventschema"))
            .Append(Path.Combine(Root, "tests", "EventSchema.Json.Tests", "Schemas", "recursive-records.eventschema"))
            .Select(path => new SourceText(path, File.ReadAllText(path))));
}
