using EventSchema.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventSchema.AspNetCore.Tests;

/// <summary>An application of a test's own, set up as docs/aspnetcore.md says, started on Kestrel at a free loopback port.</summary>
internal static class LoopbackApplication
{
    /// <summary>
    /// Starts an application with <c>AddEventSchema()</c>, problem details and the OpenAPI document (with the EventSchema
    /// transformer) at <c>/openapi/v1.json</c>, whose endpoints <paramref name="mapEndpoints"/> maps.
    /// </summary>
    public static async Task<(WebApplication App, HttpClient Client)> StartAsync(Action<WebApplication> mapEndpoints)
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0", "--environment", "Production"]);
        builder.Logging.ClearProviders();
        builder.Services.AddEventSchema();
        builder.Services.AddOpenApi(options => options.AddEventSchemaTransformer());
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        mapEndpoints(app);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(30) });
    }
}
