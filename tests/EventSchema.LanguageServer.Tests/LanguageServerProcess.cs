using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventSchema.LanguageServer.Tests;

/// <summary>
/// Starts the real server process and speaks LSP to it over stdio through <see cref="LanguageServerClient"/>,
/// the way editors run it.
/// </summary>
internal sealed class LanguageServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly LanguageServerClient _client;

    private LanguageServerProcess(Process process)
    {
        _process = process;
        process.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        _client = new LanguageServerClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, () => StandardError);
    }

    public static LanguageServerProcess Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TestPaths.ServerPath);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new LanguageServerProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the server."));
    }

    /// <summary>Starts the server and initializes it with <paramref name="rootFolder"/> as the workspace.</summary>
    public static async Task<LanguageServerProcess> StartInitializedAsync(string? rootFolder, JsonObject? capabilities = null)
    {
        var server = Start();
        var result = await server.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootFolder is null ? null : new Uri(rootFolder).AbsoluteUri,
            ["capabilities"] = capabilities ?? new JsonObject(),
        });
        Assert.True(result.TryGetProperty("capabilities", out _));
        await server.NotifyAsync("initialized", new JsonObject());
        return server;
    }

    public int ExitCode => _process.ExitCode;

    public string StandardError { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Sends a request; the answer is its result, or throws <see cref="LspErrorException"/> for an error response.</summary>
    public Task<JsonElement> RequestAsync(string method, JsonNode? parameters) => _client.RequestAsync(method, parameters);

    public Task NotifyAsync(string method, JsonNode? parameters) => _client.NotifyAsync(method, parameters);

    /// <summary>Sends raw bytes as one framed message, to test how the server treats malformed input.</summary>
    public Task SendAsync(byte[] body) => _client.SendAsync(body);

    /// <summary>Waits for a <c>publishDiagnostics</c> notification for <paramref name="uri"/> that satisfies <paramref name="accept"/>.</summary>
    public Task<JsonElement> WaitForDiagnosticsAsync(string uri, Func<JsonElement, bool> accept) => _client.WaitForDiagnosticsAsync(uri, accept);

    public IReadOnlyList<JsonElement> Notifications => _client.Notifications;

    /// <summary>Sends <c>shutdown</c> and <c>exit</c> and waits for the process to end.</summary>
    public async Task ShutdownAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        using var cancel = new CancellationTokenSource(LanguageServerClient.Timeout);
        await _process.WaitForExitAsync(cancel.Token);
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        }
        _client.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
