using System.Diagnostics;
using System.Runtime;

namespace EventSchema.Benchmarks.FrontEnd;

/// <summary>
/// Brings the code of a benchmark to its final JIT tier before anything is timed. With one call per iteration a
/// benchmark makes too few calls during BenchmarkDotNet's warm-up for the runtime to recompile its methods at the
/// optimised tier (it counts 30 calls, then compiles in the background), so the first sizes measured would time
/// unoptimised code, on both sides of a comparison but not to the same degree.
/// </summary>
internal static class JitWarmup
{
    /// <summary>Rounds run before waiting: more calls than the runtime counts before it optimises a method.</summary>
    private const int Rounds = 40;

    /// <summary>How long the JIT must compile nothing while the rounds go on before the code is taken as settled.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    /// <summary>A bound on the wait, for a machine so loaded that background compilation never seems to finish.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(20);

    private static bool s_done;

    /// <summary>Runs <paramref name="round"/> until the JIT is idle, once per process.</summary>
    public static void Once(Action round)
    {
        if (s_done) return;
        for (int i = 0; i < Rounds; i++) round();
        var waited = Stopwatch.StartNew();
        long compiled = JitInfo.GetCompiledMethodCount();
        while (waited.Elapsed < MaxWait)
        {
            Thread.Sleep(Quiet);
            round();
            long now = JitInfo.GetCompiledMethodCount();
            if (now == compiled) break;
            compiled = now;
        }
        s_done = true;
    }
}
