using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace EventSchema.LanguageServer.Tests;

/// <summary>
/// An LSP client on StreamJsonRpc over any pair of streams: requests and notifications out, the server's
/// notifications (diagnostics) and its answers to messages without an id collected as they arrive.
/// </summary>
internal sealed class LanguageServerClient : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly JsonRpc _rpc;
    private readonly ObservingMessageHandler _handler;
    private readonly List<JsonElement> _notifications = [];
    private readonly SemaphoreSlim _notificationSignal = new(0);
    private readonly Func<string> _serverLog;

    public LanguageServerClient(Stream toServer, Stream fromServer, Func<string> serverLog)
    {
        _serverLog = serverLog;
        _handler = new ObservingMessageHandler(toServer, fromServer, this);
        _rpc = new JsonRpc(_handler);
        _rpc.AddLocalRpcMethod(
            typeof(LanguageServerClient).GetMethod(nameof(OnPublishDiagnostics), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!,
            this,
            new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        _rpc.AddLocalRpcMethod(
            typeof(LanguageServerClient).GetMethod(nameof(OnRegisterCapability), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!,
            this,
            new JsonRpcMethodAttribute("client/registerCapability") { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
    }

    /// <summary>Every notification received, and every error answer to a message that had no id, in arrival order.</summary>
    public IReadOnlyList<JsonElement> Notifications { get { lock (_notifications) return _notifications.ToArray(); } }

    /// <summary>Sends a request; the answer is its result, or throws <see cref="LspErrorException"/> for an error response.</summary>
    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return await _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, timeout.Token);
        }
        catch (RemoteRpcException ex) when (ex.ErrorCode is { } code)
        {
            throw new LspErrorException((int)code, ex.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No answer to {method}.\nServer log:\n{_serverLog()}");
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    /// <summary>Sends raw bytes as one framed message, to test how the server treats malformed input.</summary>
    public Task SendAsync(byte[] body) => _handler.SendRawAsync(body);

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
                    if (!notification.TryGetProperty("method", out var method) || method.GetString() != "textDocument/publishDiagnostics") continue;
                    var parameters = notification.GetProperty("params");
                    if (parameters.GetProperty("uri").GetString() == uri && accept(parameters.GetProperty("diagnostics")))
                        return parameters.GetProperty("diagnostics");
                }
            }
            await _notificationSignal.WaitAsync(TimeSpan.FromMilliseconds(500));
        }
        throw new TimeoutException($"No matching diagnostics for {uri}.\nReceived:\n{string.Join("\n", Notifications.Select(n => n.GetRawText()))}\nServer log:\n{_serverLog()}");
    }

    public void Dispose() => _rpc.Dispose();

    // A request from the server: recorded like a notification, and answered with null as LSP asks.
    private object? OnRegisterCapability(JsonElement parameters)
    {
        Record(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "client/registerCapability", ["params"] = JsonNode.Parse(parameters.GetRawText()) });
        return null;
    }

    private void OnPublishDiagnostics(JsonElement parameters)
        => Record(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "textDocument/publishDiagnostics", ["params"] = JsonNode.Parse(parameters.GetRawText()) });

    private void Record(JsonObject message)
    {
        lock (_notifications) _notifications.Add(JsonSerializer.SerializeToElement(message));
        _notificationSignal.Release();
    }

    /// <summary>Takes the server's error answers to id-less messages (such as malformed JSON), which StreamJsonRpc would treat as a broken connection, out of what it reads, and records them.</summary>
    private sealed class ObservingMessageHandler(Stream toServer, Stream fromServer, LanguageServerClient client)
        : HeaderDelimitedMessageHandler(toServer, fromServer, new SystemTextJsonFormatter())
    {
        /// <summary>Writes one framed message behind what StreamJsonRpc has written, through the same pipe.</summary>
        public async Task SendRawAsync(byte[] body)
        {
            var writer = Writer ?? throw new InvalidOperationException("The client cannot write.");
            writer.Write<byte>(System.Text.Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            writer.Write<byte>(body);
            await writer.FlushAsync();
        }

        protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var message = await base.ReadCoreAsync(cancellationToken);
                if (message is not JsonRpcError { RequestId.IsNull: true, Error: { } error }) return message;
                client.Record(new JsonObject
                {
                    ["jsonrpc"] = "2.0",
                    ["id"] = null,
                    ["error"] = new JsonObject { ["code"] = (int)error.Code, ["message"] = error.Message },
                });
                // JsonRpc releases a message's buffer once it has handled it; this one never reaches JsonRpc.
                ((StreamJsonRpc.Reflection.IJsonRpcMessageBufferManager)this).DeserializationComplete(message);
            }
        }
    }
}

/// <summary>An error response from the server.</summary>
internal sealed class LspErrorException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
