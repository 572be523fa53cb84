using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace EventSchema.AspNetCore;

/// <summary>
/// Answers the <see cref="BadHttpRequestException"/> minimal APIs throw for a request they cannot bind (with
/// <c>RouteHandlerOptions.ThrowOnBadRequest</c>) with problem details: for a body that does not read or, under
/// <see cref="Json.EventJsonOptions.ValidateOnRead"/>, breaks its constraints, a validation problem keyed by JSON path;
/// for an empty or <c>null</c> body, one at <c>$</c> that says which it was and what to send; for a route, query or
/// header value that is not a value of its generated scalar, one under the parameter's name that names the broken rule.
/// Registered by <see cref="EventSchemaServiceCollectionExtensions.AddEventSchema(Microsoft.Extensions.DependencyInjection.IServiceCollection, Json.EventJsonOptions?)"/>; runs under
/// <c>app.UseExceptionHandler()</c>.
/// </summary>
public sealed class EventSchemaBadRequestHandler : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext is null) throw new ArgumentNullException(nameof(httpContext));
        if (exception is not BadHttpRequestException badRequest) return false;
        ProblemDetails problem = badRequest.StatusCode != StatusCodes.Status400BadRequest
            ? BodyProblems.FromStatus(badRequest.StatusCode, badRequest.Message)
            : badRequest.InnerException is JsonException json
                ? BodyProblems.HasNoTokens(json) && FailedEndpoint(httpContext)?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is { } requestType
                    ? BodyProblems.NoValue(requestType.Name, empty: true)
                    : BodyProblems.FromJsonException(json)
                : BodyProblems.MissingBody(badRequest.Message, FailedEndpoint(httpContext)?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType) is { } bodyType
                    ? BodyProblems.NoValue(bodyType, httpContext.Request.ContentLength switch { 0 => true, null => null, _ => false })
                    : ParameterProblems.Explain(badRequest.Message, FailedEndpoint(httpContext))
                        ?? BodyProblems.FromStatus(badRequest.StatusCode, badRequest.Message);
        await BodyProblems.WriteAsync(httpContext, problem).ConfigureAwait(false);
        return true;
    }

    // The exception handler middleware clears the endpoint before handlers run; its feature keeps the one that failed.
    private static Endpoint? FailedEndpoint(HttpContext httpContext)
        => httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
}
