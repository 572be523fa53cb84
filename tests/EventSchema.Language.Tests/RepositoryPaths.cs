using System.Reflection;

namespace EventSchema.Language.Tests;

/// <summary>Finds files of the repository from the test assembly.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>The path relative to the repository root, with forward slashes, as diagnostics show it in baselines.</summary>
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
