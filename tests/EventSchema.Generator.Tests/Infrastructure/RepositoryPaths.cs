namespace EventSchema.Generator.Tests.Infrastructure;

/// <summary>Paths of the repository the tests were built from, by the shared <see cref="EventSchema.Testing.RepositoryPaths"/>.</summary>
public static class RepositoryPaths
{
    public static string Root => Testing.RepositoryPaths.Root;

    public static string Schemas(params string[] parts) => Testing.RepositoryPaths.Schemas(parts);
}
