using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EventSchema.Benchmarks.Configuration;

/// <summary>
/// Mean time divided by the <c>Declarations</c> parameter: flat from 100 to 10,000 declarations
/// means the work grows linearly.
/// </summary>
internal sealed class PerDeclarationColumn : IColumn
{
    /// <summary>The benchmark parameter that counts declarations.</summary>
    public const string ParameterName = "Declarations";

    public string Id => nameof(PerDeclarationColumn);

    public string ColumnName => "Mean/decl";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => "Mean time divided by the number of declarations in the corpus";

    public bool IsAvailable(Summary summary)
        => summary.BenchmarksCases.Any(c => c.Parameters.Items.Any(p => p.Name == ParameterName));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || benchmarkCase.Parameters[ParameterName] is not int declarations || declarations == 0)
        {
            return "-";
        }
        double nanoseconds = statistics.Mean / declarations;
        return nanoseconds >= 1000
            ? (nanoseconds / 1000).ToString("N2", style.CultureInfo) + " us"
            : nanoseconds.ToString("N1", style.CultureInfo) + " ns";
    }

    public override string ToString() => ColumnName;
}
