using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace EventSchema.Kafka.Tests;

/// <summary>
/// The part of the Confluent Schema Registry REST API that serializers use (register a schema under a subject,
/// fetch a schema by id), served by <see cref="HttpListener"/> on a loopback port. A real registry is a Java
/// service that cannot run here; this one answers the same requests with the same JSON.
/// </summary>
public sealed class InProcessSchemaRegistry : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _idsBySchema = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> _schemasById = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte>> _subjects = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _nextId = 100;

    public InProcessSchemaRegistry()
    {
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    /// <summary>Every request, as <c>METHOD path</c>, in arrival order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    /// <summary>The subjects registered, each with the ids under it.</summary>
    public IReadOnlyDictionary<string, int[]> Subjects => _subjects.ToDictionary(s => s.Key, s => s.Value.Keys.Order().ToArray());

    /// <summary>
    /// A subject that accepts its first schema and refuses any other as incompatible, as a real registry does under
    /// BACKWARD compatibility when the next schema is unrelated to the first.
    /// </summary>
    public string? IncompatibleSubject { get; set; }

    public string SchemaById(int id) => _schemasById[id];

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            try
            {
                await HandleAsync(context);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                // Disposed while answering: the client has its answer or has gone.
                return;
            }
            catch (Exception error)
            {
                await AnswerErrorAsync(context.Response, error);
            }
        }
    }

    // A 500 for a request that failed before its answer went out; once headers are sent, the connection is cut instead.
    private static async Task AnswerErrorAsync(HttpListenerResponse response, Exception error)
    {
        try
        {
            await AnswerAsync(response, 500, new { error_code = 50001, message = error.Message });
        }
        catch (Exception)
        {
            response.Abort();
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath.TrimEnd('/');
        _requests.Enqueue(request.HttpMethod + " " + path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();

        if (request.HttpMethod == "POST" && segments is ["subjects", var subject, "versions"])
        {
            using var body = await JsonDocument.ParseAsync(request.InputStream);
            var schema = body.RootElement.GetProperty("schema").GetString()!;
            var type = body.RootElement.TryGetProperty("schemaType", out var t) ? t.GetString() : "AVRO";
            if (type != "JSON")
            {
                await AnswerAsync(context.Response, 422, new { error_code = 42201, message = $"This registry holds JSON schemas only, not {type}." });
                return;
            }
            var id = _idsBySchema.GetOrAdd(schema, _ => Interlocked.Increment(ref _nextId));
            var versions = _subjects.GetOrAdd(subject, _ => new ConcurrentDictionary<int, byte>());
            if (subject == IncompatibleSubject && !versions.IsEmpty && !versions.ContainsKey(id))
            {
                await AnswerAsync(context.Response, 409, new { error_code = 409, message = "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\"" });
                return;
            }
            _schemasById[id] = schema;
            versions[id] = 0;
            await AnswerAsync(context.Response, 200, new { id });
            return;
        }
        if (request.HttpMethod == "GET" && segments is ["schemas", "ids", var idText] && int.TryParse(idText, out var schemaId))
        {
            if (_schemasById.TryGetValue(schemaId, out var schema))
            {
                await AnswerAsync(context.Response, 200, new { schema, schemaType = "JSON" });
                return;
            }
            await AnswerAsync(context.Response, 404, new { error_code = 40403, message = "Schema " + schemaId + " not found" });
            return;
        }
        await AnswerAsync(context.Response, 404, new { error_code = 404, message = "Not served here: " + request.HttpMethod + " " + path });
    }

    private static async Task AnswerAsync(HttpListenerResponse response, int status, object body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
        response.StatusCode = status;
        response.ContentType = "application/vnd.schemaregistry.v1+json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
