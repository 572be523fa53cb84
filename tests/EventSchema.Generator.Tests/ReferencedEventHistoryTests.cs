using EventSchema.Generator.Building;
using EventSchema.Generator.Tests.Infrastructure;
using EventSchema.Language.References;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EventSchema.Generator.Tests;

/// <summary>
/// A contracts library whose events have past versions, and a service that declares a union over them: the library's
/// description lists the past versions it generated a nested record for, so the service's union reads a payload of a
/// past version through the library's <c>V1</c> record into today's type, exactly as a union declared beside the events
/// does, and the service's <c>GeneratedJson</c> lists those records. A library built before the description listed
/// them (declaration format 1) still works, with current versions only.
/// </summary>
public sealed class ReferencedEventHistoryTests
{
    private const string LibraryName = "Diplomacy.Contracts";

    private const string LibrarySchema = """
        namespace Diplomacy;

        @version(2)
        event CredentialsPresented {
          @renamedFrom(2, "envoy") ambassador: string;
          @added(2) note?: string;
        }

        /// One discriminator value for every version: only today's shape is read.
        @version(2)
        @discriminatorValue("recalled")
        event PartnershipRecalled {
          partner: string;
          @added(2) reason?: string;
        }

        /// Version 2 without history decorators: every version has today's shape, and no past version is read.
        @version(2)
        event SupportReaffirmed {
          country: string;
        }
        """;

    private const string ServiceSchema = """
        namespace Embassy;

        using Diplomacy;

        union DiplomaticEvent = CredentialsPresented | PartnershipRecalled | SupportReaffirmed;
        """;

    private const string ServiceCode = """
        using System;
        using System.Text.Json;
        using Diplomacy;
        using Embassy;

        namespace Service;

        internal static class Example
        {
            private static string Describe(DiplomaticEvent value)
                => value.Match(
                    presented => "presented " + presented.Ambassador + " " + (presented.Note ?? "-"),
                    recalled => "recalled " + recalled.Partner,
                    support => "support " + support.Country);

            private static string Read(string json)
            {
                try { return Describe(DiplomaticEvent.FromJson(json)); }
                catch (JsonException exception) { return exception.Message; }
            }

            public static string Run() => string.Join("|",
                Read("{\"type\":\"diplomacy.credentials-presented.v1\",\"envoy\":\"Lu Mei\"}"),
                Read("{\"ambassador\":\"Lu Mei\",\"type\":\"diplomacy.credentials-presented.v2\",\"note\":\"Baku\"}"),
                Read("{\"type\":\"recalled\",\"partner\":\"GE\"}"),
                Read("{\"type\":\"diplomacy.support-reaffirmed.v2\",\"country\":\"KZ\"}"),
                Read("{\"type\":\"diplomacy.support-reaffirmed.v1\",\"country\":\"KZ\"}"),
                Read("{\"type\":\"diplomacy.credentials-presented.v3\",\"ambassador\":\"Lu Mei\"}"));
        }
        """;

    // Needs GeneratedJson.CredentialsPresented_V1, so it compiles only where GeneratedJson lists the library's V1.
    private const string SerializerCode = """
        using System.Text.Json;
        using EventSchema.Generated;

        namespace Service;

        internal static class Serializer
        {
            public static string Run()
                => JsonSerializer.Deserialize("{\"envoy\":\"Lu Mei\"}", GeneratedJson.CredentialsPresented_V1)!.ToCurrent().Ambassador;
        }
        """;

