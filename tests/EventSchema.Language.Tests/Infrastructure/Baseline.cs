using EventSchema.Testing;

namespace EventSchema.Language.Tests.Infrastructure;

/// <summary>
/// Compares produced text with a baseline file beside the case, by the shared <see cref="SnapshotFile"/>. With
/// EVENTSCHEMA_ACCEPT_BASELINES=1 (or EVENTSCHEMA_ACCEPT_SNAPSHOTS=1) the baseline is (re)written instead, so a
/// deliberate change is accepted by rerunning the tests once.
/// </summary>
internal static class Baseline
{
    public const string AcceptVariable = "EVENTSCHEMA_ACCEPT_BASELINES";

    public static bool Accepting => SnapshotFile.Accepting;

    public static void Verify(string baselinePath, string actual) => SnapshotFile.Verify(baselinePath, actual);
}
