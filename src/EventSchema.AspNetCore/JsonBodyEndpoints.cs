using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventSchema.AspNetCore;

/// <summary>
/// Maps POST endpoints whose JSON body is a generated type without a route handler delegate. ASP.NET Core binds a
/// delegate such as <c>(CredentialsPresented evt) =&gt; …</c> either by reflection (<c>RequestDelegateFactory</c>, which
/// trimming and Native AOT do not allow) or with its request delegate generator, which cannot see types another source
/// generator writes (generators do not chain) and so fails on every generated type. These endpoints read the body
/// through the <c>JsonTypeInfo</c> of the minimal API JSON options (<c>GeneratedJson.Resolver</c>, inserted by
/// <c>AddEventSchema</c>), so they work the same with and without Native AOT.
/// </summary>
public static class JsonBodyEndpoints
{
    /// <summary>
    /// Maps a POST endpoint at <paramref name="pattern"/> that reads a <typeparamref name="TBody"/> from the JSON body and
    /// passes it to <paramref name="handler"/>; its result is the response. A body that does not read is a 400
    /// validation problem keyed by JSON path, as with <c>AddEventSchema</c>; another media type is a 415 problem. Under
    /// <see cref="EventSchemaEndpointExtensions.WithEventSchemaValidation{TBuilder}"/> (on the endpoint or its group) the
    /// body is validated before the handler runs. Other endpoint filters run, but see no arguments.
    /// </summary>
    /// <typeparam name="TBody">The generated record, event or union the body holds.</typeparam>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route pattern, such as <c>/diplomacy/credentials-presented</c>.</param>
    /// <param name="handler">What to do with the body.</param>
    public static RouteHandlerBuilder MapPostJson<TBody>(this IEndpointRouteBuilder endpoints, string pattern, Func<TBody, HttpContext, Task<IResult>> handler)
        where TBody : class
    {
        if (endpoints is null) throw new ArgumentNullException(nameof(endpoints));
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        RequestDelegate receive = async context =>
        {
            var (body, problem) = await ReadAsync<TBody>(context).ConfigureAwait(false);
            if (body is not null && problem is null && RequestsValidation(context) && body is IValidatable validatable)
            {
                var result = validatable.Validate();
                if (!result.IsValid) problem = result.ToValidationProblem();
            }
            var response = problem ?? await handler(body!, context).ConfigureAwait(false);
            await response.ExecuteAsync(context).ConfigureAwait(false);
        };
        return new RouteHandlerBuilder([endpoints.MapPost(pattern, receive)])
            // API descriptions (and so OpenAPI documents) list only endpoints whose metadata holds their method; the
            // accepted body type gives the request body its schema.
            .WithMetadata(receive.Method)
            .Accepts<TBody>("application/json")
            .ProducesValidationProblem();
    }

