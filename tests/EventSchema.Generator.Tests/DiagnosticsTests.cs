using EventSchema.Generator.Tests.Infrastructure;
using EventSchema.Language;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Tests;

/// <summary>
/// Schema mistakes reach the build once each, as located errors in the schema file, configurable like
/// any analyzer rule; the generator never throws, still generates every declaration that is sound, and
/// names each one it leaves out.
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
    public void Schema_errors_are_reported_at_their_file_line_and_column_in_build_format()
    {
        var diagnostics = GeneratorHarness.Diagnose(Project);

        var error = Assert.Single(diagnostics, d => d.Id != "ES0080");
        Assert.Equal("ES0020", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/project/schemas/orders.eventschema", span.Path);
        // Line 5, column 13 in the build's 1-based numbering: the unknown name "Custmer".
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(4, 12), span.StartLinePosition);
        Assert.StartsWith("/project/schemas/orders.eventschema(5,13): error ES0020: ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(Diagnostics.HelpLinks.DefaultBase + "#es0020", error.Descriptor.HelpLinkUri);
        Assert.True(Uri.TryCreate(error.Descriptor.HelpLinkUri, UriKind.Absolute, out _), "help links are absolute URLs an IDE can open");
    }

    [Fact]
    public void Help_links_follow_the_configured_base()
    {
        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties)
        {
            ["build_property.EventSchemaHelpLinkBase"] = " https://docs.example.test/eventschema/diagnostics# ",
        };

        var error = Assert.Single(GeneratorHarness.Run(Project, properties).GeneratorDiagnostics, d => d.Id == "ES0020");

        Assert.Equal("https://docs.example.test/eventschema/diagnostics#es0020", error.Descriptor.HelpLinkUri);
        Assert.Equal("Unknown type", error.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_generator_generates_the_sound_files_and_names_the_event_it_left_out()
    {
        var run = GeneratorHarness.Run(Project);

        var left = Assert.Single(run.NotGenerated);
        Assert.Equal(DiagnosticSeverity.Warning, left.Severity);
        Assert.StartsWith(
            "/project/schemas/orders.eventschema(3,7): warning ES0080: 'OrderPlaced' was not generated because of the error at line 5 (ES0020)",
            left.ToString(),
            StringComparison.Ordinal);
        var generated = Assert.Single(run.TypeSources);
        Assert.Contains("\n// common.eventschema\n", generated.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("\n// orders.eventschema\n", generated.Value, StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Money", generated.Value);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
    }

    [Fact]
    public void A_declaration_that_uses_a_broken_one_in_another_file_is_left_out_and_named()
    {
        var brokenCommon = GeneratorHarness.Schema("schemas/common.eventschema", Common.Replace("currency: string;", "currency: strng;"));
        var order = GeneratorHarness.Schema("schemas/orders.eventschema", BrokenOrder.Replace("customer: Custmer;", ""));

        var run = GeneratorHarness.Run([brokenCommon, order]);

        Assert.Empty(run.TypeSources);
        Assert.Equal(
            [
                "'Money' was not generated because of the error at line 5 (ES0020); C# code that uses it does not compile until that is fixed.",
                "'OrderPlaced' was not generated because it uses 'Money', which was not generated; C# code that uses it does not compile until that is fixed.",
            ],
            run.NotGenerated.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_declaration_of_a_name_is_left_out_and_the_first_one_keeps_its_type()
    {
        var first = GeneratorHarness.Schema("schemas/a.eventschema", "namespace Shop;\nrecord Money { amount: decimal; }\n");
        var second = GeneratorHarness.Schema("schemas/b.eventschema", "namespace Shop;\nrecord Money { cents: long; }\n");

        var run = GeneratorHarness.Run([first, second]);

        Assert.Equal(
            "'Money' was not generated because of the error at line 2 (ES0022); C# code that uses the name gets the type of the other declaration.",
            Assert.Single(run.NotGenerated).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(run.TypeSources.Values, source => source.Contains("Amount", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_declaration_of_a_name_whose_first_is_not_generated_either_says_code_does_not_compile()
    {
        var first = GeneratorHarness.Schema("schemas/a.eventschema", "namespace Shop;\nrecord Money { amount: Decimall; }\n");
        var second = GeneratorHarness.Schema("schemas/b.eventschema", "namespace Shop;\nrecord Money { cents: long; }\n");

        var run = GeneratorHarness.Run([first, second]);

        Assert.Equal(
            [
                "'Money' was not generated because of the error at line 2 (ES0020); C# code that uses it does not compile until that is fixed.",
                "'Money' was not generated because of the error at line 2 (ES0022); C# code that uses it does not compile until that is fixed.",
            ],
            run.NotGenerated.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void One_broken_record_leaves_the_sound_declarations_of_its_file_generated()
    {
        var schema = GeneratorHarness.Schema("schemas/fleet.eventschema", """
            namespace Fleet;

            @pattern("^[A-Z]{2}$")
            scalar CountryCode : string;

            record Crew {
              name: string;
            }

            record Ship {
              flag: CountryCod;
              crew: list<Crew>;
            }

            event ShipRegistered {
              ship: Ship;
            }

            event CrewHired {
              crew: Crew;
              flag?: CountryCode;
            }
            """);

        var run = GeneratorHarness.Run([schema]);

        string source = Assert.Single(run.TypeSources).Value;
        Assert.Contains("partial record Crew", source);
        Assert.Contains("partial record CrewHired", source);
        Assert.Contains("record struct CountryCode", source);
        Assert.DoesNotContain("record Ship", source);
        Assert.DoesNotContain("record ShipRegistered", source);
        Assert.Equal(
            ["fleet.eventschema(10,8): warning ES0080: 'Ship'", "fleet.eventschema(15,7): warning ES0080: 'ShipRegistered'"],
            run.NotGenerated.Select(d => d.ToString()).Select(text => text[(text.LastIndexOf('/') + 1)..(text.IndexOf(" was", StringComparison.Ordinal))]));
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
    }

    [Fact]
    public void A_lowered_error_still_leaves_its_declaration_out_and_says_so()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var lowered = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("ES0020", ReportDiagnostic.Suppress)]));

        var run = GeneratorHarness.Run(Project, compilation: lowered);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "ES0020");
        Assert.Contains("OrderPlaced", Assert.Single(run.NotGenerated).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.TypeSources.Values, source => source.Contains("OrderPlaced", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_whose_namespace_is_broken_generates_nothing_and_names_each_declaration()
    {
        var schema = GeneratorHarness.Schema("schemas/loose.eventschema", "record Crew { name: string; }\nenum Rank { captain, mate }\n");

        var run = GeneratorHarness.Run([schema]);

        Assert.Empty(run.TypeSources);
        Assert.Equal(["Crew", "Rank"], run.NotGenerated.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1]));
        Assert.All(run.NotGenerated, d => Assert.Contains("namespace", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Schema_diagnostics_are_reported_even_on_a_csharp_version_too_old_to_generate_code()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var tree = compilation.SyntaxTrees.Single();
        compilation = compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(tree.GetRoot(TestContext.Current.CancellationToken), new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10)));

        var run = GeneratorHarness.Run(Project, compilation: compilation);

        Assert.Empty(run.Sources);
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "ES9001");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "ES0020");
    }

    [Fact]
    public void A_global_config_severity_reaches_generator_diagnostics_on_the_oldest_supported_compiler()
    {
        // This test runs on Microsoft.CodeAnalysis 4.8, the oldest compiler the package supports. The compiler turns
        // "dotnet_diagnostic.ES0020.severity" of a global config into a compilation-wide option; a diagnostic located
        // in a schema file (no C# syntax tree) is filtered by that option, as an analyzer's would be.
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Anchor { } }");
        var configured = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(
            new GlobalSeverities(new Dictionary<string, ReportDiagnostic> { ["ES0020"] = ReportDiagnostic.Warn, ["ES0080"] = ReportDiagnostic.Suppress })));

        var diagnostics = GeneratorHarness.Diagnose(Project, configured);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
        Assert.Equal("ES0020", diagnostics[0].Id);
    }

    private sealed class GlobalSeverities(IReadOnlyDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => severities.TryGetValue(diagnosticId, out severity);
    }

    [Fact]
    public void Seed_schemas_have_no_diagnostics()
    {
        Assert.Empty(GeneratorHarness.Diagnose(GeneratorHarness.SchemasFrom("diplomacy")));
    }

    [Fact]
    public void Every_front_end_diagnostic_reaches_the_build_exactly_once_with_its_position()
    {
        var schemas = Project.Append(GeneratorHarness.Schema("schemas/bad.eventschema", "namespace Shop;\nrecord Broken {\n  @maxLength(2) @minLength(5) name: string\n}\nenum Empty {}\n")).ToList();
        var expected = SchemaCompilation.Create(schemas.Select(schema => new Language.Text.SourceText(schema.Path, schema.Content)), TestContext.Current.CancellationToken)
            .Diagnostics
            .Select(d => $"{d.FilePath}({d.Start.Line},{d.Start.Column}): {d.Code}: {d.Message}")
            .Order(StringComparer.Ordinal)
            .ToList();

        var actual = GeneratorHarness.Diagnose(schemas)
            .Where(d => d.Id != "ES0080")
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(expected.Count >= 3, string.Join(Environment.NewLine, expected));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_catalog_rule_has_a_descriptor_with_its_severity_category_and_help_link()
    {
        foreach (var definition in Language.Diagnostics.DiagnosticCatalog.All)
        {
            var descriptor = Assert.Single(Diagnostics.SchemaDiagnosticDescriptors.All, d => d.Id == definition.Code);
            Assert.Equal(definition.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("EventSchema." + definition.Category, descriptor.Category);
            Assert.Equal(definition.DefaultSeverity == Language.Diagnostics.DiagnosticSeverity.Error, descriptor.DefaultSeverity == DiagnosticSeverity.Error);
            Assert.Equal(Diagnostics.HelpLinks.DefaultBase + "#" + definition.Code.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }
}
