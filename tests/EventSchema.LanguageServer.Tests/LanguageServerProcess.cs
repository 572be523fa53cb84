using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventSchema.LanguageServer.Tests;

/// <summary>
/// Starts the real server process and speaks LSP to it over stdio: framed requests and responses,
/// and the notifications it sends (diagnostics) collected as they arrive.
/// </summary>
internal sealed class LanguageServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly List<JsonElement> _notifications = [];
    private readonly SemaphoreSlim _notificationSignal = new(0);
    private readonly StringBuilder _stderr = new();
    private readonly Task _readLoop;
    private int _nextId;

    private LanguageServerProcess(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _readLoop = Task.Run(ReadLoopAsync);
        process.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
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
    public static async Task<LanguageServerProcess> StartInitializedAsync(string? rootFolder)
    {
        var server = Start();
        var result = await server.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootFolder is null ? null : new Uri(rootFolder).AbsoluteUri,
            ["capabilities"] = new JsonObject(),
        });
        Assert.True(result.TryGetProperty("capabilities", out _));
        await server.NotifyAsync("initialized", new JsonObject());
        return server;
    }

    public int ExitCode => _process.ExitCode;

    public string StandardError { get { lock (_stderr) return _stderr.ToString(); } }

    public Task<JsonElement> RequestAsync(string method, JsonNode? parameters)
        => RequestRawAsync(method, parameters, out _);

    /// <summary>Sends a request; the answer is its result, or throws <see cref="LspErrorException"/> for an error response.</summary>
    public Task<JsonElement> RequestRawAsync(string method, JsonNode? parameters, out int id)
    {
        id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters };
        return SendAndWaitAsync(message, completion.Task, method);
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
        => SendAsync(Encoding.UTF8.GetBytes(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters }.ToJsonString()));

    /// <summary>Sends raw bytes as one framed message, to test how the server treats malformed input.</summary>
    public async Task SendAsync(byte[] body)
    {
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _input.WriteAsync(header);
        await _input.WriteAsync(body);
        await _input.FlushAsync();
    }

    /// <summary>Waits for a <c>publishDiagnostics</c> notification for <paramref name="uri"/> that satisfies <paramref name="accept"/>.</summary>
    public async Task<JsonElement> WaitForDiagnosticsAsync(string uri, Func<JsonElement, bool> accept)
    {
        var deadline = DateTime.UtcNow + Timeout;
        int seen = 0;
        while (DateTime.UtcNow < deadline)
        {
            lock (_notifications)
            {
                for (; seen < _notifications.Count; seen++)
                {
                    var notification = _notifications[seen];
                    if (notification.GetProperty("method").GetString() != "textDocument/publishDiagnostics") continue;
                    var parameters = notification.GetProperty("params");
                    if (parameters.GetProperty("uri").GetString() == uri && accept(parameters.GetProperty("diagnostics")))
                        return parameters.GetProperty("diagnostics");
                }
            }
            await _notificationSignal.WaitAsync(TimeSpan.FromMilliseconds(500));
        }
        throw new TimeoutException($"No matching diagnostics for {uri}.\nReceived:\n{string.Join("\n", Notifications.Select(n => n.GetRawText()))}\nServer log:\n{StandardError}");
    }

    public IReadOnlyList<JsonElement> Notifications { get { lock (_notifications) return _notifications.ToArray(); } }

    /// <summary>Sends <c>shutdown</c> and <c>exit</c> and waits for the process to end.</summary>
    public async Task ShutdownAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        using var cancel = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(cancel.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        }
        try { await _readLoop.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { }
        _process.Dispose();
    }

    private async Task<JsonElement> SendAndWaitAsync(JsonObject message, Task<JsonElement> response, string method)
    {
        await SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));
        var finished = await Task.WhenAny(response, Task.Delay(Timeout));
        if (finished != response) throw new TimeoutException($"No answer to {method}.\nServer log:\n{StandardError}");
        return await response;
    }

    private async Task ReadLoopAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                int length = -1;
                while (true)
                {
                    string? line = await ReadLineAsync(output);
                    if (line is null) return;
                    if (line.Length == 0) break;
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line["Content-Length:".Length..].Trim());
                }
                var body = new byte[length];
                int read = 0;
                while (read < length)
                {
                    int n = await output.ReadAsync(body.AsMemory(read));
                    if (n == 0) return;
                    read += n;
                }
                using var document = JsonDocument.Parse(body);
                var message = document.RootElement.Clone();
                if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && !message.TryGetProperty("method", out _))
                {
                    if (_pending.TryRemove(id.GetInt32(), out var completion))
                    {
                        if (message.TryGetProperty("error", out var error)) completion.SetException(new LspErrorException(error.GetProperty("code").GetInt32(), error.GetProperty("message").GetString() ?? ""));
                        else completion.SetResult(message.GetProperty("result"));
                    }
                }
                else
                {
                    lock (_notifications) _notifications.Add(message);
                    _notificationSignal.Release();
                }
            }
        }
        finally
        {
            foreach (var completion in _pending.Values) completion.TrySetException(new EndOfStreamException("The server closed its output.\n" + StandardError));
        }
    }

    private static async Task<string?> ReadLineAsync(Stream stream)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            int n = await stream.ReadAsync(one);
            if (n == 0) return null;
            if (one[0] == '\n') return line.ToString().TrimEnd('\r');
            line.Append((char)one[0]);
        }
    }
}

/// <summary>An error response from the server.</summary>
internal sealed class LspErrorException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
