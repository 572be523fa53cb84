using System.Net;
using System.Text.Json.Nodes;
using Diplomacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EventSchema.AspNetCore.Tests;

/// <summary>
/// <c>MapPostJson</c>: a POST endpoint that reads a generated body through the JSON options' metadata, without a route
/// handler delegate (so without reflection, and without the request delegate generator that cannot see generated
/// types), on Kestrel at a loopback port: the same answers and OpenAPI request body as a delegate endpoint.
/// </summary>
public sealed class JsonBodyEndpointTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient _client = new();

    public async ValueTask InitializeAsync()
    {
        (_app, _client) = await LoopbackApplication.StartAsync(app =>
        {
            var validated = app.MapGroup("/validated").WithEventSchemaValidation();
            validated.MapPostJson("/credentials-presented", (CredentialsPresented evt) => TypedResults.Created("/validated/1", evt));
            validated.MapPost("/officials", (List<Official> officials) => TypedResults.Ok(officials.Count));
            app.MapPostJson("/unvalidated/credentials-presented", async (CredentialsPresented evt, HttpContext context) =>
            {
                await Task.Yield();
                return TypedResults.Ok(evt.Ambassador.Name + " " + context.Request.Path);
            });
            app.MapGet("/ceremonies/kinds", () => TypedResults.Ok(Enum.GetValues<Ceremonies.CeremonyKind>()));
            app.MapGet("/ceremonies/office", () => TypedResults.Ok(Ceremonies.ProtocolOffice.From("AZ")));
        });
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string path, string body, string mediaType = "application/json")
    {
        var content = new StringContent(body, System.Text.Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return _client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_valid_body_reaches_the_handler_and_is_echoed_by_the_generated_writer()
    {
        using var response = await PostAsync("/validated/credentials-presented", Bodies.CredentialsPresented);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Bodies.CredentialsPresented), JsonNode.Parse(text)), text);

        using var unvalidated = await PostAsync("/unvalidated/credentials-presented", Bodies.BrokenCredentialsPresented);
        Assert.Equal("\"Lu Mei /unvalidated/credentials-presented\"", await unvalidated.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Under_the_validation_filter_a_broken_body_is_a_validation_problem_keyed_by_wire_paths()
    {
        using var response = await PostAsync("/validated/credentials-presented", Bodies.BrokenCredentialsPresented);
        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["$.receivedBy.title", "$.sources[0].outlet"], Bodies.Errors(problem).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_item_of_a_list_body_is_validated_under_its_index()
    {
        using var valid = await PostAsync("/validated/officials", """[{"name":"Lu Mei","country":"CN"}]""");
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);

        using var broken = await PostAsync("/validated/officials", """[{"name":"Lu Mei","country":"CN"},{"name":"","country":"AZ"}]""");
        var problem = await Bodies.ReadProblemAsync(broken, HttpStatusCode.BadRequest);
        Assert.Equal(["$[1].name"], Bodies.Errors(problem).Keys);
        Assert.Equal("minLength", (string?)problem["codes"]!["$[1].name"]![0]);
    }

    [Theory]
    [InlineData("""[{"name":"Lu Mei","country":"CN"},{"name":"Ilham Aliyev","country":"az"}]""", "$[1].country", "not a valid CountryCode")]
    [InlineData("""[{"name":"Lu Mei","country":"CN","title":7}]""", "$[0].title", "Expected a string")]
    [InlineData("""[{"name":"Lu Mei","country":"CN"},{"name":"Ilham Aliyev","country":"AZ"},{"country":"AZ"}]""", "$[2].name", "name")]
    public async Task An_item_of_a_list_body_that_does_not_read_is_a_problem_at_the_path_inside_it(string body, string path, string reasonPart)
    {
        using var response = await PostAsync("/validated/officials", body);

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([path], Bodies.Errors(problem).Keys);
        Assert.Equal(path, (string?)problem["path"]);
        Assert.Contains(reasonPart, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain("Path within the value", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_does_not_read_or_is_not_json_is_a_problem()
    {
        using var malformed = await PostAsync("/validated/credentials-presented", """{"ambassador": }""");
        var problem = await Bodies.ReadProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.Equal("$.ambassador", (string?)problem["path"]);

        // Routing refuses a media type the endpoint does not accept before it runs; UseStatusCodePages writes the problem.
        using var text = await PostAsync("/validated/credentials-presented", "hello", "text/plain");
        var unsupported = await Bodies.ReadProblemAsync(text, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(415, (int?)unsupported["status"]);
    }

    [Fact]
    public async Task An_empty_body_and_a_null_body_are_the_same_problems_as_for_a_delegate_endpoint()
    {
        using var empty = await PostAsync("/validated/credentials-presented", "");
        Bodies.AssertNoValueProblem(await Bodies.ReadProblemAsync(empty, HttpStatusCode.BadRequest), "The request body is empty; send the CredentialsPresented as JSON.");

        using var nullBody = await PostAsync("/validated/credentials-presented", "null");
        Bodies.AssertNoValueProblem(await Bodies.ReadProblemAsync(nullBody, HttpStatusCode.BadRequest), "The request body is null; send the CredentialsPresented as JSON, not null.");

        // A chunked body has no length to tell; its first bytes tell.
        using var chunkedEmpty = new StreamContent(new MemoryStream());
        chunkedEmpty.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var chunkedRequest = new HttpRequestMessage(HttpMethod.Post, "/validated/credentials-presented") { Content = chunkedEmpty };
        chunkedRequest.Headers.TransferEncodingChunked = true;
        using var chunked = await _client.SendAsync(chunkedRequest, TestContext.Current.CancellationToken);
        Bodies.AssertNoValueProblem(await Bodies.ReadProblemAsync(chunked, HttpStatusCode.BadRequest), "The request body is empty; send the CredentialsPresented as JSON.");

        using var chunkedBody = new HttpRequestMessage(HttpMethod.Post, "/validated/credentials-presented") { Content = new StringContent(Bodies.CredentialsPresented, System.Text.Encoding.UTF8, "application/json") };
        chunkedBody.Headers.TransferEncodingChunked = true;
        using var created = await _client.SendAsync(chunkedBody, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task An_enum_and_a_scalar_that_no_record_uses_are_described_by_their_own_schemas()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var kinds = document["paths"]!["/ceremonies/kinds"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("#/components/schemas/CeremonyKind", (string?)kinds["items"]!["$ref"]);
        var kind = document["components"]!["schemas"]!["CeremonyKind"]!;
        Assert.Equal(["credentials", "farewell", "state-visit"], kind["enum"]!.AsArray().Select(value => (string)value!));
        Assert.Equal("The occasion at which an envoy meets the head of state.", (string?)kind["description"]);

        var office = document["components"]!["schemas"]!["ProtocolOffice"]!;
        Assert.Equal("^[A-Z]{2}$", (string?)office["pattern"]);
        Assert.Equal("\"AZ\"", await _client.GetStringAsync("/ceremonies/office", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_body_its_success_response_and_its_validation_problem()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var operation = document["paths"]!["/validated/credentials-presented"]!["post"]!;
        Assert.Equal("#/components/schemas/CredentialsPresented", (string?)operation["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.NotNull(operation["responses"]!["400"]);
        var created = operation["responses"]!["201"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("#/components/schemas/CredentialsPresented", (string?)created["$ref"]);
        var ok = document["paths"]!["/unvalidated/credentials-presented"]!["post"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("string", (string?)ok["type"]);
        Assert.Equal(200, (int?)document["components"]!["schemas"]!["Official"]!["properties"]!["name"]!["maxLength"]);
    }
}
