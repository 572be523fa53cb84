namespace EventSchema.Hardening.Tests.Infrastructure;

/// <summary>One schema file of the repository's corpora.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>Files that are compiled together: the seed schemas as one project, each invalid case as its own.</summary>
public sealed record CorpusGroup(string Name, IReadOnlyList<CorpusFile> Files);

/// <summary>The seed (<c>schemas/diplomacy</c>) and invalid (<c>schemas/invalid</c>) schemas, read once.</summary>
public static class SchemaCorpus
{
    private static readonly Lazy<IReadOnlyList<CorpusGroup>> LazyGroups = new(Load);

    public static IReadOnlyList<CorpusGroup> Groups => LazyGroups.Value;

    public static IEnumerable<(CorpusGroup Group, CorpusFile File)> Files => Groups.SelectMany(group => group.Files.Select(file => (group, file)));

    public static CorpusGroup Seed => Groups.Single(group => group.Name == "diplomacy");

    private static IReadOnlyList<CorpusGroup> Load()
    {
        var groups = new List<CorpusGroup> { new("diplomacy", Read(RepositoryPaths.Schemas("diplomacy"), recursive: true)) };
        string invalid = RepositoryPaths.Schemas("invalid");
        foreach (string file in Directory.GetFiles(invalid, "*.eventschema").Order(StringComparer.Ordinal))
        {
            groups.Add(new CorpusGroup("invalid/" + Path.GetFileName(file), [ReadFile(file)]));
        }
        foreach (string folder in Directory.GetDirectories(invalid).Order(StringComparer.Ordinal))
        {
            groups.Add(new CorpusGroup("invalid/" + Path.GetFileName(folder), Read(folder, recursive: true)));
        }
        return groups;
    }

    private static IReadOnlyList<CorpusFile> Read(string folder, bool recursive)
        => Directory.GetFiles(folder, "*.eventschema", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(ReadFile)
            .ToList();

    private static CorpusFile ReadFile(string path)
        => new(Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'), File.ReadAllText(path));
}
