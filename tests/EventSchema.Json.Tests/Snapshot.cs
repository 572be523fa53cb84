using System.Runtime.CompilerServices;
using EventSchema.Testing;

namespace EventSchema.Json.Tests;

/// <summary>
/// Compares text with an accepted snapshot, <c>Snapshots/{TestClass}.{name}.verified.{extension}</c> beside the test
/// file, by the shared <see cref="SnapshotFile"/> (Verify's layout, one diff, one accept switch).
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name, string extension = "json", [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
        => SnapshotFile.Match(actual, name, extension, testFile, testName);
}
