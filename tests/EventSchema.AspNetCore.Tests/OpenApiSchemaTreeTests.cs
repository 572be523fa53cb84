using System.Text.Json.Nodes;
using EventSchema.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EventSchema.AspNetCore.Tests;

/// <summary>
/// A schema read for the OpenAPI document holds no mark of where a definition was inlined, in any place a schema can
/// nest, including those no generated schema uses today.
/// </summary>
public sealed class OpenApiSchemaTreeTests
{
    private static JsonObject Marked(string component) => new()
    {
        ["type"] = "string",
        [EventSchemaOpenApiSchemaTransformer.ComponentMark] = component,
    };

    [Fact]
    public async Task Every_place_a_schema_nests_is_walked_and_refers_to_its_component()
    {
        var inlined = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["code"] = Marked("Code") },
            ["propertyNames"] = Marked("Code"),
            ["additionalProperties"] = Marked("Code"),
            ["patternProperties"] = new JsonObject { ["^a"] = Marked("Code") },
            ["dependentSchemas"] = new JsonObject { ["code"] = Marked("Code") },
            ["anyOf"] = new JsonArray(Marked("Code")),
            ["oneOf"] = new JsonArray(Marked("Code")),
            ["allOf"] = new JsonArray(Marked("Code")),
            ["not"] = Marked("Code"),
            ["if"] = Marked("Code"),
            ["then"] = Marked("Code"),
            ["else"] = Marked("Code"),
            ["unevaluatedProperties"] = Marked("Code"),
            ["items"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = Marked("Code"),
                ["contains"] = Marked("Code"),
                ["prefixItems"] = new JsonArray(Marked("Code")),
            },
        };
        var document = new OpenApiDocument { Components = new OpenApiComponents() };

        var schema = EventSchemaOpenApiSchemaTransformer.Read(inlined, document);
        document.AddComponent<IOpenApiSchema>("Root", schema!);

        var json = JsonNode.Parse(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, TestContext.Current.CancellationToken))!;
        Assert.DoesNotContain(OpenApiDocumentTests.Keys(json), key => key.StartsWith(EventSchemaOpenApiSchemaTransformer.MarkPrefix, StringComparison.Ordinal));
        var root = json["components"]!["schemas"]!["Root"]!;
        var code = "#/components/schemas/Code";
        // Where ASP.NET Core does not make references itself, the transformer does.
        Assert.Equal(code, (string?)root["propertyNames"]!["$ref"]);
        Assert.Equal(code, (string?)root["patternProperties"]!["^a"]!["$ref"]);
        Assert.Equal(code, (string?)root["dependentSchemas"]!["code"]!["$ref"]);
        Assert.Equal(code, (string?)root["if"]!["$ref"]);
        Assert.Equal(code, (string?)root["then"]!["$ref"]);
        Assert.Equal(code, (string?)root["else"]!["$ref"]);
        Assert.Equal(code, (string?)root["unevaluatedProperties"]!["$ref"]);
        Assert.Equal(code, (string?)root["items"]!["contains"]!["$ref"]);
        Assert.Equal("string", (string?)json["components"]!["schemas"]!["Code"]!["type"]);
        // The places ASP.NET Core walks keep the component name as metadata, for it to make the reference.
        Assert.True(OpenApiSchemaTree.TryGetMetadata((OpenApiSchema)schema!.Properties!["code"], OpenApiSchemaTree.SchemaIdMetadata, out var id));
        Assert.Equal("Code", id);
        Assert.All(
            new[] { schema.AdditionalProperties, schema.Not, schema.AnyOf![0], schema.OneOf![0], schema.AllOf![0], schema.Items!.Items },
            nested => Assert.Equal("Code", ((OpenApiSchema)nested!).Metadata![OpenApiSchemaTree.SchemaIdMetadata]));
    }
}
