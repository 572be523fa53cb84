using System.Text;

namespace EventSchema.Language.Tests.Infrastructure;

/// <summary>A line diff (longest common subsequence) showing changed lines with a little context.</summary>
internal static class LineDiff
{
    private const int Context = 2;

    public static string Format(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var lines = new List<(char Mark, string Text, int Line)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add((' ', a[x], x + 1)); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { lines.Add(('+', b[y], x + 1)); y++; }
            else { lines.Add(('-', a[x], x + 1)); x++; }
        }
        var builder = new StringBuilder();
        int lastPrinted = -1;
        for (int k = 0; k < lines.Count; k++)
        {
            bool near = false;
            for (int d = Math.Max(0, k - Context); d <= Math.Min(lines.Count - 1, k + Context); d++)
            {
                if (lines[d].Mark != ' ') { near = true; break; }
            }
            if (!near) continue;
            if (lastPrinted >= 0 && k > lastPrinted + 1) builder.Append("...\n");
            if (lastPrinted < 0 || k > lastPrinted + 1) builder.Append("@@ baseline line ").Append(lines[k].Line).Append('\n');
            builder.Append(lines[k].Mark).Append(' ').Append(lines[k].Text).Append('\n');
            lastPrinted = k;
        }
        return builder.ToString();
    }
}
