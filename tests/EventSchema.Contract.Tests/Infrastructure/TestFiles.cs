using System.Reflection;

namespace EventSchema.Contract.Tests.Infrastructure;

/// <summary>Paths of the repository the tests were built from, and of test data shared beside it.</summary>
public static class TestFiles
{
    public static string RepoRoot { get; } = typeof(TestFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepoRoot").Value!;

    /// <summary>
    /// The draft 2020-12 tests of the official JSON-Schema-Test-Suite (MIT licensed, not copied in):
    /// <c>EVENTSCHEMA_JSON_SCHEMA_TEST_SUITE</c> when set, else <c>shared/testdata/JSON-Schema-Test-Suite</c> beside the
    /// repository or beside one of its parent folders (a git worktree sits one level deeper than the clone); null when
    /// it is nowhere.
    /// </summary>
    public static string? Draft202012 { get; } = FindSuite();

    private static string? FindSuite()
    {
        var configured = Environment.GetEnvironmentVariable("EVENTSCHEMA_JSON_SCHEMA_TEST_SUITE");
        var root = !string.IsNullOrEmpty(configured) ? configured : FindBesideRepository();
        if (root is null) return null;
        var draft = Path.Combine(root, "tests", "draft2020-12");
        return Directory.Exists(draft) ? draft : null;
    }

    private static string? FindBesideRepository()
    {
        for (var folder = new DirectoryInfo(RepoRoot).Parent; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "testdata", "JSON-Schema-Test-Suite");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
