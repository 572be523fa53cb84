namespace EventSchema.Cli;

/// <summary>
/// The namespace <c>eventschema new</c> writes when none is given: the folder's name, unless the folder is a
/// generic container for schema files (<c>schemas</c>, <c>Schemas</c>, <c>eventschemas</c>), whose name says nothing
/// about the domain; then the name of the nearest project file above it, or else of the folder that holds it.
/// </summary>
internal static class DefaultNamespace
{
    private static readonly HashSet<string> ContainerNames = new(StringComparer.OrdinalIgnoreCase) { "schemas", "schema", "eventschemas", "eventschema" };

    private const int MaxLevelsSearched = 32;

    public static string For(string folder)
    {
        var directory = new DirectoryInfo(Path.GetFullPath(folder));
        if (!ContainerNames.Contains(directory.Name)) return FromName(directory.Name) ?? "Events";

        DirectoryInfo? current = directory;
        for (int level = 0; current is not null && level < MaxLevelsSearched; level++, current = current.Parent)
        {
            if (!current.Exists) continue;
            string? project = current.EnumerateFiles("*.csproj").Select(file => Path.GetFileNameWithoutExtension(file.Name)).Order(StringComparer.Ordinal).FirstOrDefault();
            if (project is not null) return FromName(project) ?? "Events";
        }
        return directory.Parent is { } parent ? FromName(parent.Name) ?? "Events" : "Events";
    }

    // A project named Contoso.Orders keeps its dots: each part becomes one namespace segment.
    private static string? FromName(string name)
    {
        var parts = name.Split('.').Select(Identifiers.ToPascalCase).Where(part => part is not null).ToList();
        return parts.Count == 0 ? null : string.Join(".", parts);
    }
}
