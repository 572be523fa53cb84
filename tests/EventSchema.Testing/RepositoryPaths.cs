using System.Reflection;

namespace EventSchema.Testing;

/// <summary>Paths of the repository the tests were built from.</summary>
public static class RepositoryPaths
{
    /// <summary>
    /// The repository root: the <c>RepoRoot</c> the build stamps on the assembly (tests/Directory.Build.props), else
    /// the nearest folder above the test output that has <c>schemas/</c>.
    /// </summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under <c>schemas/</c>; with no parts, the folder itself.</summary>
    public static string Schemas(params string[] parts) => Path.Combine([Root, "schemas", .. parts]);

    /// <summary>The path relative to the repository root, with forward slashes, as baselines show it.</summary>
    public static string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    private static string FindRoot()
    {
        foreach (var attribute in typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == "RepoRoot" && attribute.Value is { Length: > 0 } value && Directory.Exists(Path.Combine(value, "schemas")))
            {
                return Path.GetFullPath(value);
            }
        }
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "schemas"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (a folder with schemas/).");
    }
}
