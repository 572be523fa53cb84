using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace EventSchema.Benchmarks.Configuration;

/// <summary>
/// The CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), in nanoseconds. On a
/// machine shared with other builds, wall-clock time mostly measures how often the benchmark was
/// descheduled; the thread's own CPU time does not. With the workstation, non-concurrent GC this
/// project runs with, collections run on the allocating thread, so their cost is still counted.
/// </summary>
internal sealed partial class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;
    private const long NanosecondsPerSecond = 1_000_000_000;

    public static ThreadCpuClock Instance { get; } = new();

    public string Title => "Thread CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    public Frequency Frequency => new(NanosecondsPerSecond);

    public long GetTimestamp()
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed with errno " + Marshal.GetLastPInvokeError() + ".");
        }
        return time.Seconds * NanosecondsPerSecond + time.Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    /// <summary>The 64-bit Linux <c>struct timespec</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
