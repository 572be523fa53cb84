using System;
using System.Threading.Tasks;
using EventSchema.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace EventSchema.AspNetCore;

/// <summary>Maps endpoints that receive any event of an <see cref="EventCatalog"/> as a CloudEvent.</summary>
public static class CloudEventEndpoints
{
    /// <summary>The read options used when none are given: the safe defaults, and every constraint checked.</summary>
    public static EventJsonOptions DefaultReadOptions { get; } = new() { ValidateOnRead = true };

    /// <summary>
    /// Maps a POST endpoint at <paramref name="pattern"/> that reads one CloudEvent 1.0 of any event type in
    /// <paramref name="catalog"/>, in structured mode (<c>application/cloudevents+json</c>, or <c>application/json</c>)
    /// or binary mode (<c>ce-*</c> headers, the event's JSON as the body), and hands it to <paramref name="handler"/>.
    /// A request that does not read gets a 400 validation problem keyed by JSON path: an unknown event type at
    /// <c>$.type</c> (naming the type and the known ones), a broken constraint at <c>$.data.…</c>; another media type gets 415.
    /// On .NET 10 the endpoint's OpenAPI request body is a CloudEvent whose <c>data</c> is one of the catalog's events.
    /// </summary>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route pattern, such as <c>/events</c>.</param>
    /// <param name="catalog">The event types accepted, such as <c>GeneratedEventCatalog.Instance</c>.</param>
    /// <param name="handler">What to do with the event; its result is the response.</param>
    /// <param name="readOptions">How to read the event; <see cref="DefaultReadOptions"/> when null.</param>
    public static RouteHandlerBuilder MapCloudEvents(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        EventCatalog catalog,
        Func<EventEnvelope, HttpContext, Task<IResult>> handler,
        EventJsonOptions? readOptions = null)
    {
        if (endpoints is null) throw new ArgumentNullException(nameof(endpoints));
        if (catalog is null) throw new ArgumentNullException(nameof(catalog));
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        var options = readOptions ?? DefaultReadOptions;
        // A RequestDelegate, not a route handler Delegate: the latter is bound by reflection (RequestDelegateFactory),
        // which trimming and Native AOT do not allow in a library, where the request delegate generator does not run.
        RequestDelegate receive = async context =>
        {
            var read = await CloudEventRequestReader.ReadAsync(context, catalog, options).ConfigureAwait(false);
            var result = read.Problem ?? await handler(read.Envelope!, context).ConfigureAwait(false);
            await result.ExecuteAsync(context).ConfigureAwait(false);
        };
        var endpoint = new RouteHandlerBuilder([endpoints.MapPost(pattern, receive)])
            // API descriptions (and so OpenAPI documents) list only endpoints whose metadata holds their method.
            .WithMetadata(receive.Method)
            // No Accepts metadata: routing would answer other media types with an empty 415, the reader answers with a problem.
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
#if NET10_0_OR_GREATER
        endpoint.AddOpenApiOperationTransformer((operation, context, cancellationToken)
            => OpenApi.CloudEventOpenApi.DescribeRequestAsync(operation, context, catalog, cancellationToken));
#endif
        return endpoint;
    }

    /// <summary>As <see cref="MapCloudEvents(IEndpointRouteBuilder, string, EventCatalog, Func{EventEnvelope, HttpContext, Task{IResult}}, EventJsonOptions?)"/>, with a synchronous handler.</summary>
    public static RouteHandlerBuilder MapCloudEvents(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        EventCatalog catalog,
        Func<EventEnvelope, IResult> handler,
        EventJsonOptions? readOptions = null)
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return endpoints.MapCloudEvents(pattern, catalog, (envelope, _) => Task.FromResult(handler(envelope)), readOptions);
    }

    /// <summary>
    /// As <see cref="MapCloudEvents(IEndpointRouteBuilder, string, EventCatalog, Func{EventEnvelope, IResult}, EventJsonOptions?)"/>,
    /// with a handler that returns a typed result, such as <c>envelope =&gt; TypedResults.Accepted(location, receipt)</c>:
    /// the result type describes the success response (status and body schema) in the OpenAPI document, as it does for
    /// <c>MapPost</c>. <typeparamref name="TResult"/> is inferred from the handler.
    /// </summary>
    /// <typeparam name="TResult">The handler's result, such as <c>Accepted&lt;ReceivedEvent&gt;</c>.</typeparam>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route pattern, such as <c>/events</c>.</param>
    /// <param name="catalog">The event types accepted, such as <c>GeneratedEventCatalog.Instance</c>.</param>
    /// <param name="handler">What to do with the event; its result is the response.</param>
    /// <param name="readOptions">How to read the event; <see cref="DefaultReadOptions"/> when null.</param>
    public static RouteHandlerBuilder MapCloudEvents<TResult>(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        EventCatalog catalog,
        Func<EventEnvelope, TResult> handler,
        EventJsonOptions? readOptions = null)
        where TResult : IResult, IEndpointMetadataProvider
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return endpoints.MapCloudEvents(pattern, catalog, (envelope, _) => Task.FromResult<IResult>(handler(envelope)), readOptions)
            .WithResultMetadata<TResult>(handler.Method);
    }

    /// <summary>As <see cref="MapCloudEvents{TResult}(IEndpointRouteBuilder, string, EventCatalog, Func{EventEnvelope, TResult}, EventJsonOptions?)"/>, with an asynchronous handler.</summary>
    /// <typeparam name="TResult">The handler's result, such as <c>Accepted&lt;ReceivedEvent&gt;</c>.</typeparam>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route pattern, such as <c>/events</c>.</param>
    /// <param name="catalog">The event types accepted, such as <c>GeneratedEventCatalog.Instance</c>.</param>
    /// <param name="handler">What to do with the event; its result is the response.</param>
    /// <param name="readOptions">How to read the event; <see cref="DefaultReadOptions"/> when null.</param>
    public static RouteHandlerBuilder MapCloudEvents<TResult>(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        EventCatalog catalog,
        Func<EventEnvelope, HttpContext, Task<TResult>> handler,
        EventJsonOptions? readOptions = null)
        where TResult : IResult, IEndpointMetadataProvider
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return endpoints.MapCloudEvents(pattern, catalog, async (envelope, context) => (IResult)await handler(envelope, context).ConfigureAwait(false), readOptions)
            .WithResultMetadata<TResult>(handler.Method);
    }
}
