using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using EventSchema.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EventSchema.AspNetCore.OpenApi;

/// <summary>
/// Describes the request body of a <see cref="CloudEventEndpoints.MapCloudEvents(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, EventCatalog, System.Func{EventEnvelope, Microsoft.AspNetCore.Http.IResult}, EventJsonOptions?)"/>
/// endpoint: a structured CloudEvent whose <c>type</c> is one of the catalog's and whose <c>data</c> is one of its events.
/// </summary>
internal static class CloudEventOpenApi
{
    public static async Task DescribeRequestAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, EventCatalog catalog, CancellationToken cancellationToken)
    {
        var data = new List<IOpenApiSchema>();
        foreach (var info in catalog.Events)
        {
            var schema = await context.GetOrCreateSchemaAsync(info.ClrType, null, cancellationToken).ConfigureAwait(false);
            data.Add(AsComponent(schema, context.Document));
        }

        var envelope = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A CloudEvent 1.0 in structured mode; data is the event named by type.",
            Required = new HashSet<string> { "specversion", "id", "source", "type", "data" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["specversion"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(EventEnvelope.CloudEventsSpecVersion)] },
                ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1 },
                ["source"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference", MinLength = 1 },
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = catalog.Events.Select(e => (JsonNode)JsonValue.Create(e.EventType)).ToList() },
                ["time"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
                ["subject"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["dataschema"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
                ["datacontenttype"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["data"] = new OpenApiSchema { OneOf = data },
            },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [CloudEventRequestReader.StructuredContentType] = new() { Schema = envelope },
                [CloudEventRequestReader.JsonContentType] = new() { Schema = envelope },
            },
        };
    }

    // Each schema carrying a component name becomes that component (once) and is referred to, as ASP.NET Core does for
    // bodies: an event, and the records and scalars inside it.
    private static IOpenApiSchema AsComponent(IOpenApiSchema node, OpenApiDocument? document)
        => document is null ? node : OpenApiSchemaTree.AsComponent(node, document);
}
