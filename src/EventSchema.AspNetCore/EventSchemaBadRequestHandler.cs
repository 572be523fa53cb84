using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EventSchema.AspNetCore;

/// <summary>
/// Answers the <see cref="BadHttpRequestException"/> minimal APIs throw for a request they cannot bind (with
/// <c>RouteHandlerOptions.ThrowOnBadRequest</c>) with problem details: for a body that does not read or, under
/// <see cref="Json.EventJsonOptions.ValidateOnRead"/>, breaks its constraints, a validation problem keyed by JSON path.
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
        ProblemDetails problem = badRequest.InnerException is JsonException json && badRequest.StatusCode == StatusCodes.Status400BadRequest
            ? BodyProblems.FromJsonException(json)
            : BodyProblems.FromStatus(badRequest.StatusCode, BodyProblems.Reword(badRequest.Message));
        await BodyProblems.WriteAsync(httpContext, problem).ConfigureAwait(false);
        return true;
    }
}
