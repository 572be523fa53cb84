using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EventSchema.Language.Export;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Exports;

/// <summary>What the documentation says the JSON Schema export writes, held to what it writes.</summary>
public partial class JsonSchemaDocumentationTests
{
    // "additionalProperties: false", "`additionalProperties`: false", "\"additionalProperties\": false".
    [GeneratedRegex(@"additionalProperties[""`]?:?\s*false")]
    private static partial Regex ClosedObject();

    [Fact]
    public void The_export_allows_additional_properties_and_the_docs_speak_of_closed_objects_only_with_the_option_that_writes_them()
    {
        var compilation = SchemaCompilation.Create([new SourceText("ports.eventschema", "namespace Ports;\nrecord Port { code: string; }\n")], TestContext.Current.CancellationToken);
        var schema = JsonNode.Parse(JsonSchemaExporter.Export(compilation.GetDeclaration("Ports.Port")!))!;
        Assert.True(schema["additionalProperties"]!.GetValue<bool>());

        // A paragraph or list item that says an object is closed must say who closes it: the export never does.
        foreach (string page in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md"))
        {
            string text = File.ReadAllText(page).Replace("\r\n", "\n");
            foreach (string part in Regex.Split(text, @"\n\n|\n(?=- )"))
            {
                if (!ClosedObject().IsMatch(part)) continue;
                Assert.True(part.Contains(nameof(JsonSchemaOptions.AllowAdditionalProperties), StringComparison.Ordinal),
                    $"{Path.GetFileName(page)} speaks of additionalProperties false as if the export wrote it (it writes true; AllowAdditionalProperties = false closes objects):\n{part}");
            }
        }
    }
}
