using System.Reflection;

namespace EventSchema.Hardening.Tests.Infrastructure;

/// <summary>Paths of the repository the tests were built from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepoRoot").Value!;

    public static string Schemas(params string[] parts) => Path.Combine([Root, "schemas", .. parts]);
}
