using System.Text.Json.Nodes;
using Briefings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EventSchema.AspNetCore.Tests;

/// <summary>
/// The keywords of a generated schema that sit beside a reference, or in a schema nested in a map's keys or a list's
/// items, reach the OpenAPI document of an application on Kestrel at a loopback port.
/// </summary>
public sealed class OpenApiKeywordTests : IAsyncLifetime
{
    private WebApplication? _app;
    private JsonObject _document = [];

    public async ValueTask InitializeAsync()
    {
        var (app, client) = await LoopbackApplication.StartAsync(app =>
            app.MapPostJson<Briefing>("/briefings", briefing => TypedResults.Created("/briefings/1", briefing)));
        _app = app;
        using (client)
        {
            _document = Assert.IsType<JsonObject>(JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private JsonObject Component(string name) => Assert.IsType<JsonObject>(_document["components"]!["schemas"]![name]);

    private JsonObject Property(string name) => Assert.IsType<JsonObject>(Component("Briefing")["properties"]![name]);

    [Fact]
    public void The_document_is_openapi_3_1_whose_schemas_allow_keywords_beside_a_reference()
    {
        Assert.StartsWith("3.1.", (string?)_document["openapi"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_beside_a_reference_is_kept_on_the_reference()
    {
        var level = Property("level");
        Assert.Equal("#/components/schemas/Level", (string?)level["$ref"]);
        Assert.Equal("medium", (string?)level["default"]);
        Assert.Equal("How urgent it is; medium unless said.", (string?)level["description"]);
        Assert.Equal(["low", "medium", "high"], Component("Level")["enum"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void Every_default_is_kept_an_empty_map_and_an_empty_list_too()
    {
        Assert.True(JsonNode.DeepEquals(new JsonObject(), Property("statements")["default"]), Property("statements").ToJsonString());
        Assert.True(JsonNode.DeepEquals(new JsonObject(), Property("speakers")["default"]), Property("speakers").ToJsonString());
        Assert.True(JsonNode.DeepEquals(new JsonArray(), Property("attendees")["default"]), Property("attendees").ToJsonString());
        Assert.False((bool)Property("confidential")["default"]!);
        Assert.Equal("Hall A", (string?)Property("room")["default"]);
    }

    [Fact]
    public void A_rule_a_field_adds_to_a_referenced_scalar_is_kept_beside_the_reference()
    {
        var requestedBy = Property("requestedBy");
        Assert.Equal("#/components/schemas/Territory", (string?)Assert.Single(requestedBy["allOf"]!.AsArray())!["$ref"]);
        Assert.Equal(2, (int?)requestedBy["maxLength"]);
        Assert.Equal("The territory that asked for it, as two letters.", (string?)requestedBy["description"]);
        Assert.Equal("^[A-Z]{2}$", (string?)Component("Territory")["pattern"]);
    }

    [Fact]
    public void A_deprecated_field_of_a_referenced_type_stays_deprecated()
    {
        var askedBy = Property("askedBy");
        Assert.Equal("#/components/schemas/Territory", (string?)Assert.Single(askedBy["allOf"]!.AsArray())!["$ref"]);
        Assert.True((bool)askedBy["deprecated"]!);
        Assert.Equal("AZ", (string?)askedBy["default"]);
    }

    [Fact]
    public void The_keys_of_a_map_keyed_by_a_scalar_refer_to_its_component()
    {
        Assert.Equal("#/components/schemas/Territory", (string?)Property("statements")["propertyNames"]!["$ref"]);
        Assert.Equal(200, (int?)Property("statements")["additionalProperties"]!["maxLength"]);
        Assert.Equal("#/components/schemas/Territory", (string?)Property("speakers")["propertyNames"]!["$ref"]);
        Assert.Equal("#/components/schemas/Speaker", (string?)Property("speakers")["additionalProperties"]!["$ref"]);
    }

    [Fact]
    public void No_internal_mark_is_written_and_every_reference_names_a_component()
    {
        Assert.DoesNotContain(OpenApiDocumentTests.Keys(_document), key => key.StartsWith("x-eventschema-", StringComparison.Ordinal));
        var components = _document["components"]!["schemas"]!.AsObject();
        Assert.All(References(_document), reference => Assert.True(components.ContainsKey(reference["#/components/schemas/".Length..]), reference));
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(pair => pair.Key == "$ref" && pair.Value is JsonValue value ? [(string)value!] : References(pair.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };
}
