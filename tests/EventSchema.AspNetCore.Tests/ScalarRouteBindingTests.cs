using System.Net;
using System.Text.Json.Nodes;
using Ceremonies;
using Diplomacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EventSchema.AspNetCore.Tests;

/// <summary>
/// A generated scalar as a route or query parameter of a minimal API, bound through its <c>IParsable&lt;T&gt;</c> on
/// Kestrel at a loopback port: a value that meets the scalar's rules reaches the handler, one that breaks them is a 400,
/// and the OpenAPI document describes the parameter by the scalar's schema, as a body's field of that type.
/// </summary>
public sealed class ScalarRouteBindingTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient _client = new();

    public async ValueTask InitializeAsync()
    {
        (_app, _client) = await LoopbackApplication.StartAsync(app =>
        {
            app.MapGet("/countries/{code}", (CountryCode code) => TypedResults.Ok("country " + code.Value));
            app.MapGet("/briefings", (Briefings.Territory? territory) => TypedResults.Ok(territory is { } t ? "territory " + t.Value : "all territories"));
            app.MapGet("/delegations/{size}", (DelegationSize size) => TypedResults.Ok("delegation of " + size.Value));
            app.MapGet("/countries", (CountryCode[] codes) => TypedResults.Ok(string.Join(",", codes.Select(c => c.Value))));
            app.MapPostJson<Briefings.Briefing>("/briefings", briefing => TypedResults.Created("/briefings/1", briefing));
        });
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("/countries/AZ", HttpStatusCode.OK, "\"country AZ\"")]
    [InlineData("/countries/az", HttpStatusCode.BadRequest, null)]
    [InlineData("/countries/AZE", HttpStatusCode.BadRequest, null)]
    [InlineData("/briefings?territory=KZ", HttpStatusCode.OK, "\"territory KZ\"")]
    [InlineData("/briefings", HttpStatusCode.OK, "\"all territories\"")]
    [InlineData("/briefings?territory=kz", HttpStatusCode.BadRequest, null)]
    public async Task Route_and_query_values_are_bound_with_the_scalars_rules(string path, HttpStatusCode status, string? body)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        if (body is not null) Assert.Equal(body, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/countries/{code}", "code", "CountryCode")]
    [InlineData("/briefings", "territory", "Territory")]
    [InlineData("/delegations/{size}", "size", "DelegationSize")]
    public async Task The_openapi_parameter_refers_to_the_scalars_component_with_its_rules(string path, string name, string component)
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

        var parameter = Assert.Single(document["paths"]![path]!["get"]!["parameters"]!.AsArray(), p => (string?)p!["name"] == name)!;
        var schema = Assert.IsType<JsonObject>(parameter["schema"]);
        Assert.Equal("#/components/schemas/" + component, (string?)schema["$ref"]);
        Assert.Single(schema);
        Assert.NotNull(document["components"]!["schemas"]![component]);
    }

    [Fact]
    public async Task A_scalar_parameter_and_a_body_field_of_that_scalar_share_one_component()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var schemas = document["components"]!["schemas"]!;

        Assert.Equal("#/components/schemas/Territory", (string?)schemas["Briefing"]!["properties"]!["statements"]!["propertyNames"]!["$ref"]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"type":"string","pattern":"^[A-Z]{2}$","description":"A two-letter territory code."}"""),
            schemas["Territory"]), schemas["Territory"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"title":"DelegationSize","type":"integer","minimum":1,"maximum":12,"description":"How many envoys a delegation may bring."}"""),
            schemas["DelegationSize"]), schemas["DelegationSize"]!.ToJsonString());
        Assert.Equal("^[A-Z]{2}$", (string?)schemas["CountryCode"]!["pattern"]);
    }

    [Theory]
    [InlineData("/countries/az", "code", "\"az\" is not a valid CountryCode (pattern): it must m")]
    [InlineData("/briefings?territory=kz", "territory", "\"kz\" is not a valid Territory (pattern): it must m")]
    [InlineData("/delegations/40", "size", "\"40\" is not a valid DelegationSize (maximum): it m")]
    [InlineData("/delegations/many", "size", "\"many\" is not a valid DelegationSize: the text mus")]
    [InlineData("/countries?codes=AZ&codes=kz", "codes", "\"kz\" is not a valid CountryCode (pattern): it must m")]
    public async Task A_value_the_scalar_refuses_is_a_problem_that_names_the_parameter_and_the_reason(string path, string parameter, string reasonStart)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("A request parameter is not valid.", (string?)problem["title"]);
        Assert.Equal(parameter, (string?)problem["parameter"]);
        string reason = (string)Assert.Single(problem["errors"]![parameter]!.AsArray())!;
        Assert.Equal($"Parameter '{parameter}': {reason}", (string?)problem["detail"]);
        Assert.StartsWith(reasonStart, reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_another_type_that_does_not_bind_keeps_ASP_NET_Cores_words()
    {
        var (app, client) = await LoopbackApplication.StartAsync(app => app.MapGet("/pages/{page}", (int page) => TypedResults.Ok(page)));
        await using var disposeApp = app;
        using var disposeClient = client;
        using var response = await client.GetAsync("/pages/first", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("Failed to bind parameter \"int page\" from \"first\".", (string?)problem["detail"]);
    }
}
