using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace EventSchema.Kafka;

/// <summary>
/// A small client for the Confluent Schema Registry REST API: registers JSON Schemas under a subject and fetches
/// schemas by id. It speaks System.Text.Json over the <see cref="HttpClient"/> it is given, which owns the address,
/// authentication handlers and timeouts.
/// </summary>
public sealed class SchemaRegistryClient
{
    private const string MediaType = "application/vnd.schemaregistry.v1+json";
    private readonly HttpClient _http;
    private readonly Uri _baseAddress;

    /// <summary>A client for the registry at <paramref name="baseAddress"/> (such as <c>http://registry:8081/</c>).</summary>
    /// <param name="baseAddress">The registry's root URL.</param>
    /// <param name="httpClient">The HTTP client to send through; a new one when null.</param>
    public SchemaRegistryClient(Uri baseAddress, HttpClient? httpClient = null)
    {
        if (baseAddress is null) throw new ArgumentNullException(nameof(baseAddress));
        if (!baseAddress.IsAbsoluteUri) throw new ArgumentException("The registry address must be absolute.", nameof(baseAddress));
        var text = baseAddress.AbsoluteUri;
        _baseAddress = text.EndsWith("/", StringComparison.Ordinal) ? baseAddress : new Uri(text + "/");
        _http = httpClient ?? new HttpClient();
    }

    /// <summary>The registry's root URL.</summary>
    public Uri BaseAddress => _baseAddress;

    /// <summary>
    /// Registers <paramref name="jsonSchema"/> under <paramref name="subject"/> (a schema already registered there
    /// returns its existing id) and returns the schema id.
    /// </summary>
    public async Task<int> RegisterSchemaAsync(string subject, string jsonSchema, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(subject)) throw new ArgumentException("A subject is required.", nameof(subject));
        if (jsonSchema is null) throw new ArgumentNullException(nameof(jsonSchema));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseAddress, "subjects/" + Uri.EscapeDataString(subject) + "/versions"))
        {
            Content = JsonBody(jsonSchema),
        };
        using var document = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.Number
            && id.TryGetInt32(out var schemaId))
        {
            return schemaId;
        }
        throw new SchemaRegistryException($"The registry answered the registration of subject '{subject}' without an integer 'id'.", 0, null);
    }

    /// <summary>The schema text registered with id <paramref name="schemaId"/>.</summary>
    public async Task<string> GetSchemaAsync(int schemaId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_baseAddress, "schemas/ids/" + schemaId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var document = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("schema", out var schema)
            && schema.ValueKind == JsonValueKind.String)
        {
            return schema.GetString()!;
        }
        throw new SchemaRegistryException($"The registry answered schema id {schemaId} without a 'schema' string.", 0, null);
    }

    private static ByteArrayContent JsonBody(string jsonSchema)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("schemaType", "JSON");
            writer.WriteString("schema", jsonSchema);
            writer.WriteEndObject();
        }
        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        return content;
    }

    private async Task<JsonDocument> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(request, (int)response.StatusCode, body);
        }
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            throw new SchemaRegistryException($"The registry's answer to {request.Method} {request.RequestUri} is not JSON: {error.Message}", (int)response.StatusCode, null, error);
        }
    }

    private static SchemaRegistryException Failure(HttpRequestMessage request, int status, byte[] body)
    {
        int? errorCode = null;
        string? message = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("error_code", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var value)) errorCode = value;
                if (document.RootElement.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String) message = text.GetString();
            }
        }
        catch (JsonException)
        {
            message = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 500));
        }
        return new SchemaRegistryException(
            $"The schema registry refused {request.Method} {request.RequestUri}: HTTP {status}{(errorCode is null ? "" : ", error " + errorCode)}{(string.IsNullOrEmpty(message) ? "" : ": " + message)}",
            status,
            errorCode);
    }
}

/// <summary>A schema registry refused a request or answered something that is not its API.</summary>
public sealed class SchemaRegistryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SchemaRegistryException(string message, int statusCode, int? errorCode, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status code; 0 when the answer was a success that could not be understood.</summary>
    public int StatusCode { get; }

    /// <summary>The registry's own <c>error_code</c> (such as 409 for an incompatible schema), when it gave one.</summary>
    public int? ErrorCode { get; }
}
