using System.Net;
using System.Text.Json.Nodes;

namespace EventSchema.AspNetCore.Tests;

/// <summary>The OpenAPI document describes generated types by their JSON Schema.</summary>
public sealed class OpenApiDocumentTests(FilteredApi api) : IClassFixture<FilteredApi>
{
    private async Task<JsonObject> DocumentAsync()
    {
        using var response = await api.Client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.IsType<JsonObject>(JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    private static JsonObject Component(JsonObject document, string name)
        => Assert.IsType<JsonObject>(document["components"]!["schemas"]![name]);

    [Fact]
    public async Task An_event_body_has_its_schema_with_every_constraint()
    {
        var document = await DocumentAsync();

        var body = document["paths"]!["/diplomacy/credentials-presented"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("#/components/schemas/CredentialsPresented", (string?)body["$ref"]);
        var credentials = Component(document, "CredentialsPresented");
        Assert.Equal("object", (string?)credentials["type"]);
        Assert.Equal(["ambassador", "receivedBy", "occurredOn", "sources"], credentials["required"]!.AsArray().Select(n => (string)n!));
        var properties = credentials["properties"]!;
        Assert.Equal(200, (int)properties["place"]!["maxLength"]!);
        Assert.Equal(1, (int)properties["sources"]!["minItems"]!);
        Assert.Equal("#/components/schemas/Attribution", (string?)properties["sources"]!["items"]!["$ref"]);
        Assert.Equal("date", (string?)properties["occurredOn"]!["format"]);
        Assert.Equal("#/components/schemas/Official", (string?)properties["ambassador"]!["$ref"]);
    }

    [Fact]
    public async Task Records_and_scalars_used_by_events_are_components_with_their_constraints()
    {
        var document = await DocumentAsync();

        var official = Component(document, "Official");
        Assert.Equal(["name", "country"], official["required"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(1, (int)official["properties"]!["name"]!["minLength"]!);
        Assert.Equal(120, (int)official["properties"]!["title"]!["maxLength"]!);
        Assert.Equal("^[A-Z]{2}$", (string?)Component(document, "CountryCode")["pattern"]);
        var areas = Component(document, "CooperationHighlighted")["properties"]!["areas"]!;
        Assert.True((bool)areas["uniqueItems"]!);
        Assert.Contains("energy", Component(document, "CooperationArea")["enum"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public async Task Every_reference_in_the_document_names_a_component()
    {
        var document = await DocumentAsync();
        var components = document["components"]!["schemas"]!.AsObject();

        var references = References(document).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, reference =>
        {
            Assert.StartsWith("#/components/schemas/", reference, StringComparison.Ordinal);
            Assert.True(components.ContainsKey(reference["#/components/schemas/".Length..]), reference);
        });
    }

    [Fact]
    public async Task The_validated_endpoints_describe_their_validation_problem()
    {
        var document = await DocumentAsync();

        var response = document["paths"]!["/diplomacy/reports"]!["post"]!["responses"]!["400"]!;
        Assert.Equal("#/components/schemas/HttpValidationProblemDetails", (string?)response["content"]!["application/problem+json"]!["schema"]!["$ref"]);
    }

    [Fact]
    public async Task The_cloud_events_endpoint_describes_a_cloud_event_of_any_catalog_event()
    {
        var document = await DocumentAsync();

        var envelope = document["paths"]!["/events"]!["post"]!["requestBody"]!["content"]!["application/cloudevents+json"]!["schema"]!;
        Assert.Equal(["specversion", "id", "source", "type", "data"], envelope["required"]!.AsArray().Select(n => (string)n!));
        Assert.Contains("diplomacy.credentials-presented.v3", envelope["properties"]!["type"]!["enum"]!.AsArray().Select(n => (string)n!));
        var data = envelope["properties"]!["data"]!["oneOf"]!.AsArray().Select(n => (string?)n!["$ref"]).ToList();
        Assert.Equal(9, data.Count);
        Assert.Contains("#/components/schemas/CredentialsPresented", data);
        Assert.Contains("#/components/schemas/RegardsConveyed", data);
        Assert.Equal(["from", "to", "via", "occurredOn"], Component(document, "RegardsConveyed")["required"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public async Task The_cloud_events_endpoint_describes_its_success_response_beside_its_problems()
    {
        var document = await DocumentAsync();

        var responses = document["paths"]!["/events"]!["post"]!["responses"]!.AsObject();
        Assert.Equal(["202", "400", "415"], responses.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Equal("#/components/schemas/ReceivedEvent", (string?)responses["202"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.Equal(["id", "type", "source"], Component(document, "ReceivedEvent")["properties"]!.AsObject().Select(pair => pair.Key));
    }

    [Fact]
    public async Task A_generated_enum_returned_on_its_own_is_its_component()
    {
        var document = await DocumentAsync();
        var areas = await api.Client.GetStringAsync("/diplomacy/cooperation-areas", TestContext.Current.CancellationToken);

        var schema = document["paths"]!["/diplomacy/cooperation-areas"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("#/components/schemas/CooperationArea", (string?)schema["items"]!["$ref"]);
        var values = Component(document, "CooperationArea")["enum"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(JsonNode.Parse(areas)!.AsArray().Select(n => (string)n!), values);
    }

    /// <summary>Every property name in <paramref name="node"/>, at any depth.</summary>
    internal static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(pair => Keys(pair.Value).Prepend(pair.Key)),
        JsonArray array => array.SelectMany(Keys),
        _ => [],
    };

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(pair => pair.Key == "$ref" && pair.Value is JsonValue value ? [(string)value!] : References(pair.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };
}
