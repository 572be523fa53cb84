using System.Reflection;

namespace EventSchema.LanguageServer.Tests;

/// <summary>Where the repository, the seed schemas and the built server are.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    public static string ServerPath { get; } = Metadata("ServerPath");

    /// <summary>The example app's assembly, built with the generator from the seed schemas: a real contracts assembly.</summary>
    public static string ContractsAssemblyPath { get; } = Metadata("ContractsAssemblyPath");

    public static string SeedSchemas => Path.Combine(RepoRoot, "schemas", "diplomacy");

    public static string Extension => Path.Combine(RepoRoot, "src", "vscode-eventschema");

    private static string Metadata(string key)
        => typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;
}
