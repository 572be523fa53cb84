using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;

namespace EventSchema.LanguageServer.JsonRpc;

/// <summary>
/// A JSON-RPC 2.0 endpoint over the LSP base protocol. Incoming messages are handled one at a time in
/// arrival order, which keeps document edits and the requests that follow them consistent without locks;
/// a request cancelled before its turn is answered with <c>RequestCancelled</c> without running.
/// </summary>
internal sealed class JsonRpcConnection
{
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly JsonSerializerOptions _options;
    private readonly TextWriter _log;
    private readonly Dictionary<string, Func<JsonElement, CancellationToken, object?>> _requestHandlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<JsonElement>> _notificationHandlers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _cancelledRequests = new(StringComparer.Ordinal);
    private readonly Channel<JsonDocument> _incoming = Channel.CreateUnbounded<JsonDocument>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private bool _stopRequested;

    public JsonRpcConnection(Stream input, Stream output, JsonSerializerOptions options, TextWriter log)
    {
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
        _options = options;
        _log = log;
    }

    /// <summary>Runs after a message is handled when no other message is waiting, so bursts of edits are answered once.</summary>
    public Action? Idle { get; set; }

    /// <summary>Registers the handler of a request; its return value is the result.</summary>
    public void OnRequest<TParams, TResult>(string method, Func<TParams, CancellationToken, TResult> handler)
        => _requestHandlers[method] = (parameters, ct) => handler(Deserialize<TParams>(parameters), ct);

    /// <summary>Registers the handler of a notification.</summary>
    public void OnNotification<TParams>(string method, Action<TParams> handler)
        => _notificationHandlers[method] = parameters => handler(Deserialize<TParams>(parameters));

    /// <summary>Stops the message loop after the current message.</summary>
    public void Stop() => _stopRequested = true;

    /// <summary>Sends a notification to the client.</summary>
    public void Notify(string method, object? parameters)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            json.WriteString("method", method);
            json.WritePropertyName("params");
            JsonSerializer.Serialize(json, parameters, parameters?.GetType() ?? typeof(object), _options);
            json.WriteEndObject();
        }
        _writer.WriteAsync(buffer.ToArray(), CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Reads and handles messages until the stream ends or <see cref="Stop"/> is called.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var readLoop = Task.Run(() => ReadLoopAsync(cancellationToken), cancellationToken);
        var reader = _incoming.Reader;
        while (!_stopRequested && await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (!_stopRequested && reader.TryRead(out var message))
            {
                using (message) await HandleAsync(message.RootElement).ConfigureAwait(false);
                if (!_stopRequested && !reader.TryPeek(out _)) RunIdle();
            }
        }
        if (readLoop.IsFaulted) await _log.WriteLineAsync($"Reading from the client failed: {readLoop.Exception?.GetBaseException().Message}").ConfigureAwait(false);
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                byte[]? body = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (body is null) break;
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(body);
                }
                catch (JsonException ex)
                {
                    await SendErrorAsync(null, JsonRpcException.ParseError, "Parse error: " + ex.Message).ConfigureAwait(false);
                    continue;
                }
                // Cancellation is noted as it arrives, so a queued request can be skipped.
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("method", out var method)
                    && method.ValueKind == JsonValueKind.String
                    && method.GetString() == "$/cancelRequest")
                {
                    if (document.RootElement.TryGetProperty("params", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("id", out var id))
                        _cancelledRequests[id.GetRawText()] = true;
                    document.Dispose();
                    continue;
                }
                await _incoming.Writer.WriteAsync(document, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _incoming.Writer.TryComplete();
        }
    }

    private async Task HandleAsync(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            await SendErrorAsync(null, JsonRpcException.InvalidRequest, "A message must be a JSON object.").ConfigureAwait(false);
            return;
        }
        bool hasId = message.TryGetProperty("id", out var id);
        if (!message.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
        {
            // A response to a request of ours: the server sends none that wait for an answer.
            if (!hasId) await SendErrorAsync(null, JsonRpcException.InvalidRequest, "A message needs a method or an id.").ConfigureAwait(false);
            return;
        }
        string method = methodElement.GetString()!;
        message.TryGetProperty("params", out var parameters);

        if (!hasId)
        {
            if (_notificationHandlers.TryGetValue(method, out var notify))
            {
                try
                {
                    notify(parameters);
                }
                catch (Exception ex)
                {
                    await _log.WriteLineAsync($"Notification {method} failed: {ex}").ConfigureAwait(false);
                }
            }
            return;
        }

        string idKey = id.GetRawText();
        if (_cancelledRequests.TryRemove(idKey, out _))
        {
            await SendErrorAsync(id, JsonRpcException.RequestCancelled, "The request was cancelled.").ConfigureAwait(false);
            return;
        }
        if (!_requestHandlers.TryGetValue(method, out var handle))
        {
            await SendErrorAsync(id, JsonRpcException.MethodNotFound, $"Unhandled method {method}.").ConfigureAwait(false);
            return;
        }

        object? result;
        try
        {
            result = handle(parameters, CancellationToken.None);
        }
        catch (JsonRpcException ex)
        {
            await SendErrorAsync(id, ex.Code, ex.Message).ConfigureAwait(false);
            return;
        }
        catch (JsonException ex)
        {
            await SendErrorAsync(id, JsonRpcException.InvalidParams, "Invalid params: " + ex.Message).ConfigureAwait(false);
            return;
        }
        catch (Exception ex)
        {
            await _log.WriteLineAsync($"Request {method} failed: {ex}").ConfigureAwait(false);
            await SendErrorAsync(id, JsonRpcException.InternalError, ex.Message).ConfigureAwait(false);
            return;
        }
        await SendResultAsync(id, result).ConfigureAwait(false);
    }

    private void RunIdle()
    {
        try
        {
            Idle?.Invoke();
        }
        catch (Exception ex)
        {
            _log.WriteLine($"Background work failed: {ex}");
        }
    }

    private T Deserialize<T>(JsonElement parameters)
    {
        if (parameters.ValueKind == JsonValueKind.Undefined || parameters.ValueKind == JsonValueKind.Null)
        {
            if (default(T) is null && typeof(T) != typeof(JsonElement)) throw new JsonRpcException(JsonRpcException.InvalidParams, "Missing params.");
            return default!;
        }
        return parameters.Deserialize<T>(_options) ?? throw new JsonRpcException(JsonRpcException.InvalidParams, "Missing params.");
    }

    private Task SendResultAsync(JsonElement id, object? result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            json.WritePropertyName("id");
            id.WriteTo(json);
            json.WritePropertyName("result");
            JsonSerializer.Serialize(json, result, result?.GetType() ?? typeof(object), _options);
            json.WriteEndObject();
        }
        return _writer.WriteAsync(buffer.ToArray(), CancellationToken.None);
    }

    private Task SendErrorAsync(JsonElement? id, int code, string message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            json.WritePropertyName("id");
            if (id is { } value) value.WriteTo(json);
            else json.WriteNullValue();
            json.WritePropertyName("error");
            json.WriteStartObject();
            json.WriteNumber("code", code);
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return _writer.WriteAsync(buffer.ToArray(), CancellationToken.None);
    }
}
