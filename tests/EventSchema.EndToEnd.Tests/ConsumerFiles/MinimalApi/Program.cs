// A minimal API built from the packed EventSchema and EventSchema.AspNetCore packages, also published with Native AOT.
// It starts on a loopback port, calls itself, prints what it got, and stops.
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Diplomacy;
using EventSchema.AspNetCore;
using EventSchema.AspNetCore.OpenApi;
using EventSchema.Generated;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
// Bodies and results of generated types through the generated metadata: no reflection, as Native AOT needs.
builder.Services.AddEventSchema(GeneratedJson.Resolver);
builder.Services.AddOpenApi(options => options.AddEventSchemaTransformer());

var app = builder.Build();
app.UseExceptionHandler();
app.MapOpenApi();
// MapPostJson, not MapPost with a delegate: the request delegate generator that PublishAot turns on cannot see the
// generated types (source generators do not chain), and without it a delegate is bound by reflection.
app.MapGroup("/diplomacy").WithEventSchemaValidation()
    .MapPostJson<CredentialsPresented>("/credentials-presented", evt => TypedResults.Created("/diplomacy/1", evt));
app.MapCloudEvents("/events", GeneratedEventCatalog.Instance, envelope => TypedResults.Accepted("/events/" + envelope.Id));

await app.StartAsync();
using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

const string Valid = """
    {"ambassador":{"name":"Lu Mei","title":"Ambassador","country":"CN"},"receivedBy":{"name":"Ilham Aliyev","country":"AZ"},
     "occurredOn":"2025-04-17","sources":[{"outlet":"News.Az"}]}
    """;
var created = await Post("/diplomacy/credentials-presented", Valid, "application/json");
Console.WriteLine($"valid: {(int)created.StatusCode} {JsonNode.Parse(await created.Content.ReadAsStringAsync())!["ambassador"]!["name"]}");

var invalid = await Post("/diplomacy/credentials-presented", Valid.Replace("\"News.Az\"", "\"\""), "application/json");
await PrintProblem("invalid", invalid);

var malformed = await Post("/diplomacy/credentials-presented", """{"ambassador": }""", "application/json");
await PrintProblem("malformed", malformed);

var notJson = await Post("/diplomacy/credentials-presented", "not json", "application/json");
await PrintProblem("not json", notJson);

var unknown = await Post("/events", """{"specversion":"1.0","id":"1","source":"/s","type":"diplomacy.summit-cancelled.v1","data":{}}""", "application/cloudevents+json");
await PrintProblem("unknown type", unknown);

var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
var official = document["components"]!["schemas"]!["Official"]!;
Console.WriteLine($"openapi: Official.name maxLength {official["properties"]!["name"]!["maxLength"]}, required {official["required"]!.ToJsonString()}");

await app.StopAsync();

async Task<HttpResponseMessage> Post(string path, string body, string mediaType)
{
    var content = new StringContent(body, Encoding.UTF8);
    content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
    return await client.PostAsync(path, content);
}

static async Task PrintProblem(string label, HttpResponseMessage response)
{
    var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    // A syntax error's position, zero-based, as the problem's extensions carry it.
    var position = problem["lineNumber"] is { } line ? $" (line {line}, byte {problem["bytePositionInLine"]})" : string.Empty;
    foreach (var (key, messages) in problem["errors"]!.AsObject())
    {
        Console.WriteLine($"{label}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {key}: {messages![0]}{position}");
    }
}
