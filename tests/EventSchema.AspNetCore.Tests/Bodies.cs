using System.Net;
using System.Text.Json.Nodes;

namespace EventSchema.AspNetCore.Tests;

/// <summary>Request bodies built from the seed report, and reading problem responses.</summary>
internal static class Bodies
{
    public const string CredentialsPresented = """
        {"ambassador":{"name":"Lu Mei","title":"Ambassador","country":"CN"},
         "receivedBy":{"name":"Ilham Aliyev","title":"President","country":"AZ"},
         "occurredOn":"2025-04-17","place":"Baku",
         "sources":[{"outlet":"News.Az","citing":"AZERTAC"}],"conversationHeld":false}
        """;

    /// <summary>Two broken constraints: a title of 121 characters and an empty outlet.</summary>
    public static string BrokenCredentialsPresented => CredentialsPresented
        .Replace("\"President\"", "\"" + new string('x', 121) + "\"", StringComparison.Ordinal)
        .Replace("\"News.Az\"", "\"\"", StringComparison.Ordinal);

    public static string CloudEvent(string type, string data) =>
        $$"""{"specversion":"1.0","id":"news-az-1","source":"/newsroom/news.az","type":"{{type}}","data":{{data}}}""";

    /// <summary>The problem document of a response, after checking its status and media type.</summary>
    public static async Task<JsonObject> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = Assert.IsType<JsonObject>(JsonNode.Parse(text));
        Assert.Equal((int)status, (int)problem["status"]!);
        return problem;
    }

    /// <summary>Checks that <paramref name="problem"/> is the one for a body with no value: <paramref name="reason"/> at <c>$</c>.</summary>
    public static void AssertNoValueProblem(JsonObject problem, string reason)
    {
        Assert.Equal("The request body is not valid.", (string?)problem["title"]);
        Assert.Equal(reason, (string?)problem["detail"]);
        Assert.Equal("$", (string?)problem["path"]);
        Assert.Equal([reason], Assert.Single(Errors(problem), pair => pair.Key == "$").Value);
    }

    /// <summary>The messages of <paramref name="problem"/>'s <c>errors</c>, by key.</summary>
    public static Dictionary<string, string[]> Errors(JsonObject problem)
        => Assert.IsType<JsonObject>(problem["errors"]).ToDictionary(
            pair => pair.Key,
            pair => pair.Value!.AsArray().Select(message => (string)message!).ToArray());
}
