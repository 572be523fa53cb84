using System.Reflection;

namespace EventSchema.Json.Hardening.Tests.Infrastructure;

/// <summary>Paths of the repository the tests were built from, and of test data shared beside it.</summary>
public static class TestFiles
{
    public static string RepoRoot { get; } = typeof(TestFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepoRoot").Value!;

    /// <summary>
    /// The JSONTestSuite parsing corpus (MIT licensed, not copied in): <c>EVENTSCHEMA_JSON_TEST_SUITE</c> when set, else
    /// <c>shared/testdata/JSONTestSuite/test_parsing</c> beside the repository or beside one of its parent folders
    /// (a git worktree sits one level deeper than the clone); null when it is nowhere.
    /// </summary>
    public static string? JsonTestSuite { get; } = FindJsonTestSuite();

    private static string? FindJsonTestSuite()
    {
        var configured = Environment.GetEnvironmentVariable("EVENTSCHEMA_JSON_TEST_SUITE");
        if (!string.IsNullOrEmpty(configured)) return Directory.Exists(configured) ? configured : null;
        for (var folder = new DirectoryInfo(RepoRoot).Parent; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "testdata", "JSONTestSuite", "test_parsing");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
