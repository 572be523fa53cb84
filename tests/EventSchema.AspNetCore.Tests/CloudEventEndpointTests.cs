using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace EventSchema.AspNetCore.Tests;

/// <summary>The endpoint that receives any event of the catalog as a CloudEvent.</summary>
public sealed class CloudEventEndpointTests(FilteredApi api) : IClassFixture<FilteredApi>
{
    private const string Credentials = "diplomacy.credentials-presented.v3";

    [Fact]
    public async Task A_structured_cloud_event_is_read_by_its_type()
    {
        using var response = await api.PostAsync("/events", Bodies.CloudEvent(Credentials, Bodies.CredentialsPresented), "application/cloudevents+json");

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, text);
        var received = JsonNode.Parse(text)!;
        Assert.Equal(Credentials, (string?)received["type"]);
        Assert.Equal("news-az-1", (string?)received["id"]);
    }

    [Fact]
    public async Task An_unknown_event_type_is_a_problem_naming_the_type()
    {
        using var response = await api.PostAsync("/events", Bodies.CloudEvent("diplomacy.summit-cancelled.v1", "{}"), "application/cloudevents+json");

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        var message = Assert.Single(Bodies.Errors(problem)["$.type"]);
        Assert.Contains("Unknown event type 'diplomacy.summit-cancelled.v1'", message, StringComparison.Ordinal);
        Assert.Contains(Credentials, message, StringComparison.Ordinal);
        Assert.Contains("diplomacy.credentials-presented.v1, diplomacy.credentials-presented.v2", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_data_breaking_constraints_is_a_problem_under_data()
    {
        using var response = await api.PostAsync("/events", Bodies.CloudEvent(Credentials, Bodies.BrokenCredentialsPresented), "application/cloudevents+json");

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["$.data.receivedBy.title", "$.data.sources[0].outlet"], Bodies.Errors(problem).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_missing_required_property_of_the_data_is_a_problem_under_data()
    {
        using var response = await api.PostAsync("/events", Bodies.CloudEvent(Credentials, """{"place":"Baku"}"""), "application/cloudevents+json");

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["$.data.ambassador", "$.data.occurredOn", "$.data.receivedBy", "$.data.sources"], Bodies.Errors(problem).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_binary_mode_cloud_event_is_read_from_its_headers()
    {
        using var request = BinaryRequest(Credentials);

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, text);
        Assert.Equal("/newsroom/azertac", (string?)JsonNode.Parse(text)!["source"]);
    }

    [Theory]
    [InlineData("2025-04-17")]
    [InlineData("2025-04-17T10:30:00")]
    [InlineData("04/17/2025 10:30:00 +04:00")]
    [InlineData("2025-04-17 10:30:00Z")]
    public async Task A_binary_mode_time_that_is_not_rfc_3339_is_a_problem_at_its_header(string time)
    {
        // Without an offset, DateTimeOffset parsing would take the server's local time zone.
        using var request = BinaryRequest(Credentials);
        request.Headers.Remove("ce-time");
        request.Headers.Add("ce-time", time);

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("is not an RFC 3339 timestamp", Assert.Single(Bodies.Errors(problem)["ce-time"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/schemas/credentials.json")]
    [InlineData("credentials.json")]
    public async Task A_binary_mode_dataschema_that_is_not_an_absolute_uri_is_a_problem_at_its_header(string dataSchema)
    {
        using var request = BinaryRequest(Credentials);
        request.Headers.Add("ce-dataschema", dataSchema);

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("is not an absolute URI", Assert.Single(Bodies.Errors(problem)["ce-dataschema"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_mode_unknown_type_is_a_problem_at_its_header()
    {
        using var request = BinaryRequest("diplomacy.summit-cancelled.v1");

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("'diplomacy.summit-cancelled.v1'", Assert.Single(Bodies.Errors(problem)["ce-type"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_media_type_is_an_unsupported_media_type_problem()
    {
        using var response = await api.PostAsync("/events", "type=x", "text/plain");

        var problem = await Bodies.ReadProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/cloudevents+json", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_cloud_event_of_a_past_version_is_read_and_reports_the_type_it_arrived_with(bool binary)
    {
        const string version1 = "diplomacy.credentials-presented.v1";
        const string data = """{"ambassador":{"name":"Guo Min","country":"CN"},"receivedBy":{"name":"Ilham Aliyev","country":"AZ"},"occurredOn":"2019-03-12","sources":[{"outlet":"AZERTAC"}]}""";
        using var request = binary
            ? BinaryRequest(version1, data)
            : new HttpRequestMessage(HttpMethod.Post, "/events") { Content = new StringContent(Bodies.CloudEvent(version1, data), Encoding.UTF8, "application/cloudevents+json") };

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, text);
        Assert.Equal(version1, (string?)JsonNode.Parse(text)!["type"]);
    }

    private static HttpRequestMessage BinaryRequest(string type, string? data = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/events")
        {
            Content = new StringContent(data ?? Bodies.CredentialsPresented, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("ce-specversion", "1.0");
        request.Headers.Add("ce-id", "azertac-7");
        request.Headers.Add("ce-source", "/newsroom/azertac");
        request.Headers.Add("ce-type", type);
        request.Headers.Add("ce-time", "2025-04-17T10:30:00+04:00");
        return request;
    }
}
