using System.Net.Http.Headers;
using System.Text;
using DiplomaticEvents.Api;
using Microsoft.AspNetCore.Builder;

namespace EventSchema.AspNetCore.Tests;

/// <summary>The example API running on Kestrel at a free loopback port, and a client for it.</summary>
public abstract class RunningApi : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>A client whose base address is the running API.</summary>
    public HttpClient Client { get; private set; } = new();

    /// <summary>Whether the API reads bodies with ValidateOnRead.</summary>
    protected abstract bool ValidateOnRead { get; }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _app = DiplomaticEventsApi.Create(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore=Critical",
            $"--EventSchema:ValidateOnRead={ValidateOnRead}",
        ]);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        var address = _app.Urls.Single();
        Assert.DoesNotContain(":0/", address + "/", StringComparison.Ordinal);
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Posts <paramref name="body"/> as <paramref name="mediaType"/>.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string body, string mediaType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return Client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>The API as the example configures it: bodies checked by the validation filter.</summary>
public sealed class FilteredApi : RunningApi
{
    /// <inheritdoc />
    protected override bool ValidateOnRead => false;
}

/// <summary>The API reading bodies with ValidateOnRead, so broken constraints fail while reading.</summary>
public sealed class ValidatingReaderApi : RunningApi
{
    /// <inheritdoc />
    protected override bool ValidateOnRead => true;
}
