namespace EventSchema.Benchmarks.WarmCompile;

/// <summary>One round's figures for one project.</summary>
internal readonly record struct RoundResult(double Milliseconds, double PauseMilliseconds, double AllocatedMegabytes);
