using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EventSchema.AspNetCore;

/// <summary>Adds EventSchema validation to endpoints and route groups.</summary>
public static class EventSchemaEndpointExtensions
{
    /// <summary>
    /// Validates every generated object the endpoint (or every endpoint of the group) receives before its handler runs,
    /// answering 400 with a validation problem keyed by JSON path (<c>$.receivedBy.title</c>) when a constraint is broken.
    /// The endpoint's OpenAPI description gains that 400 response.
    /// </summary>
    public static TBuilder WithEventSchemaValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        if (builder is null) throw new ArgumentNullException(nameof(builder));
        builder.AddEndpointFilter(new EventSchemaValidationFilter());
        // Endpoints that read their own body (MapPostJson) validate it when they find this.
        builder.WithMetadata(EventSchemaValidationMetadata.Instance);
        builder.WithMetadata(new ProducesResponseTypeMetadata(
            StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        return builder;
    }
}
