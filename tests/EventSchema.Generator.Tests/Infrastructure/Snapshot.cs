using System.Runtime.CompilerServices;
using EventSchema.Testing;

namespace EventSchema.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions in Verify's layout (<c>Snapshots/{Class}.{name}.verified.{ext}</c> beside the test file), by the
/// shared <see cref="SnapshotFile"/>: a mismatch writes <c>.received.{ext}</c> and fails with a unified diff;
/// <c>EVENTSCHEMA_ACCEPT_SNAPSHOTS=1</c> (or <c>EVENTSCHEMA_ACCEPT_BASELINES=1</c>, <c>VERIFY_AUTOACCEPT=true</c>) accepts.
/// </summary>
public static class Snapshot
{
    public static void Match(
        string actual,
        string name,
        string extension = "cs",
        [CallerFilePath] string testFilePath = "",
        [CallerMemberName] string testName = "")
        => SnapshotFile.Match(actual, name, extension, testFilePath, testName);
}

/// <summary>The shared unified diff (<see cref="TextDiff"/>), under the name these tests know it by.</summary>
public static class UnifiedDiff
{
    public static string Create(string expected, string actual, string expectedName, string actualName)
        => TextDiff.Unified(expected, actual, expectedName, actualName);
}
