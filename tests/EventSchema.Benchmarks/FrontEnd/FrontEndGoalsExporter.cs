using System.Globalization;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;

namespace EventSchema.Benchmarks.FrontEnd;

/// <summary>
/// Writes the front end's two goals, evaluated on the run's own measurements, as a Markdown table
/// (<c>*-goals.md</c> in the results folder): parse + bind faster than Roslyn's parse of the
/// equivalent C#, and linear growth, read as "100 times the declarations cost at most 150 times
/// the time" (per-declaration time within 1.5x), with Roslyn's own growth beside it.
/// </summary>
internal sealed class FrontEndGoalsExporter : ExporterBase
{
    /// <summary>Largest allowed growth of the per-declaration time from the smallest to the largest corpus.</summary>
    public const double MaxPerDeclarationGrowth = 1.5;

    protected override string FileExtension => "md";

    protected override string FileCaption => "goals";

    public override void ExportToLog(Summary summary, ILogger logger)
    {
        var means = new Dictionary<(string Method, int Declarations), double>();
        var callsPerIteration = new SortedSet<long>();
        foreach (var report in summary.Reports)
        {
            if (report.BenchmarkCase.Descriptor.Type != typeof(FrontEndBenchmarks) || report.ResultStatistics is null) continue;
            if (report.BenchmarkCase.Parameters["Declarations"] is not int declarations) continue;
            means[(report.BenchmarkCase.Descriptor.WorkloadMethod.Name, declarations)] = report.ResultStatistics.Mean;
            foreach (var measurement in report.AllMeasurements)
            {
                if (measurement.IterationMode == IterationMode.Workload && measurement.IterationStage == IterationStage.Actual)
                {
                    callsPerIteration.Add(measurement.Operations);
                }
            }
        }
        var sizes = means.Keys.Select(k => k.Declarations).Distinct().Order().ToList();
        if (sizes.Count == 0) return;
        // The ratios compare like with like only when every method was timed with the same number of calls per
        // iteration: a later call in an iteration pays for collecting what an earlier one returned.
        string calls = string.Join(", ", callsPerIteration);
        logger.WriteLine(callsPerIteration.Count == 1
            ? $"Every method timed with {calls} call(s) per iteration, after a full collection outside the timing."
            : $"Not comparable: the methods were timed with different numbers of calls per iteration ({calls}); the goals are not evaluated.");
        logger.WriteLine();
        if (callsPerIteration.Count != 1) return;

        const string roslyn = nameof(FrontEndBenchmarks.RoslynParseCSharp);
        const string parseAndBind = nameof(FrontEndBenchmarks.ParseAndBindSchemas);
        logger.WriteLine("| Goal | Declarations | Measured | Target | Met |");
        logger.WriteLine("|---|---:|---:|---:|:---:|");
        foreach (int size in sizes)
        {
            if (!means.TryGetValue((roslyn, size), out double baseline)
                || !means.TryGetValue((parseAndBind, size), out double ours)) continue;
            double ratio = ours / baseline;
            logger.WriteLine(
                $"| Parse + bind vs Roslyn parse (time ratio) | {size:N0} | {Format(ratio)}x | < 1.00x | {(ratio < 1 ? "yes" : "no")} |");
        }

        int smallest = sizes[0], largest = sizes[^1];
        if (smallest == largest) return;
        double scale = (double)largest / smallest;
        foreach (string method in new[] { parseAndBind, roslyn })
        {
            if (!means.TryGetValue((method, smallest), out double small) || !means.TryGetValue((method, largest), out double large)) continue;
            double growth = large / small / scale;
            string goal = method == roslyn ? "Roslyn parse, for reference: per-declaration growth" : "Parse + bind linear: per-declaration growth";
            string met = method == roslyn ? "-" : growth <= MaxPerDeclarationGrowth ? "yes" : "no";
            logger.WriteLine(
                $"| {goal} ({Format(large / small)}x the time for {scale:N0}x the declarations) | {smallest:N0} → {largest:N0} | {Format(growth)}x | ≤ {Format(MaxPerDeclarationGrowth)}x | {met} |");
        }
    }

    private static string Format(double value) => value.ToString("N2", CultureInfo.InvariantCulture);
}
