using System.Text.Json.Nodes;
using EventSchema.Language.Export;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Exports;

/// <summary>
/// Documents composed from definitions described once: the same text as describing every definition for each
/// document, with references back to the root written as <c>#</c> wherever they occur.
/// </summary>
public class JsonSchemaDocumentsTests
{
    private const string Schema = """
        namespace Atlas;
        record Embassy {
          name: string;
          ambassador?: Ambassador;
          annex?: Embassy;
        }
        record Ambassador {
          embassy?: Embassy;
          deputy?: Ambassador;
          office: Office;
        }
        record Office { floor: int; }
        record Mission { embassy: Embassy; offices: list<Office>; }
        """;

    private static SchemaCompilation Compile()
    {
        var compilation = SchemaCompilation.Create([new SourceText("atlas.eventschema", Schema)], TestContext.Current.CancellationToken);
        Assert.Empty(compilation.Diagnostics);
        return compilation;
    }

    [Fact]
    public void A_reference_back_to_the_root_is_written_as_hash_inside_definitions_too()
    {
        var document = JsonNode.Parse(JsonSchemaExporter.Export(Compile().GetDeclaration("Atlas.Embassy")!))!;

        Assert.Equal("#", document["properties"]!["annex"]!["anyOf"]![0]!["$ref"]!.GetValue<string>());
        var ambassador = document["$defs"]!["Atlas.Ambassador"]!["properties"]!;
        Assert.Equal("#", ambassador["embassy"]!["anyOf"]![0]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/$defs/Atlas.Ambassador", ambassador["deputy"]!["anyOf"]![0]!["$ref"]!.GetValue<string>());
        Assert.Equal(["Atlas.Ambassador", "Atlas.Office"], document["$defs"]!.AsObject().Select(entry => entry.Key));
    }

    [Fact]
    public void A_definition_is_described_once_and_shared_by_every_document()
    {
        var compilation = Compile();
        var documents = new JsonSchemaDocuments(JsonSchemaOptions.Default);

        var embassy = documents.Parts(compilation.GetDeclaration("Atlas.Embassy")!);
        var mission = documents.Parts(compilation.GetDeclaration("Atlas.Mission")!);

        Assert.NotNull(embassy.SelfReference);
        Assert.Null(mission.SelfReference);
        Assert.Equal(["Atlas.Ambassador", "Atlas.Embassy", "Atlas.Office"], mission.Definitions.Select(d => d.Declaration.FullName));
        Assert.Same(embassy.Definitions[0], mission.Definitions[0]);
        Assert.Same(embassy.Definitions[1], mission.Definitions[2]);
    }

    [Theory]
    [InlineData("Atlas.Embassy")]
    [InlineData("Atlas.Ambassador")]
    [InlineData("Atlas.Office")]
    [InlineData("Atlas.Mission")]
    public void Composed_documents_are_what_one_document_at_a_time_writes(string name)
    {
        var compilation = Compile();
        var shared = new JsonSchemaDocuments(JsonSchemaOptions.Default);
        foreach (var other in compilation.Declarations) shared.Parts(other);

        foreach (var options in new[] { new JsonSchemaOptions { Indented = false } })
        {
            // Compact and indented text describe the same schema.
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSchemaExporter.Export(compilation.GetDeclaration(name)!, options)), JsonNode.Parse(JsonSchemaExporter.Export(compilation.GetDeclaration(name)!))));
        }
        // Definitions described for other roots first (some refer to this one) give the same document as a fresh export.
        Assert.Equal(JsonSchemaExporter.Export(compilation.GetDeclaration(name)!), shared.Parts(compilation.GetDeclaration(name)!).ToText());
    }
}
