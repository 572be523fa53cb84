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
    private const string SchemaIdMetadata = "x-schema-id";
    private const string ReferenceDescriptionMetadata = "x-ref-description";

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
    // bodies: an event, and the records and scalars inside it. A component is registered before its children are
    // walked, so a recursive record meets a reference to itself.
    private static IOpenApiSchema AsComponent(IOpenApiSchema node, OpenApiDocument? document)
    {
        if (document is null || node is not OpenApiSchema schema) return node;
        if (!TryGetMetadata(schema, SchemaIdMetadata, out var id))
        {
            ResolveChildren(schema, document);
            return schema;
        }
        document.Workspace ??= new OpenApiWorkspace();
        if (document.Components?.Schemas?.ContainsKey(id) != true)
        {
            document.AddComponent<IOpenApiSchema>(id, schema);
            ResolveChildren(schema, document);
        }
        return new OpenApiSchemaReference(id, document)
        {
            Description = TryGetMetadata(schema, ReferenceDescriptionMetadata, out var description) ? description : null,
        };
    }

    private static void ResolveChildren(OpenApiSchema schema, OpenApiDocument document)
    {
        if (schema.Properties is { } properties)
        {
            foreach (var name in properties.Keys.ToList()) properties[name] = AsComponent(properties[name], document);
        }
        if (schema.Items is { } items) schema.Items = AsComponent(items, document);
        if (schema.AdditionalProperties is { } additional) schema.AdditionalProperties = AsComponent(additional, document);
        if (schema.Not is { } not) schema.Not = AsComponent(not, document);
        foreach (var list in new[] { schema.AnyOf, schema.OneOf, schema.AllOf })
        {
            if (list is null) continue;
            for (var i = 0; i < list.Count; i++) list[i] = AsComponent(list[i], document);
        }
    }

    private static bool TryGetMetadata(OpenApiSchema schema, string key, out string value)
    {
        value = schema.Metadata is not null && schema.Metadata.TryGetValue(key, out var found) && found is string text ? text : string.Empty;
        return value.Length > 0;
    }
}
