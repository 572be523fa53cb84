using System.Collections.Immutable;
using EventSchema.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSchema.Generator.Tests;

/// <summary>
/// A contracts library built by the real generator, then an application compiled against the library's emitted
/// assembly: the application's schemas use the library's types through <c>using</c> and qualified names, the
/// generated code names the library's types instead of generating them again, and everything runs across the
/// assembly boundary (validation, JSON, equality, catalogs).
/// </summary>
public sealed class ReferencedAssemblyTests
{
    private const string CommonSchema = """
        namespace MiddleCorridor.Common;

        /// ISO 4217 currency code, such as AZN, GEL or KZT.
        @pattern("^[A-Z]{3}$")
        scalar CurrencyCode : string;

        /// UN/LOCODE of a port, such as AZBAK (Baku) or GEPTI (Poti).
        @pattern("^[A-Z]{2}[A-Z2-9]{3}$")
        scalar PortCode : string;

        enum TransportMode { rail, sea, road }

        record Port {
          code: PortCode;
          @minLength(1) name: string;
          @pattern("^[A-Z]{2}$") country: string;
        }

        record Money {
          @minimum(0) unitPrice: decimal;
          currency: CurrencyCode;
        }

        @version(1)
        event PortCallScheduled {
          port: Port;
          vessel: string;
        }
        """;

    private const string FreightSchema = """
        namespace MiddleCorridor.Freight;

        using MiddleCorridor.Common;

        @version(1)
        @summary("{origin.name} to {destination.name}")
        event ShipmentBooked {
          origin: Port;
          destination: MiddleCorridor.Common.Port;
          price: Money;
          mode: TransportMode = sea;
          settledIn: CurrencyCode = "USD";
          @minItems(1) legs: list<Port>;
        }
        """;

    private const string ApplicationCode = """
        using System;
        using System.Linq;
        using EventSchema;
        using EventSchema.Generated;
        using EventSchema.Json;
        using MiddleCorridor.Common;
        using MiddleCorridor.Freight;

        namespace Application;

        internal static class Example
        {
            public static ShipmentBooked Create(decimal price) => new ShipmentBooked
            {
                Origin = new Port { Code = PortCode.From("AZBAK"), Name = "Baku", Country = "AZ" },
                Destination = new Port { Code = PortCode.From("GEPTI"), Name = "Poti", Country = "GE" },
                Price = new Money { UnitPrice = price, Currency = CurrencyCode.From("AZN") },
                Legs = [new Port { Code = PortCode.From("KZAKT"), Name = "Aktau", Country = "KZ" }],
            };

            public static string Run()
            {
                var booked = Create(1850m);
                var back = ShipmentBooked.FromJson(booked.ToJson());
                var broken = Create(-1m) with { Legs = [new Port { Code = PortCode.From("KZAKT"), Name = "", Country = "kz" }] };
                var catalog = EventCatalog.Combine(GeneratedEventCatalog.Instance, EventCatalog.FromAssembly(typeof(Port).Assembly)!);
                return string.Join("|",
                    booked.Describe(),
                    booked.Validate().IsValid,
                    back.Equals(booked),
                    back.Mode,
                    back.SettledIn.Value,
                    string.Join(",", broken.Validate().Errors.Select(error => error.Path)),
                    string.Join(",", catalog.Events.Select(e => e.EventType).OrderBy(type => type, StringComparer.Ordinal)),
                    booked.ToJson());
            }
        }
        """;

    private static readonly IReadOnlyDictionary<string, string> LibraryProperties = new Dictionary<string, string>
    {
        ["build_property.ProjectDir"] = GeneratorHarness.ProjectDirectory,
        ["build_property.EventSchemaNamespacePrefix"] = "Contracts",
        ["build_property.EventSchemaJsonNaming"] = "SnakeCase",
    };

