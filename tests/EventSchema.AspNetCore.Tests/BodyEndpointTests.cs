using System.Net;
using System.Text.Json.Nodes;

namespace EventSchema.AspNetCore.Tests;

/// <summary>POST endpoints taking a generated event as their body, behind the validation filter.</summary>
public sealed class BodyEndpointTests(FilteredApi api) : IClassFixture<FilteredApi>
{
    [Fact]
    public async Task A_valid_body_is_created_and_echoed_by_the_generated_writer()
    {
        using var response = await api.PostAsync("/diplomacy/credentials-presented", Bodies.CredentialsPresented);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        Assert.StartsWith("/diplomacy/diplomacy.credentials-presented.v3/", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Bodies.CredentialsPresented), JsonNode.Parse(text)), text);
    }

    [Fact]
    public async Task A_body_breaking_constraints_is_a_validation_problem_keyed_by_wire_paths()
    {
        using var response = await api.PostAsync("/diplomacy/credentials-presented", Bodies.BrokenCredentialsPresented);

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("One or more validation errors occurred.", (string?)problem["title"]);
        var errors = Bodies.Errors(problem);
        Assert.Equal(["$.receivedBy.title", "$.sources[0].outlet"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Received by title must be at most 120 characters long."], errors["$.receivedBy.title"]);
        Assert.Equal(["Source 1 outlet must be at least 1 character long."], errors["$.sources[0].outlet"]);
        Assert.Equal("maxLength", (string?)problem["codes"]!["$.receivedBy.title"]![0]);
    }

    [Fact]
    public async Task Every_missing_required_property_is_a_problem_at_its_path()
    {
        using var response = await api.PostAsync("/diplomacy/credentials-presented", """{"place":"Baku","ambassador":{"title":"Ambassador"}}""");

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = Bodies.Errors(problem);
        Assert.Equal(["$.ambassador.country", "$.ambassador.name"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Missing required property 'country' of Official."], errors["$.ambassador.country"]);
        Assert.Equal("required", (string?)problem["codes"]!["$.ambassador.name"]![0]);
        Assert.Equal("The request body is missing required properties.", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_naming_its_path()
    {
        using var response = await api.PostAsync("/diplomacy/credentials-presented", """{"ambassador": }""");

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("$.ambassador", (string?)problem["path"]);
        var message = Assert.Single(Bodies.Errors(problem)["$.ambassador"]);
        Assert.Contains("invalid start of a value", message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_the_wrong_form_is_a_problem_at_its_field()
    {
        var body = Bodies.CredentialsPresented.Replace("2025-04-17", "2025-02-30", StringComparison.Ordinal);

        using var response = await api.PostAsync("/diplomacy/credentials-presented", body);

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        var message = Assert.Single(Bodies.Errors(problem)["$.occurredOn"]);
        Assert.Contains("'2025-02-30' is not a valid date", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_body_and_a_null_body_are_problems_at_the_body_saying_which_it_was()
    {
        using var empty = await api.PostAsync("/diplomacy/greetings-conveyed", "");
        Bodies.AssertNoValueProblem(await Bodies.ReadProblemAsync(empty, HttpStatusCode.BadRequest), "The request body is empty; send the GreetingsConveyed as JSON.");

        using var nullBody = await api.PostAsync("/diplomacy/greetings-conveyed", "null");
        Bodies.AssertNoValueProblem(await Bodies.ReadProblemAsync(nullBody, HttpStatusCode.BadRequest), "The request body is null; send the GreetingsConveyed as JSON, not null.");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n ")]
    public async Task A_chunked_body_without_a_value_is_the_empty_body_problem(string body)
    {
        // No Content-Length: ASP.NET Core hands the empty stream to the serializer, which finds no JSON token.
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/diplomacy/greetings-conveyed") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Bodies.AssertNoValueProblem(await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest), "The request body is empty; send the GreetingsConveyed as JSON.");
    }
}

/// <summary>The same endpoints when bodies are read with ValidateOnRead.</summary>
public sealed class ValidateOnReadTests(ValidatingReaderApi api) : IClassFixture<ValidatingReaderApi>
{
    [Fact]
    public async Task A_body_breaking_constraints_fails_while_reading_with_every_error_by_wire_path()
    {
        using var response = await api.PostAsync("/diplomacy/credentials-presented", Bodies.BrokenCredentialsPresented);

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request body breaks its schema's constraints.", (string?)problem["detail"]);
        var errors = Bodies.Errors(problem);
        Assert.Equal(["Received by title must be at most 120 characters long."], errors["$.receivedBy.title"]);
        Assert.Equal(["Source 1 outlet must be at least 1 character long."], errors["$.sources[0].outlet"]);
    }

    [Fact]
    public async Task A_valid_body_still_reads()
    {
        using var response = await api.PostAsync("/diplomacy/credentials-presented", Bodies.CredentialsPresented);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
