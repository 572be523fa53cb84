namespace EventSchema.Language.Tests;

/// <summary>Finds files of the repository from the test assembly, by the shared <see cref="EventSchema.Testing.RepositoryPaths"/>.</summary>
internal static class RepositoryPaths
{
    public static string Root => Testing.RepositoryPaths.Root;

    public static string Schemas => Testing.RepositoryPaths.Schemas();

    /// <summary>The path relative to the repository root, with forward slashes, as diagnostics show it in baselines.</summary>
    public static string Relative(string fullPath) => Testing.RepositoryPaths.Relative(fullPath);
}