    private static readonly Lazy<(byte[] Image, GeneratorRun Run)> Library = new(() =>
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Schema("common/trade.eventschema", CommonSchema)],
            LibraryProperties,
            GeneratorHarness.CreateCompilation("namespace Contracts { internal static class Anchor { } }").WithAssemblyName("MiddleCorridor.Contracts"));
        return (ReferencedLibrary.EmitImage(run.OutputCompilation), run);
    });

    /// <summary>The application compiled against the library; its C# names the library's types under the library's prefix.</summary>
    private static ApplicationBuild Application(string schema, string code = "namespace Application { internal static class Anchor { } }")
    {
        var compilation = GeneratorHarness.CreateCompilation(code.Replace("using MiddleCorridor.Common;", "using Contracts.MiddleCorridor.Common;", StringComparison.Ordinal))
            .WithAssemblyName("Freight.Service")
            .AddReferences(MetadataReference.CreateFromImage(Library.Value.Image));
        var schemas = new[] { GeneratorHarness.Schema("freight/booking.eventschema", schema) };
        return new ApplicationBuild(compilation, schemas, GeneratorHarness.Run(schemas, compilation: compilation));
    }

    private sealed record ApplicationBuild(Compilation Compilation, InMemoryAdditionalText[] Schemas, GeneratorRun Run);

    [Fact]
    public void The_library_describes_its_declarations_with_the_csharp_names_it_chose()
    {
        var run = Library.Value.Run;
        Assert.Empty(run.CompilationProblems);
        string declarations = string.Join("\n", run.DeclarationAttributes);
        Assert.Contains("[assembly: global::EventSchema.SchemaDeclarations(", declarations);
        Assert.Contains("\"MiddleCorridor.Common\"", declarations);
        Assert.Contains("global::Contracts.MiddleCorridor.Common.Port", declarations);
        Assert.Contains("@json(\\\"unit_price\\\")", declarations);
    }

    [Fact]
    public void A_library_of_several_namespaces_describes_each_in_its_own_attribute_and_is_read_whole()
    {
        var library = GeneratorHarness.Run(
            [
                GeneratorHarness.Schema("common/trade.eventschema", CommonSchema),
                GeneratorHarness.Schema("customs/checks.eventschema", "namespace MiddleCorridor.Customs;\nusing MiddleCorridor.Common;\nrecord Inspection { port: Port; }\n"),
            ],
            LibraryProperties,
            GeneratorHarness.CreateCompilation("namespace Contracts { internal static class Anchor { } }").WithAssemblyName("MiddleCorridor.Contracts"));
        Assert.Empty(library.CompilationProblems);
        Assert.Equal(2, library.DeclarationAttributes.Count);

        var reference = Building.ReferencedAssemblyReader.Read(MetadataReference.CreateFromImage(ReferencedLibrary.EmitImage(library.OutputCompilation)))!;
        Assert.Equal(Language.References.SchemaReferenceModel.FormatVersion, reference.FormatVersion);
        Assert.Equal(["MiddleCorridor.Common", "MiddleCorridor.Customs"], reference.Namespaces.Order(StringComparer.Ordinal));
        var names = Language.References.SchemaReferenceModel.Read(reference.Model, reference.FormatVersion)!.Select(declaration => declaration.Namespace + "." + declaration.Name).ToList();
        Assert.Contains("MiddleCorridor.Common.Port", names);
        Assert.Contains("MiddleCorridor.Customs.Inspection", names);

        var service = GeneratorHarness.Run(
            [GeneratorHarness.Schema("audit/audit.eventschema", "namespace MiddleCorridor.Audit;\nusing MiddleCorridor.Customs;\nrecord Audit { inspection: Inspection; }\n")],
            compilation: GeneratorHarness.CreateCompilation("namespace Application { internal static class Anchor { } }").AddReferences(MetadataReference.CreateFromImage(ReferencedLibrary.EmitImage(library.OutputCompilation))));
        Assert.Empty(service.GeneratorDiagnostics);
        Assert.Empty(service.CompilationProblems);
    }

    [Fact]
    public void The_application_uses_the_library_types_without_generating_them_again()
    {
        var app = Application(FreightSchema, ApplicationCode);
        Assert.Empty(app.Run.GeneratorDiagnostics);
        Assert.True(app.Run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, app.Run.CompilationProblems));
        string generated = Assert.Single(app.Run.TypeSources).Value;
        Assert.Contains("public required global::Contracts.MiddleCorridor.Common.Port Origin { get; init; }", generated);
        Assert.DoesNotContain("record Port", string.Concat(app.Run.Sources.Values));
        Assert.DoesNotContain("MiddleCorridor.Common\"", string.Join("\n", app.Run.DeclarationAttributes));
        // The library's wire names, fixed by its own naming option, are the ones in the application's JSON Schema.
        Assert.Contains("\\\"unit_price\\\"", string.Concat(app.Run.Sources.Values));
    }

    [Fact]
    public void A_csharp_edit_neither_reads_nor_binds_the_references_again()
    {
        var app = Application(FreightSchema);
        var driver = GeneratorHarness.CreateDriver(app.Schemas);
        var first = GeneratorHarness.Run(driver, app.Compilation);
        var edited = app.Compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "namespace Application { internal static class Edited { } }", GeneratorHarness.ParseOptions, path: "/project/Edited.cs", cancellationToken: TestContext.Current.CancellationToken));
        var second = GeneratorHarness.Run(first.Driver, edited);

        var steps = second.Driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.All(steps[EventSchemaGenerator.TrackingNames.References].SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(steps[EventSchemaGenerator.TrackingNames.FileSpecs].SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void A_netstandard2_0_library_scalar_keeps_its_own_value_type_in_a_modern_application()
    {
        // netstandard2.0 has no DateOnly, so the library's date scalar holds a DateTime; the application's default must build one.
        var library = GeneratorHarness.Run(
            [GeneratorHarness.Schema("common/days.eventschema", "namespace MiddleCorridor.Common;\n\nscalar SailingDay : date;\n\nrecord Sailing {\n  day: SailingDay;\n  @minLength(1) ferry: string;\n}\n")],
            compilation: GeneratorHarness.CreateNetStandardCompilation("namespace Contracts { internal static class Anchor { } }").WithAssemblyName("MiddleCorridor.Days"));
        Assert.Empty(library.CompilationProblems);
        var compilation = GeneratorHarness.CreateCompilation("namespace Application { internal static class Anchor { } }")
            .AddReferences(MetadataReference.CreateFromImage(ReferencedLibrary.EmitImage(library.OutputCompilation)));
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Schema("freight/ferry.eventschema", "namespace MiddleCorridor.Freight;\n\nusing MiddleCorridor.Common;\n\n@summary(\"{sailing.ferry} on {sailing.day}\")\nevent FerryBooked {\n  sailing: Sailing;\n  firstDay: SailingDay = \"2025-04-17\";\n  localDay: date;\n}\n")],
            compilation: compilation);
        Assert.True(run.CompilationProblems.Count == 0, string.Join(Environment.NewLine, run.CompilationProblems));
        string generated = Assert.Single(run.TypeSources).Value;
        Assert.Contains("global::MiddleCorridor.Common.SailingDay.From(new global::System.DateTime(2025, 4, 17))", generated);
        Assert.Contains("global::System.DateOnly LocalDay", generated);
    }

    [Fact]
    public void The_schema_diagnostics_bind_against_the_same_references()
    {
        var app = Application(FreightSchema);
        Assert.Empty(GeneratorHarness.Diagnose(app.Schemas, (CSharpCompilation)app.Compilation));
    }

    [Fact]
    public void Validation_json_equality_and_catalogs_work_across_the_assembly_boundary()
    {
        var app = Application(FreightSchema, ApplicationCode);
        var example = ReferencedLibrary.LoadApplication(ReferencedLibrary.EmitImage(app.Run.OutputCompilation), "MiddleCorridor.Contracts", Library.Value.Image)
            .GetType("Application.Example", throwOnError: true)!;
        string result = (string)example.GetMethod("Run")!.Invoke(null, null)!;
        string[] parts = result.Split('|');
        Assert.Equal("Baku to Poti", parts[0]);
        Assert.Equal("True", parts[1]);
        Assert.Equal("True", parts[2]);
        Assert.Equal("Sea", parts[3]);
        Assert.Equal("USD", parts[4]);
        Assert.Equal("price.unitPrice,legs[0].name,legs[0].country", parts[5]);
        Assert.Equal("middlecorridor.common.port-call-scheduled.v1,middlecorridor.freight.shipment-booked.v1", parts[6]);
        Assert.Contains("\"price\":{\"unit_price\":1850,\"currency\":\"AZN\"}", parts[7]);
    }

    [Fact]
    public void A_copy_of_the_library_schemas_is_reported_instead_of_generated_twice()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Application { internal static class Anchor { } }")
            .AddReferences(MetadataReference.CreateFromImage(Library.Value.Image));
        var schemas = new[] { GeneratorHarness.Schema("copy/trade.eventschema", CommonSchema) };
        var diagnostics = GeneratorHarness.Diagnose(schemas, compilation);
        var duplicate = diagnostics.First(d => d.Id == "ES0022");
        Assert.Contains("already declared by the referenced assembly 'MiddleCorridor.Contracts'", duplicate.GetMessage());
        Assert.Empty(GeneratorHarness.Run(schemas, compilation: compilation).TypeSources);
    }

    [Fact]
    public void A_name_two_referenced_assemblies_declare_is_a_located_error_and_left_out_of_generated_json()
    {
        // The same library built a second time under another assembly name: every declaration is declared twice.
        var copy = ReferencedLibrary.EmitImage(Library.Value.Run.OutputCompilation.WithAssemblyName("Ports.Contracts"));
        var compilation = GeneratorHarness.CreateCompilation("namespace Application { internal static class Anchor { } }")
            .WithAssemblyName("Freight.Service")
            .AddReferences(MetadataReference.CreateFromImage(Library.Value.Image), MetadataReference.CreateFromImage(copy));
        var using_ = new[] { GeneratorHarness.Schema("freight/booking.eventschema", "namespace MiddleCorridor.Freight;\n\nusing MiddleCorridor.Common;\n\nevent ShipmentBooked {\n  origin: Port;\n}\n") };
        var error = Assert.Single(GeneratorHarness.Diagnose(using_, compilation), d => d.Id == "ES0071");
        Assert.Equal(5, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'MiddleCorridor.Common.Port' is declared by more than one referenced assembly ('MiddleCorridor.Contracts' and 'Ports.Contracts')", error.GetMessage());

        // A project whose schemas do not use the names still compiles: its GeneratedJson does not name the ambiguous types.
        var own = new[] { GeneratorHarness.Schema("freight/note.eventschema", "namespace MiddleCorridor.Freight;\n\nevent NoteTaken {\n  text: string;\n}\n") };
        var run = GeneratorHarness.Run(own, compilation: compilation);
        Assert.Empty(run.OutputCompilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_library_built_with_an_unknown_declaration_format_is_a_located_error()
    {
        var library = GeneratorHarness.CreateCompilation(
            "[assembly: EventSchema.SchemaDeclarations(99, \"MiddleCorridor.Common\", \"a model from the future\")]")
            .WithAssemblyName("MiddleCorridor.Contracts");
        var compilation = GeneratorHarness.CreateCompilation("namespace Application { internal static class Anchor { } }")
            .AddReferences(MetadataReference.CreateFromImage(ReferencedLibrary.EmitImage(library)));
        var schemas = new[] { GeneratorHarness.Schema("freight/booking.eventschema", FreightSchema) };
        var diagnostics = GeneratorHarness.Diagnose(schemas, compilation);
        // At the 'using' and at the qualified name: each place that needs the unreadable namespace.
        var errors = diagnostics.Where(d => d.Id == "ES0070").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal([2, 8], errors.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
        var error = errors[0];
        Assert.Contains("'MiddleCorridor.Contracts'", error.GetMessage());
        Assert.Contains("newer EventSchema", error.GetMessage());
        // The names the unreadable namespace would have declared are not reported again as unknown.
        Assert.DoesNotContain(diagnostics, d => d.Id == "ES0020" && d.GetMessage().Contains("'Port'"));
        Assert.Empty(GeneratorHarness.Run(schemas, compilation: compilation).TypeSources);
    }
}