    private static readonly Lazy<(byte[] Image, GeneratorRun Run)> Library = new(() =>
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Schema("diplomacy/events.eventschema", LibrarySchema)],
            compilation: GeneratorHarness.CreateCompilation("namespace Contracts { internal static class Anchor { } }").WithAssemblyName(LibraryName));
        Assert.Empty(run.GeneratorDiagnostics);
        return (ReferencedLibrary.EmitImage(run.OutputCompilation), run);
    });

    /// <summary>The service compiled against <paramref name="library"/>, with its union over the library's events.</summary>
    private static GeneratorRun Service(byte[] library, params string[] code)
    {
        var compilation = GeneratorHarness.CreateCompilation(code.Length == 0 ? ["namespace Service { internal static class Anchor { } }"] : code)
            .WithAssemblyName("Embassy.Service")
            .AddReferences(MetadataReference.CreateFromImage(library));
        return GeneratorHarness.Run([GeneratorHarness.Schema("embassy/union.eventschema", ServiceSchema)], compilation: compilation);
    }

    private static string[] RunExample(GeneratorRun service, byte[] library, string type = "Service.Example")
    {
        Assert.Empty(service.GeneratorDiagnostics);
        Assert.True(service.CompilationProblems.Count == 0, string.Join(Environment.NewLine, service.CompilationProblems));
        var assembly = ReferencedLibrary.LoadApplication(ReferencedLibrary.EmitImage(service.OutputCompilation), LibraryName, library);
        return ((string)assembly.GetType(type, throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!).Split('|');
    }

    [Fact]
    public void The_library_lists_the_past_versions_it_generated_a_record_for()
    {
        var reference = ReferencedAssemblyReader.Read(MetadataReference.CreateFromImage(Library.Value.Image));
        Assert.NotNull(reference);
        Assert.Equal(SchemaReferenceModel.FormatVersion, reference.FormatVersion);
        var declarations = SchemaReferenceModel.Read(reference.Model, reference.FormatVersion)!;
        Assert.Equal(
            [new(1, "diplomacy.credentials-presented.v1")],
            declarations.Single(d => d.Name == "CredentialsPresented").PastVersions);
        Assert.Equal([new(1, "diplomacy.partnership-recalled.v1")], declarations.Single(d => d.Name == "PartnershipRecalled").PastVersions);
        Assert.Empty(declarations.Single(d => d.Name == "SupportReaffirmed").PastVersions);
    }

    [Fact]
    public void A_service_union_reads_a_past_version_of_a_library_event_into_todays_type()
    {
        var service = Service(Library.Value.Image, ServiceCode, SerializerCode);
        string[] results = RunExample(service, Library.Value.Image);

        Assert.Equal("presented Lu Mei -", results[0]);
        Assert.Equal("presented Lu Mei Baku", results[1]);
        Assert.Equal("recalled GE", results[2]);
        Assert.Equal("support KZ", results[3]);
        // No past version of its own to read, as in the library's own unions.
        Assert.Contains("'diplomacy.support-reaffirmed.v1'", results[4], StringComparison.Ordinal);
        Assert.Contains("'diplomacy.credentials-presented.v3'", results[5], StringComparison.Ordinal);
        Assert.Equal("Lu Mei", RunExample(service, Library.Value.Image, "Service.Serializer")[0]);

        string generatedJson = service.GeneratedJson!;
        Assert.Contains("global::Diplomacy.CredentialsPresented.V1", generatedJson, StringComparison.Ordinal);
        Assert.Contains("global::Diplomacy.PartnershipRecalled.V1", generatedJson, StringComparison.Ordinal);
        Assert.DoesNotContain("global::Diplomacy.SupportReaffirmed.V1", generatedJson, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_union_reads_exactly_as_the_same_union_declared_beside_the_events()
    {
        var together = GeneratorHarness.Run(
            [GeneratorHarness.Schema("diplomacy/events.eventschema", LibrarySchema), GeneratorHarness.Schema("embassy/union.eventschema", ServiceSchema)],
            compilation: GeneratorHarness.CreateCompilation("namespace Contracts { internal static class Anchor { } }"));
        Assert.Empty(together.GeneratorDiagnostics);
        var apart = Service(Library.Value.Image);

        string beside = together.SchemaFilePart("union.eventschema");
        Assert.Contains("case \"diplomacy.credentials-presented.v1\": return new DiplomaticEvent(global::Diplomacy.CredentialsPresented.V1.__ReadJson(ref reader, options).ToCurrent(), 0);", beside, StringComparison.Ordinal);
        Assert.Equal(beside, apart.SchemaFilePart("union.eventschema"));
    }

    [Fact]
    public void A_library_whose_description_has_no_past_versions_gives_a_union_of_current_versions_only()
    {
        byte[] library = WithFormat1Description(Library.Value.Run.OutputCompilation);
        var service = Service(library, ServiceCode);
        string[] results = RunExample(service, library);

        // Version 1 is no member of this union, as a type it does not know; version 3 is newer than it reads.
        Assert.StartsWith("The value 'diplomacy.credentials-presented.v1' of 'type' names no member of DiplomaticEvent; expected one of: ", results[0], StringComparison.Ordinal);
        Assert.Contains("'diplomacy.credentials-presented.v3' of 'type' is version 3 of an event that DiplomaticEvent reads up to version 2", results[5], StringComparison.Ordinal);
        Assert.Equal("presented Lu Mei Baku", results[1]);
        Assert.Equal("recalled GE", results[2]);
        Assert.Equal("support KZ", results[3]);
        Assert.DoesNotContain(".V1", service.GeneratedJson!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_rebuilt_with_past_versions_regenerates_the_union_over_it()
    {
        byte[] before = WithFormat1Description(Library.Value.Run.OutputCompilation);
        var schemas = new[] { GeneratorHarness.Schema("embassy/union.eventschema", ServiceSchema) };
        var compilation = GeneratorHarness.CreateCompilation("namespace Service { internal static class Anchor { } }").WithAssemblyName("Embassy.Service");
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(schemas), compilation.AddReferences(MetadataReference.CreateFromImage(before)));
        Assert.DoesNotContain(".V1.__ReadJson", first.SchemaFilePart("union.eventschema"), StringComparison.Ordinal);

        // Same declaration text in both descriptions: only the past versions differ.
        var second = GeneratorHarness.Run(first.Driver, compilation.AddReferences(MetadataReference.CreateFromImage(Library.Value.Image)));
        Assert.Contains(".V1.__ReadJson", second.SchemaFilePart("union.eventschema"), StringComparison.Ordinal);
        Assert.Contains("CredentialsPresented_V1", second.GeneratedJson!, StringComparison.Ordinal);
    }

    /// <summary>
    /// The library as an EventSchema from before format 2 built it: the same code, and its description in format 1
    /// (four length-prefixed strings per declaration: namespace, name, text and host data; no past versions).
    /// </summary>
    private const string DeclarationsAttribute = "[assembly: global::EventSchema.SchemaDeclarations(";

    private static byte[] WithFormat1Description(Compilation library)
    {
        var reference = ReferencedAssemblyReader.Read(MetadataReference.CreateFromImage(ReferencedLibrary.EmitImage(library)))!;
        var model = new System.Text.StringBuilder();
        foreach (var declaration in SchemaReferenceModel.Read(reference.Model, reference.FormatVersion)!)
        {
            foreach (string part in new[] { declaration.Namespace, declaration.Name, declaration.Text, declaration.HostData })
            {
                model.Append(part.Length).Append(':').Append(part);
            }
        }
        // Format 1 was one attribute for the whole assembly: the namespace sources' own attributes make way for it.
        foreach (var described in library.SyntaxTrees.Where(tree => tree.GetText().ToString().Contains(DeclarationsAttribute, StringComparison.Ordinal)).ToList())
        {
            string text = string.Join("\n", described.GetText().ToString().Split('\n').Where(line => !line.StartsWith(DeclarationsAttribute, StringComparison.Ordinal)));
            library = library.ReplaceSyntaxTree(described, described.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
        }
        var format1 = CSharpSyntaxTree.ParseText(
            $"{DeclarationsAttribute}1, {Emit.CSharpLiterals.String(string.Join(";", reference.Namespaces))}, {Emit.CSharpLiterals.String(model.ToString())})]",
            (CSharpParseOptions)library.SyntaxTrees.First().Options,
            cancellationToken: TestContext.Current.CancellationToken);
        return ReferencedLibrary.EmitImage(library.AddSyntaxTrees(format1));
    }
}
