using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using EventSchema.Benchmarks.FrontEnd;
using Perfolizer.Horology;

namespace EventSchema.Benchmarks.Configuration;

/// <summary>The two ways to run the suite: quick (a few minutes on two cores) and full.</summary>
internal static class BenchmarkConfigs
{
    /// <summary>
    /// One launch, two warm-ups, five measured iterations of about 250 ms, run inside this process so no benchmark
    /// project is generated and rebuilt: close enough for ratios, fast on a small shared machine.
    /// Where the platform has it, time is the benchmark thread's CPU time (<see cref="ThreadCpuClock"/>),
    /// so other processes competing for the cores inflate the figures much less.
    /// </summary>
    public static IConfig Quick()
    {
        var job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            // A long timeout: on a loaded machine a cold generator run over 5,000 declarations takes seconds per call.
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithId("Quick");
        if (ThreadCpuClock.Instance.IsAvailable) job = job.WithClock(ThreadCpuClock.Instance);
        return Common().AddJob(job);
    }

    /// <summary>
    /// A short out-of-process run under EventPipe CPU sampling: BenchmarkDotNet writes one speedscope
    /// trace per benchmark into its artifacts folder, to see where the time goes.
    /// </summary>
    public static IConfig Profile() => Common()
        .AddDiagnoser(new EventPipeProfiler(EventPipeProfile.CpuSampling))
        .AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithId("Profile"));

    /// <summary>BenchmarkDotNet's default job: separate processes, as many iterations as the statistics need.</summary>
    public static IConfig Full() => Common().AddJob(Job.Default.WithId("Full"));

    private static ManualConfig Common()
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new PerDeclarationColumn())
            .AddExporter(new FrontEndGoalsExporter())
            .WithSummaryStyle(SummaryStyleWithRatios())
            // Generating and building the benchmark project can take minutes while other builds share the cores.
            .WithBuildTimeout(TimeSpan.FromMinutes(10))
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        return config;
    }

    private static BenchmarkDotNet.Reports.SummaryStyle SummaryStyleWithRatios()
        => BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
}
