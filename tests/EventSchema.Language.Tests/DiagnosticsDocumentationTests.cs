using System.Text.RegularExpressions;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Tests.Infrastructure;

namespace EventSchema.Language.Tests;

/// <summary>
/// docs/diagnostics.md quotes cases of schemas/invalid and what they report; the quotes must be the files and baselines
/// as they are, and its summary table must list every code, so the page cannot drift from the compiler.
/// </summary>
public partial class DiagnosticsDocumentationTests
{
    private static readonly string Documentation = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")).Replace("\r\n", "\n");

    // A quoted case file: its path in backticks and a colon, then a fenced block.
    [GeneratedRegex(@"^`(?<path>schemas/invalid/[^`]+\.eventschema)`:\n\n```[a-z]*\n(?<text>.*?)```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex QuotedCase();

    // What the quoted cases before it report.
    [GeneratedRegex(@"^Reports:\n\n```[a-z]*\n(?<text>.*?)```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex QuotedReport();

    [GeneratedRegex(@"^\| \[(?<code>ES\d{4})\]\(#es\d{4}\) \|", RegexOptions.Multiline)]
    private static partial Regex SummaryRow();

    [Fact]
    public void Every_quoted_case_is_the_file_as_it_is()
    {
        var cases = QuotedCase().Matches(Documentation);
        Assert.NotEmpty(cases);
        Assert.All(cases, quoted =>
        {
            var path = Path.Combine(RepositoryPaths.Root, quoted.Groups["path"].Value);
            Assert.True(File.Exists(path), $"docs/diagnostics.md quotes {quoted.Groups["path"].Value}, which does not exist.");
            Assert.Equal(Normalize(File.ReadAllText(path)), Normalize(quoted.Groups["text"].Value));
        });
    }

    [Fact]
    public void Every_quoted_report_is_the_baseline_of_the_cases_quoted_before_it()
    {
        var reports = QuotedReport().Matches(Documentation);
        Assert.NotEmpty(reports);
        var cases = QuotedCase().Matches(Documentation);
        int previousReportEnd = 0;
        foreach (Match report in reports)
        {
            var quotedBefore = cases.Where(c => c.Index >= previousReportEnd && c.Index < report.Index).ToList();
            previousReportEnd = report.Index + report.Length;
            if (quotedBefore.Count == 0) continue;
            var baselines = quotedBefore
                .Select(c => Path.Combine(RepositoryPaths.Root, c.Groups["path"].Value + ".diagnostics.txt"))
                .Where(File.Exists)
                .Select(baseline => Normalize(File.ReadAllText(baseline)))
                .Where(text => text.Length > 0);
            Assert.Equal(string.Join("\n", baselines), Normalize(report.Groups["text"].Value));
        }
    }

    [Fact]
    public void The_summary_table_lists_every_code_once()
    {
        var listed = SummaryRow().Matches(Documentation).Select(row => row.Groups["code"].Value).ToList();
        Assert.Equal(listed.Distinct().Count(), listed.Count);
        var missing = DiagnosticCatalog.All.Select(d => d.Code).Except(listed).ToList();
        Assert.True(missing.Count == 0, "The summary table of docs/diagnostics.md has no row for " + string.Join(", ", missing));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Trim();
}
