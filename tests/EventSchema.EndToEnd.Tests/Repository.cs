using System.Reflection;

namespace EventSchema.EndToEnd.Tests;

/// <summary>Paths inside the repository these tests were built from.</summary>
public static class Repository
{
    /// <summary>The repository root, recorded at build time.</summary>
    public static string Root { get; } = Path.GetFullPath(
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepoRoot").Value
        ?? throw new InvalidOperationException("The test assembly does not record the repository root."));

    /// <summary>The project that packs the EventSchema package.</summary>
    public static string PackageProject => Path.Combine(Root, "src", "EventSchema.Runtime", "EventSchema.Runtime.csproj");

    /// <summary>The seed schemas of the diplomacy example.</summary>
    public static string DiplomacySchemas => Path.Combine(Root, "schemas", "diplomacy");
}
