using EventSchema.Generator.Tests.Infrastructure;
using EventSchema.Language;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Tests;

/// <summary>
/// Schema mistakes reach the build once each, as located errors in the schema file, configurable like
/// any analyzer rule; the generator never throws and still generates the files that are fine.
/// </summary>
public sealed class DiagnosticsTests
{
    private const string Common = """
        namespace Shop;

        record Money {
          @minimum(0) amount: decimal;
          currency: string;
        }
        """;

    private const string BrokenOrder = """
        namespace Shop;

        event OrderPlaced {
          total: Money;
          customer: Custmer;
        }
        """;

    private static readonly InMemoryAdditionalText[] Project =
    [
        GeneratorHarness.Schema("schemas/common.eventschema", Common),
        GeneratorHarness.Schema("schemas/orders.eventschema", BrokenOrder),
    ];

    [Fact]
    public async Task Schema_errors_are_reported_at_their_file_line_and_column_in_build_format()
    {
        var diagnostics = await GeneratorHarness.AnalyzeAsync(Project);

        var error = Assert.Single(diagnostics);
        Assert.Equal("ES0020", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/project/schemas/orders.eventschema", span.Path);
        // Line 5, column 13 in the build's 1-based numbering: the unknown name "Custmer".
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(4, 12), span.StartLinePosition);
        Assert.StartsWith("/project/schemas/orders.eventschema(5,13): error ES0020: ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("docs/diagnostics.md#es0020", error.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void The_generator_reports_no_schema_diagnostics_and_generates_the_files_without_errors()
    {
        var run = GeneratorHarness.Run(Project);

        // The analyzer reports schema diagnostics; the generator adding its own would show each twice.
        Assert.Empty(run.GeneratorDiagnostics);
        var generated = Assert.Single(run.Sources);
        Assert.StartsWith("schemas.common.", generated.Key, StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Money", generated.Value);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
    }

    [Fact]
    public void A_file_that_uses_a_broken_file_is_skipped_too()
    {
        var brokenCommon = GeneratorHarness.Schema("schemas/common.eventschema", Common.Replace("currency: string;", "currency: strng;"));
        var order = GeneratorHarness.Schema("schemas/orders.eventschema", BrokenOrder.Replace("customer: Custmer;", ""));

        var run = GeneratorHarness.Run([brokenCommon, order]);

        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public async Task Severity_is_configurable_per_rule_like_any_analyzer_rule()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var suppressed = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("ES0020", ReportDiagnostic.Suppress)]));
        var downgraded = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("ES0020", ReportDiagnostic.Warn)]));

        Assert.Empty(await GeneratorHarness.AnalyzeAsync(Project, suppressed));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(await GeneratorHarness.AnalyzeAsync(Project, downgraded)).Severity);
    }

    [Fact]
    public async Task Seed_schemas_have_no_diagnostics()
    {
        Assert.Empty(await GeneratorHarness.AnalyzeAsync(GeneratorHarness.SchemasFrom("diplomacy")));
    }

    [Fact]
    public async Task Every_front_end_diagnostic_reaches_the_build_exactly_once_with_its_position()
    {
        var schemas = Project.Append(GeneratorHarness.Schema("schemas/bad.eventschema", "namespace Shop;\nrecord Broken {\n  @maxLength(2) @minLength(5) name: string\n}\nenum Empty {}\n")).ToList();
        var expected = SchemaCompilation.Create(schemas.Select(schema => new Language.Text.SourceText(schema.Path, schema.Content)), TestContext.Current.CancellationToken)
            .Diagnostics
            .Select(d => $"{d.FilePath}({d.Start.Line},{d.Start.Column}): {d.Code}: {d.Message}")
            .Order(StringComparer.Ordinal)
            .ToList();

        var actual = (await GeneratorHarness.AnalyzeAsync(schemas))
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(expected.Count >= 3, string.Join(Environment.NewLine, expected));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_catalog_rule_has_a_descriptor_with_its_severity_category_and_help_link()
    {
        var analyzer = new EventSchemaDiagnosticAnalyzer();
        foreach (var definition in Language.Diagnostics.DiagnosticCatalog.All)
        {
            var descriptor = Assert.Single(analyzer.SupportedDiagnostics, d => d.Id == definition.Code);
            Assert.Equal(definition.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("EventSchema." + definition.Category, descriptor.Category);
            Assert.Equal(definition.DefaultSeverity == Language.Diagnostics.DiagnosticSeverity.Error, descriptor.DefaultSeverity == DiagnosticSeverity.Error);
            Assert.Equal("docs/diagnostics.md#" + definition.Code.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }
}
