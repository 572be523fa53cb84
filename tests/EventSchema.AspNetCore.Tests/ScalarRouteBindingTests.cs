using System.Net;
using Diplomacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EventSchema.AspNetCore.Tests;

/// <summary>
/// A generated scalar as a route or query parameter of a minimal API, bound through its <c>IParsable&lt;T&gt;</c> on
/// Kestrel at a loopback port: a value that meets the scalar's rules reaches the handler, one that breaks them is a 400.
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
}
