using System.Globalization;
using System.Text;

namespace EventSchema.Hardening.Tests.Infrastructure;

/// <summary>
/// Collects the failing inputs of a randomized run instead of stopping at the first, and reports the
/// first few with their exact text (escaped), how they were made and the seed that replays them. Each
/// failing input is also saved under the temp folder, ready for the fuzzing project's replay mode.
/// </summary>
public sealed class FailureLog(string testName, FuzzSettings settings)
{
    private const int Shown = 5;
    private readonly List<string> _failures = new();
    private int _count;

    public int Count => _count;

    public void Add(string description, string input, Exception exception)
    {
        _count++;
        if (_failures.Count >= Shown) return;
        string folder = Path.Combine(Path.GetTempPath(), "eventschema-fuzz-failures", testName);
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, $"{settings.Seed}-{_count}.eventschema");
        // UTF-8 for the fuzzing project's replay mode; lone surrogates cannot survive that, so the escaped text is saved too.
        File.WriteAllText(file, input, new UTF8Encoding(false));
        File.WriteAllText(file + ".escaped.txt", Escape(input));
        _failures.Add($"{description}{Environment.NewLine}  input: {Escape(input)}{Environment.NewLine}  saved: {file}{Environment.NewLine}  {exception.GetType().FullName}: {exception.Message}{Environment.NewLine}{exception.StackTrace}");
    }

    /// <summary>Fails the test when anything was collected.</summary>
    public void AssertNone(int inputsRun)
    {
        if (_count == 0) return;
        Assert.Fail($"{_count} of {inputsRun} inputs failed, {settings.Describe()}:{Environment.NewLine}{string.Join(Environment.NewLine + Environment.NewLine, _failures)}");
    }

    /// <summary>The text as a C# string literal would spell it, so invisible characters show.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c == '"' || c == '\\') builder.Append('\\').Append(c);
            else if (c == '\n') builder.Append("\\n");
            else if (c == '\r') builder.Append("\\r");
            else if (c == '\t') builder.Append("\\t");
            else if (c < ' ' || c > '~') builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.Append('"').ToString();
    }
}
