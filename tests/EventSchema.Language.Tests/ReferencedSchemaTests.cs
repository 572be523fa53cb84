using EventSchema.Language.Export;
using EventSchema.Language.References;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests;

/// <summary>
/// A compilation's declarations written as a referenced assembly's model, read back and bound as references: they
/// mean what the originals mean, and the files of another compilation resolve names against them.
/// </summary>
public class ReferencedSchemaTests
{
    private static SchemaCompilation CompileSeed(JsonNaming naming = JsonNaming.AsWritten)
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryPaths.Schemas, "diplomacy"), "*.eventschema")
            .Select(path => new SourceText(RepositoryPaths.Relative(path), File.ReadAllText(path)));
        return SchemaCompilation.Create(sources, TestContext.Current.CancellationToken);
    }

    internal static SchemaReference Describe(SchemaCompilation compilation, string assemblyName, JsonNaming naming = JsonNaming.AsWritten)
    {
        var declarations = compilation.Declarations
            .Select(d => new ReferencedDeclaration(d.Namespace, d.Name, DeclarationTextWriter.Write(d, field => JsonNames.WireName(field, naming)), "data of " + d.Name)
            {
                PastVersions = d is RecordSymbol record ? record.PastVersions : [],
            })
            .ToList();
        var namespaces = declarations.Select(d => d.Namespace).Distinct().ToList();
        return new SchemaReference(assemblyName, SchemaReferenceModel.FormatVersion, namespaces, SchemaReferenceModel.Write(declarations));
    }

    [Fact]
    public void Every_seed_declaration_read_back_from_a_model_exports_the_same_json_schema()
    {
        var original = CompileSeed();
        var references = ReferencedSchemas.Bind([Describe(original, "Diplomacy.Contracts")], TestContext.Current.CancellationToken);

        Assert.Equal(original.Declarations.Count, references.Declarations.Count);
        foreach (var declaration in original.Declarations)
        {
            var copy = Assert.Single(references.Declarations, d => d.FullName == declaration.FullName);
            Assert.Equal("Diplomacy.Contracts", copy.ReferenceName);
            Assert.Equal("data of " + declaration.Name, references.GetHostData(copy));
            Assert.Equal(declaration.Documentation, copy.Documentation);
            Assert.Equal(JsonSchemaExporter.Export(declaration), JsonSchemaExporter.Export(copy));
        }
    }

    [Fact]
    public void Wire_names_stay_those_of_the_declaring_assembly_whatever_naming_the_user_applies()
    {
        var original = CompileSeed();
        var references = ReferencedSchemas.Bind([Describe(original, "Diplomacy.Contracts", JsonNaming.SnakeCase)], TestContext.Current.CancellationToken);
        var copy = (RecordSymbol)references.Declarations.Single(d => d.FullName == "Diplomacy.CredentialsPresented");
        var receivedBy = copy.Fields.Single(f => f.Name == "receivedBy");
        Assert.Equal("received_by", JsonNames.WireName(receivedBy, JsonNaming.AsWritten));
        Assert.Equal("received_by", JsonNames.WireName(receivedBy, JsonNaming.KebabCase));
    }

    [Fact]
    public void A_file_resolves_using_simple_and_qualified_names_against_a_reference()
    {
        var references = ReferencedSchemas.Bind([Describe(CompileSeed(), "Diplomacy.Contracts")], TestContext.Current.CancellationToken);
        var compilation = SchemaCompilation.Create(
            [new SourceText("press.eventschema", "namespace Press;\n\nusing Diplomacy;\n\nevent Quoted {\n  speaker: Official;\n  source: Diplomacy.Attribution;\n  area: CooperationArea = energy;\n}\n")],
            references,
            TestContext.Current.CancellationToken);
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
        var quoted = (RecordSymbol)Assert.Single(compilation.Declarations);
        Assert.Equal("Diplomacy.Contracts", ((NamedType)quoted.Fields[0].Type).Declaration.ReferenceName);
        Assert.Equal("Diplomacy.Attribution", quoted.Fields[1].Type.DisplayName);
        Assert.Same(compilation.GetDeclaration("Diplomacy.Official"), ((NamedType)quoted.Fields[0].Type).Declaration);
    }

    [Theory]
    [InlineData("diplomacy.credentials-presented.v3", "already used by 'Diplomacy.CredentialsPresented'")]
    // The event type of a past version the reference reads is taken too: its unions dispatch by it.
    [InlineData("diplomacy.credentials-presented.v1", "already used by version 1 of 'Diplomacy.CredentialsPresented'")]
    public void An_event_type_a_reference_already_uses_is_reported(string eventType, string message)
    {
        var references = ReferencedSchemas.Bind([Describe(CompileSeed(), "Diplomacy.Contracts")], TestContext.Current.CancellationToken);
        var compilation = SchemaCompilation.Create(
            [new SourceText("copy.eventschema", "namespace Press;\n\n@type(\"" + eventType + "\")\nevent Presented {\n  note: string;\n}\n")],
            references,
            TestContext.Current.CancellationToken);
        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0029", error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_past_versions_an_event_reads_travel_with_it_though_its_text_has_no_history()
    {
        var original = CompileSeed();
        var presented = (RecordSymbol)original.GetDeclaration("Diplomacy.CredentialsPresented")!;
        Assert.Equal(
            [new(1, "diplomacy.credentials-presented.v1"), new(2, "diplomacy.credentials-presented.v2")],
            presented.PastVersions);

        var references = ReferencedSchemas.Bind([Describe(original, "Diplomacy.Contracts")], TestContext.Current.CancellationToken);
        var copy = (RecordSymbol)references.Declarations.Single(d => d.FullName == "Diplomacy.CredentialsPresented");
        Assert.False(copy.History.HasHistory);
        Assert.Equal(presented.PastVersions, copy.PastVersions);
        Assert.All(references.Declarations.OfType<RecordSymbol>().Where(d => d.FullName != copy.FullName), d => Assert.Empty(d.PastVersions));
    }

    [Fact]
    public void A_model_of_format_1_is_still_read_and_its_events_read_their_current_version_only()
    {
        // Format 1 wrote four length-prefixed strings per declaration: namespace, name, text, host data.
        var original = CompileSeed();
        var model = new System.Text.StringBuilder();
        foreach (var d in original.Declarations)
        {
            foreach (string part in new[] { d.Namespace, d.Name, DeclarationTextWriter.Write(d, field => JsonNames.WireName(field, JsonNaming.AsWritten)), "data of " + d.Name })
            {
                model.Append(part.Length).Append(':').Append(part);
            }
        }
        var reference = new SchemaReference("Diplomacy.Contracts", 1, ["Diplomacy", "Diplomacy.News"], model.ToString());
        Assert.True(ReferencedSchemas.CanRead(reference));
        Assert.Null(SchemaReferenceModel.Read(model.ToString()));

        var references = ReferencedSchemas.Bind([reference], TestContext.Current.CancellationToken);
        Assert.Equal(original.Declarations.Count, references.Declarations.Count);
        var copy = (RecordSymbol)references.Declarations.Single(d => d.FullName == "Diplomacy.CredentialsPresented");
        Assert.Equal("data of CredentialsPresented", references.GetHostData(copy));
        Assert.Empty(copy.PastVersions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5:Dipl")]
    [InlineData("9:Diplomacy8:Official")]
    [InlineData("x:Diplomacy")]
    [InlineData("-1:")]
    [InlineData("9:Diplomacy8:Official0:0:")]
    [InlineData("9:Diplomacy8:Official0:0:5:1:x1:")]
    [InlineData("9:Diplomacy8:Official0:0:7:1:01:ab")]
    public void A_damaged_model_is_read_as_nothing_rather_than_misread(string model)
    {
        var read = SchemaReferenceModel.Read(model);
        if (model.Length == 0) Assert.Empty(read!);
        else Assert.Null(read);
    }

    [Fact]
    public void A_damaged_model_makes_its_namespaces_an_ES0070_instead_of_an_unknown_namespace()
    {
        var damaged = new SchemaReference("Diplomacy.Contracts", SchemaReferenceModel.FormatVersion, ["Diplomacy"], "9:Diplomacy8:Official");
        var compilation = SchemaCompilation.Create(
            [new SourceText("press.eventschema", "namespace Press;\n\nusing Diplomacy;\n\nrecord Quote {\n  speaker: Official;\n}\n")],
            ReferencedSchemas.Bind([damaged], TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken);
        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal("ES0070", error.Code);
        Assert.Contains("could not be read", error.Message);
    }
}
