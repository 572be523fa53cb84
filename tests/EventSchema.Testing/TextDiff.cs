using System.Text;

namespace EventSchema.Testing;

/// <summary>A unified diff of two texts by line, from their longest common subsequence, with three lines of context.</summary>
public static class TextDiff
{
    private const int Context = 3;

    /// <summary>The lines of <paramref name="expected"/> (<c>-</c>) and <paramref name="actual"/> (<c>+</c>) that differ, in hunks.</summary>
    public static string Unified(string expected, string actual, string expectedName, string actualName)
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
        {
            for (int y = b.Length - 1; y >= 0; y--)
            {
                lcs[x, y] = a[x] == b[y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            }
        }

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
