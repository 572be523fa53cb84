using System;
using Microsoft.AspNetCore.OpenApi;

namespace EventSchema.AspNetCore.OpenApi;

/// <summary>Adds EventSchema's JSON Schemas to OpenAPI documents.</summary>
public static class EventSchemaOpenApiOptionsExtensions
{
    /// <summary>
    /// Describes every generated type in the document by its JSON Schema, constraints included:
    /// <c>builder.Services.AddOpenApi(options => options.AddEventSchemaTransformer());</c>
    /// </summary>
    public static OpenApiOptions AddEventSchemaTransformer(this OpenApiOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        return options.AddSchemaTransformer(new EventSchemaOpenApiSchemaTransformer());
    }
}
