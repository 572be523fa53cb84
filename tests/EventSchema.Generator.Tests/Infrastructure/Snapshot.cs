using System.Runtime.CompilerServices;
using System.Text;

namespace EventSchema.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions in Verify's layout: the accepted text lives in <c>{Class}.{name}.verified.{ext}</c>
/// beside the test file. On a mismatch the actual text is written to <c>.received.{ext}</c> and the test
/// fails with a unified diff. Set <c>EVENTSCHEMA_ACCEPT_SNAPSHOTS=1</c> (or <c>VERIFY_AUTOACCEPT=true</c>)
/// to accept the received text instead.
/// </summary>
public static class Snapshot
{
    public static void Match(
        string actual,
        string name,
        string extension = "cs",
        [CallerFilePath] string testFilePath = "",
        [CallerMemberName] string testName = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(testFilePath)!, "Snapshots");
        string prefix = Path.GetFileNameWithoutExtension(testFilePath) + "." + name;
        string verifiedPath = Path.Combine(directory, prefix + ".verified." + extension);
        string receivedPath = Path.Combine(directory, prefix + ".received." + extension);
        actual = Normalize(actual);

        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        if (ShouldAccept())
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, actual);
        string message = verified is null
            ? $"{testName}: no snapshot yet at {verifiedPath}. Review {receivedPath} and accept it with EVENTSCHEMA_ACCEPT_SNAPSHOTS=1."
            : $"{testName}: {Path.GetFileName(verifiedPath)} differs from the generated text (written to {Path.GetFileName(receivedPath)}); accept with EVENTSCHEMA_ACCEPT_SNAPSHOTS=1.\n"
              + UnifiedDiff.Create(verified, actual, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath));
        Assert.Fail(message);
    }

    private static bool ShouldAccept()
        => IsSet(Environment.GetEnvironmentVariable("EVENTSCHEMA_ACCEPT_SNAPSHOTS")) || IsSet(Environment.GetEnvironmentVariable("VERIFY_AUTOACCEPT"));

    private static bool IsSet(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}

/// <summary>A unified diff of two texts by line, from their longest common subsequence, with three lines of context.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string expected, string actual, string expectedName, string actualName)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        var ops = Diff(a, b);

        var output = new StringBuilder();
        output.Append("--- ").Append(expectedName).Append('\n');
        output.Append("+++ ").Append(actualName).Append('\n');

        int i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ') { i++; continue; }
            int start = Math.Max(0, i - Context);
            int end = i;
            // Extend the hunk while changes are close together.
            while (end < ops.Count)
            {
                if (ops[end].Kind != ' ') { end++; continue; }
                int next = end;
                while (next < ops.Count && ops[next].Kind == ' ') next++;
                if (next < ops.Count && next - end <= Context * 2) { end = next; continue; }
                end = Math.Min(ops.Count, end + Context);
                break;
            }
            int aStart = ops[start].A + 1, bStart = ops[start].B + 1;
            int aCount = ops.Skip(start).Take(end - start).Count(op => op.Kind != '+');
            int bCount = ops.Skip(start).Take(end - start).Count(op => op.Kind != '-');
            output.Append($"@@ -{aStart},{aCount} +{bStart},{bCount} @@\n");
            for (int k = start; k < end; k++) output.Append(ops[k].Kind).Append(ops[k].Text).Append('\n');
            i = end;
        }
        return output.ToString();
    }

    private readonly record struct Op(char Kind, string Text, int A, int B);

    private static List<Op> Diff(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int x = a.Length - 1; x >= 0; x--)
            for (int y = b.Length - 1; y >= 0; y--)
                lcs[x, y] = a[x] == b[y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);

        var ops = new List<Op>();
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j]) { ops.Add(new Op(' ', a[i], i, j)); i++; j++; }
            else if (i < a.Length && (j == b.Length || lcs[i + 1, j] >= lcs[i, j + 1])) { ops.Add(new Op('-', a[i], i, j)); i++; }
            else { ops.Add(new Op('+', b[j], i, j)); j++; }
        }
        return ops;
    }
}
