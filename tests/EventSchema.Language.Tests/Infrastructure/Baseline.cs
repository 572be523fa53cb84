using System.Text;

namespace EventSchema.Language.Tests.Infrastructure;

/// <summary>
/// Compares produced text with a baseline file beside the case. With EVENTSCHEMA_ACCEPT_BASELINES=1 the
/// baseline is (re)written instead, so a deliberate change is accepted by rerunning the tests once.
/// </summary>
internal static class Baseline
{
    public const string AcceptVariable = "EVENTSCHEMA_ACCEPT_BASELINES";

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static void Verify(string baselinePath, string actual)
    {
        actual = Normalize(actual);
        if (Accepting)
        {
            string? existing = File.Exists(baselinePath) ? Normalize(File.ReadAllText(baselinePath)) : null;
            if (existing != actual) File.WriteAllText(baselinePath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }
        if (!File.Exists(baselinePath))
        {
            Assert.Fail($"Baseline {RepositoryPaths.Relative(baselinePath)} does not exist. Run the tests with {AcceptVariable}=1 to create it, then review it.\n\nProduced:\n{actual}");
        }
        string expected = Normalize(File.ReadAllText(baselinePath));
        if (expected == actual) return;
        Assert.Fail($"{RepositoryPaths.Relative(baselinePath)} differs from the produced output ('-' baseline, '+' produced). " +
                    $"If the change is intended, rerun with {AcceptVariable}=1 and review the diff.\n\n{LineDiff.Format(expected, actual)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