    /// <summary>As <see cref="MapPostJson{TBody}(IEndpointRouteBuilder, string, Func{TBody, HttpContext, Task{IResult}})"/>, with a synchronous handler.</summary>
    public static RouteHandlerBuilder MapPostJson<TBody>(this IEndpointRouteBuilder endpoints, string pattern, Func<TBody, IResult> handler)
        where TBody : class
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return endpoints.MapPostJson<TBody>(pattern, (body, _) => Task.FromResult(handler(body)));
    }

    /// <summary>
    /// As <see cref="MapPostJson{TBody}(IEndpointRouteBuilder, string, Func{TBody, IResult})"/>, with a handler that
    /// returns a typed result, such as <c>(CredentialsPresented evt) =&gt; TypedResults.Created(location, evt)</c>: the
    /// result type describes the success response (status and body schema) in the OpenAPI document, as it does for
    /// <c>MapPost</c>. Both type arguments are inferred when the handler names its parameter's type.
    /// </summary>
    /// <typeparam name="TBody">The generated record, event or union the body holds.</typeparam>
    /// <typeparam name="TResult">The handler's result, such as <c>Created&lt;CredentialsPresented&gt;</c>.</typeparam>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route pattern, such as <c>/diplomacy/credentials-presented</c>.</param>
    /// <param name="handler">What to do with the body.</param>
    public static RouteHandlerBuilder MapPostJson<TBody, TResult>(this IEndpointRouteBuilder endpoints, string pattern, Func<TBody, TResult> handler)
        where TBody : class
        where TResult : IResult, IEndpointMetadataProvider
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return endpoints.MapPostJson<TBody>(pattern, (body, _) => Task.FromResult<IResult>(handler(body)))
            .WithResultMetadata<TResult>(handler.Method);
    }

    /// <summary>As <see cref="MapPostJson{TBody, TResult}(IEndpointRouteBuilder, string, Func{TBody, TResult})"/>, with an asynchronous handler.</summary>
    /// <typeparam name="TBody">The generated record, event or union the body holds.</typeparam>
    /// <typeparam name="TResult">The handler's result, such as <c>Created&lt;CredentialsPresented&gt;</c>.</typeparam>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route pattern, such as <c>/diplomacy/credentials-presented</c>.</param>
    /// <param name="handler">What to do with the body.</param>
    public static RouteHandlerBuilder MapPostJson<TBody, TResult>(this IEndpointRouteBuilder endpoints, string pattern, Func<TBody, HttpContext, Task<TResult>> handler)
        where TBody : class
        where TResult : IResult, IEndpointMetadataProvider
    {
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return endpoints.MapPostJson<TBody>(pattern, async (body, context) => await handler(body, context).ConfigureAwait(false))
            .WithResultMetadata<TResult>(handler.Method);
    }

    /// <summary>Adds the response metadata <typeparamref name="TResult"/> declares, as ASP.NET Core does for a route handler returning it.</summary>
    internal static RouteHandlerBuilder WithResultMetadata<TResult>(this RouteHandlerBuilder builder, System.Reflection.MethodInfo method)
        where TResult : IEndpointMetadataProvider
    {
        builder.Add(endpoint => TResult.PopulateMetadata(method, endpoint));
        return builder;
    }

    private static async Task<(TBody? Body, IResult? Problem)> ReadAsync<TBody>(HttpContext context)
        where TBody : class
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(BodyProblems.FromStatus(
                StatusCodes.Status415UnsupportedMediaType, $"Send the {typeof(TBody).Name} as JSON (application/json), not '{request.ContentType}'.")));
        }
        if (await HasNoBodyAsync(request, context.RequestAborted).ConfigureAwait(false))
        {
            return (null, TypedResults.Problem(BodyProblems.NoValue(typeof(TBody).Name, empty: true)));
        }
        var options = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var typeInfo = (JsonTypeInfo<TBody>)options.GetTypeInfo(typeof(TBody));
        try
        {
            var body = await request.ReadFromJsonAsync(typeInfo, context.RequestAborted).ConfigureAwait(false);
            return body is null
                ? (null, TypedResults.Problem(BodyProblems.NoValue(typeof(TBody).Name, empty: false)))
                : (body, null);
        }
        catch (JsonException error)
        {
            return (null, TypedResults.Problem(BodyProblems.FromJsonException(error)));
        }
    }

    // An empty body is told apart from a null one before System.Text.Json, which has no words for it but its own
    // ("does not contain any JSON tokens"). A chunked body's first bytes are looked at and left unread.
    private static async Task<bool> HasNoBodyAsync(HttpRequest request, System.Threading.CancellationToken cancellationToken)
    {
        if (request.ContentLength is long length) return length == 0;
        var reader = request.BodyReader;
        var first = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var empty = first.Buffer.IsEmpty && first.IsCompleted;
        reader.AdvanceTo(first.Buffer.Start);
        return empty;
    }

    private static bool RequestsValidation(HttpContext context)
        => context.GetEndpoint()?.Metadata.GetMetadata<EventSchemaValidationMetadata>() is not null;
}

/// <summary>Marks an endpoint (or group) that asked for EventSchema validation, for endpoints that bind their own body.</summary>
internal sealed class EventSchemaValidationMetadata
{
    public static EventSchemaValidationMetadata Instance { get; } = new();
}
