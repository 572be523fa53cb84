namespace EventSchema.Benchmarks.WarmCompile;

/// <summary>One round's figures for one project.</summary>
/// <param name="Milliseconds">The process's CPU time (user and system): one compiler thread, and a non-concurrent
/// collector working on it, so time the machine gives to other processes is not counted.</param>
/// <param name="WallMilliseconds">Elapsed time, for reference.</param>
/// <param name="PauseMilliseconds">The garbage collector's pauses.</param>
/// <param name="AllocatedMegabytes">Bytes allocated, in millions.</param>
internal readonly record struct RoundResult(double Milliseconds, double WallMilliseconds, double PauseMilliseconds, double AllocatedMegabytes);
