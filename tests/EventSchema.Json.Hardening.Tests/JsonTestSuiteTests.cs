using System.Text;
using EventSchema.Json.Hardening.Tests.Infrastructure;

namespace EventSchema.Json.Hardening.Tests;

/// <summary>
/// Every file of the JSONTestSuite parsing corpus through every <see cref="ReadRoutes">route</see> into generated code.
/// <c>n_</c> files (not JSON) are rejected with a JsonException by every route. <c>y_</c> files (JSON) are accepted as
/// the value of an undeclared property, and wherever else they are rejected the reason is the schema (a wrong kind of
/// value, a number that does not fit), never a syntax error. <c>i_</c> files (the standard leaves them open) may go
/// either way. Nothing anywhere throws anything but a JsonException, and the corpus finishes well within the timeout.
/// </summary>
public sealed class JsonTestSuiteTests
{
    private const int NoHangTimeout = 120_000;

    [Fact(Timeout = NoHangTimeout)]
    public async Task Not_json_is_rejected_by_every_route_with_a_json_exception()
    {
        var report = await Run("n_", TestContext.Current.CancellationToken);

        foreach (var (file, route, outcome) in report.Results)
        {
            if (!outcome.Rejected) report.Fail(file, route, outcome, "must be rejected with a JsonException");
        }
        report.AssertNone();
    }

    [Fact(Timeout = NoHangTimeout)]
    public async Task Json_is_accepted_where_any_value_fits_and_rejected_elsewhere_only_by_the_schema()
    {
        var report = await Run("y_", TestContext.Current.CancellationToken);

        foreach (var (file, route, outcome) in report.Results)
        {
            if (outcome.Crashed) report.Fail(file, route, outcome, "must not throw anything but a JsonException");
            else if (route == ReadRoutes.Unknown && !outcome.Accepted) report.Fail(file, route, outcome, "any well-formed value of an undeclared property is skipped");
            else if (outcome.IsSyntaxError) report.Fail(file, route, outcome, "well-formed JSON must not be reported as malformed");
        }
        report.AssertNone();
        var reasons = report.Results.Where(r => r.Outcome.Rejected).GroupBy(r => ReasonKind(r.Outcome)).OrderByDescending(g => g.Count());
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, reasons.Select(g => $"{g.Count(),6} rejected: {g.Key}")));
    }

    [Fact(Timeout = NoHangTimeout)]
    public async Task Implementation_defined_input_either_reads_or_is_a_json_exception()
    {
        var report = await Run("i_", TestContext.Current.CancellationToken);

        foreach (var (file, route, outcome) in report.Results)
        {
            if (outcome.Crashed) report.Fail(file, route, outcome, "must not throw anything but a JsonException");
        }
        report.AssertNone();
    }

    /// <summary>The first words of the generated reader's reason, such as "Expected an object but found an array".</summary>
    private static string ReasonKind(Outcome outcome)
    {
        var reason = Json.JsonReadErrors.ReasonOf(outcome.Rejection!);
        while (reason.StartsWith("Property '", StringComparison.Ordinal) || reason.StartsWith("Item ", StringComparison.Ordinal))
        {
            reason = reason[(reason.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        }
        var cut = reason.IndexOfAny(['\'', '.', ';', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
        return (cut > 0 ? reason[..cut] : reason).Trim();
    }

    private static async Task<Report> Run(string prefix, CancellationToken cancellationToken)
    {
        if (TestFiles.JsonTestSuite is not { } corpus)
        {
            Assert.Skip("The JSONTestSuite corpus was not found: clone https://github.com/nst/JSONTestSuite as shared/testdata/JSONTestSuite beside the repository, or set EVENTSCHEMA_JSON_TEST_SUITE to its test_parsing folder.");
            return null!;
        }
        var files = Directory.GetFiles(corpus, prefix + "*.json").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var results = await Task.Run(
            () =>
            {
                var list = new List<(string, string, Outcome)>();
                foreach (var path in files)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var document = File.ReadAllBytes(path);
                    foreach (var (name, read) in ReadRoutes.All) list.Add((Path.GetFileName(path), name, Outcome.Of(() => read(document))));
                }
                return list;
            },
            cancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"{files.Length} files × {ReadRoutes.All.Count} routes = {results.Count} reads; {results.Count(r => r.Item3.Accepted)} accepted, {results.Count(r => r.Item3.Rejected)} rejected with a JsonException.");
        return new Report(results);
    }

    private sealed class Report(List<(string File, string Route, Outcome Outcome)> results)
    {
        private readonly StringBuilder _failures = new();
        private int _count;

        public List<(string File, string Route, Outcome Outcome)> Results { get; } = results;

        public void Fail(string file, string route, Outcome outcome, string expectation)
        {
            if (_count++ < 20) _failures.AppendLine($"{file} {route}: {expectation}; got {outcome}");
        }

        public void AssertNone()
        {
            if (_count > 0) Assert.Fail($"{_count} of {Results.Count} reads broke the rules:{Environment.NewLine}{_failures}");
        }
    }
}
