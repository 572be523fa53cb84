using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using EventSchema.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace EventSchema.AspNetCore;

/// <summary>What reading a CloudEvent request gave: the envelope, or the problem response to send instead.</summary>
internal readonly record struct CloudEventRead(EventEnvelope? Envelope, IResult? Problem);

/// <summary>Reads one CloudEvent from an HTTP request, in structured or binary content mode (CloudEvents HTTP binding 1.0).</summary>
internal static class CloudEventRequestReader
{
    public const string StructuredContentType = "application/cloudevents+json";
    public const string JsonContentType = "application/json";

    private const string NotACloudEvent = "The request is not a valid CloudEvent.";

    public static async Task<CloudEventRead> ReadAsync(HttpContext context, EventCatalog catalog, EventJsonOptions options)
    {
        var request = context.Request;
        var binaryType = request.Headers["ce-type"].ToString();
        var binary = binaryType.Length > 0;
        if (!AcceptsMediaType(request.ContentType, binary))
        {
            return Failed(BodyProblems.FromStatus(
                StatusCodes.Status415UnsupportedMediaType,
                binary
                    ? $"A binary-mode CloudEvent carries its data as JSON ({JsonContentType}), not '{request.ContentType}'."
                    : $"Send a structured-mode CloudEvent as {StructuredContentType} (or {JsonContentType}), or a binary-mode one with ce-* headers; '{request.ContentType}' is neither."));
        }

        var body = await ReadBodyAsync(request).ConfigureAwait(false);
        try
        {
            return binary ? ReadBinary(request.Headers, binaryType, body, catalog, options) : new(catalog.ReadCloudEvent(body.Span, options), null);
        }
        catch (JsonException error)
        {
            return Failed(BodyProblems.FromJsonException(error, NotACloudEvent));
        }
    }

    private static CloudEventRead ReadBinary(IHeaderDictionary headers, string type, ReadOnlyMemory<byte> body, EventCatalog catalog, EventJsonOptions options)
    {
        var specVersion = headers["ce-specversion"].ToString();
        if (specVersion != EventEnvelope.CloudEventsSpecVersion)
        {
            return HeaderProblem("ce-specversion", specVersion.Length == 0
                ? "The ce-specversion header is required."
                : $"The CloudEvents version '{specVersion}' is not supported; send {EventEnvelope.CloudEventsSpecVersion}.");
        }
        var id = headers["ce-id"].ToString();
        if (id.Length == 0) return HeaderProblem("ce-id", "The ce-id header is required.");
        var source = headers["ce-source"].ToString();
        if (source.Length == 0) return HeaderProblem("ce-source", "The ce-source header is required.");
        if (catalog.Find(type) is null) return HeaderProblem("ce-type", UnknownType(type, catalog));
        DateTimeOffset? time = null;
        var timeText = headers["ce-time"].ToString();
        if (timeText.Length > 0)
        {
            if (!EventEnvelope.TryParseTime(timeText, out var parsed))
            {
                return HeaderProblem("ce-time", $"The ce-time header '{timeText}' is not an RFC 3339 timestamp.");
            }
            time = parsed;
        }

        var dataSchema = NullIfEmpty(headers["ce-dataschema"].ToString());
        if (dataSchema is not null && !EventEnvelope.IsValidDataSchema(dataSchema))
        {
            return HeaderProblem("ce-dataschema", $"The ce-dataschema header '{dataSchema}' is not an absolute URI, which a CloudEvent's dataschema is.");
        }

        var data = catalog.ReadEvent(type, body.Span, options);
        var envelope = new EventEnvelope(data, id, source)
        {
            Time = time,
            ReceivedType = type,
            Subject = NullIfEmpty(headers["ce-subject"].ToString()),
            DataSchema = dataSchema,
        };
        return new(envelope, null);
    }

    private static bool AcceptsMediaType(string? contentType, bool binary)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)) return false;
        var name = mediaType.MediaType.Value ?? string.Empty;
        var json = name.Equals(JsonContentType, StringComparison.OrdinalIgnoreCase);
        return binary ? json || name.EndsWith("+json", StringComparison.OrdinalIgnoreCase) : json || name.Equals(StructuredContentType, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request)
    {
        // The server's request size limit bounds what is buffered here.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static string UnknownType(string type, EventCatalog catalog)
    {
        var known = string.Join(", ", catalog.EventTypes);
        return $"Unknown event type '{type}'; this catalog knows {(known.Length == 0 ? "no event types" : known)}.";
    }

    private static CloudEventRead HeaderProblem(string header, string reason)
    {
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [header] = [reason] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = NotACloudEvent,
            Detail = reason,
            Type = ProblemTypes.BadRequest,
        };
        return Failed(problem);
    }

    private static CloudEventRead Failed(ProblemDetails problem) => new(null, TypedResults.Problem(problem));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
