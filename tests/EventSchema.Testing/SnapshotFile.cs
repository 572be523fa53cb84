using System.Text;

namespace EventSchema.Testing;

/// <summary>
/// The one snapshot check: produced text against an accepted file. Generator snapshots use Verify's layout
/// (<see cref="Match"/>: <c>Snapshots/{TestFile}.{name}.verified.{ext}</c>, a mismatch writes <c>.received.{ext}</c>
/// beside it); the front end's baselines are files of their own name next to the case (<see cref="Verify"/>). Either
/// way a mismatch fails with a unified diff, and one switch accepts the produced text instead.
/// </summary>
public static class SnapshotFile
{
    /// <summary>
    /// The accept switch, under every name it has had: <c>EVENTSCHEMA_ACCEPT_SNAPSHOTS</c>,
    /// <c>EVENTSCHEMA_ACCEPT_BASELINES</c> and Verify's <c>VERIFY_AUTOACCEPT</c>, each set to <c>1</c> or <c>true</c>.
    /// </summary>
    public static IReadOnlyList<string> AcceptVariables { get; } = ["EVENTSCHEMA_ACCEPT_SNAPSHOTS", "EVENTSCHEMA_ACCEPT_BASELINES", "VERIFY_AUTOACCEPT"];

    /// <summary>Whether the run accepts produced text (see <see cref="AcceptVariables"/>).</summary>
    public static bool Accepting => AcceptVariables.Any(name => IsSet(Environment.GetEnvironmentVariable(name)));

    /// <summary>
    /// Checks <paramref name="actual"/> against <c>Snapshots/{TestFile}.{name}.verified.{extension}</c> beside
    /// <paramref name="testFilePath"/>, Verify's layout.
    /// </summary>
    public static void Match(string actual, string name, string extension, string testFilePath, string testName)
    {
        string directory = Path.Combine(Path.GetDirectoryName(testFilePath)!, "Snapshots");
        string prefix = Path.GetFileNameWithoutExtension(testFilePath) + "." + name;
        Verify(Path.Combine(directory, prefix + ".verified." + extension), actual, Path.Combine(directory, prefix + ".received." + extension), testName);
    }

    /// <summary>
    /// Checks <paramref name="actual"/> against the accepted file <paramref name="verifiedPath"/>. On a mismatch the
    /// produced text goes to <paramref name="receivedPath"/> when one is given, and the check fails with a diff.
    /// </summary>
    public static void Verify(string verifiedPath, string actual, string? receivedPath = null, string? testName = null)
    {
        actual = Normalize(actual);
        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == actual)
        {
            if (receivedPath is not null && File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(verifiedPath))!);
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (receivedPath is not null && File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        string shown = receivedPath ?? "the produced text";
        if (receivedPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(receivedPath))!);
            File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        string who = testName is null ? "" : testName + ": ";
        string accept = $"accept it by running the tests again with {AcceptVariables[0]}=1 (or {AcceptVariables[1]}=1), then review the diff";
        string message = verified is null
            ? $"{who}{RelativeOrFull(verifiedPath)} does not exist yet; {accept}.\n\nProduced:\n{actual}"
            : $"{who}{RelativeOrFull(verifiedPath)} differs from {(receivedPath is null ? shown : Path.GetFileName(receivedPath))}; if the change is intended, {accept}.\n"
              + TextDiff.Unified(verified, actual, Path.GetFileName(verifiedPath), receivedPath is null ? "produced" : Path.GetFileName(receivedPath));
        throw new SnapshotMismatchException(message);
    }

    private static string RelativeOrFull(string path)
    {
        string relative = RepositoryPaths.Relative(Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static bool IsSet(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}

/// <summary>Produced text differs from its accepted snapshot; the message holds the diff.</summary>
public sealed class SnapshotMismatchException(string message) : Exception(message);
