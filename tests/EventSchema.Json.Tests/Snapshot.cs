using System.Runtime.CompilerServices;

namespace EventSchema.Json.Tests;

/// <summary>
/// Compares text with an accepted snapshot, <c>Snapshots/{TestClass}.{name}.verified.{extension}</c> beside the test
/// file, as Verify lays them out. A mismatch writes <c>.received.</c> next to it and fails with the first differing
/// line; <c>EVENTSCHEMA_ACCEPT_SNAPSHOTS=1</c> accepts the new text instead.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name, string extension = "json", [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(testFile) + "." + name);
        var verifiedPath = stem + ".verified." + extension;
        var receivedPath = stem + ".received." + extension;
        actual = actual.Replace("\r\n", "\n");
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable("EVENTSCHEMA_ACCEPT_SNAPSHOTS") is "1" or "true")
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        Assert.Fail(verified is null
            ? $"No snapshot {verifiedPath} yet; review {receivedPath} and accept it with EVENTSCHEMA_ACCEPT_SNAPSHOTS=1."
            : $"{Path.GetFileName(verifiedPath)} differs from the actual text ({Path.GetFileName(receivedPath)}): {FirstDifference(verified, actual)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "<end of text>";
            var b = i < right.Length ? right[i] : "<end of text>";
            if (a != b) return $"line {i + 1}\n- {a}\n+ {b}";
        }
        return "line endings only";
    }
}
