using System;
using System.Text.Json.Serialization.Metadata;
using EventSchema.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace EventSchema.AspNetCore;

/// <summary>Registers the EventSchema integration with an ASP.NET Core application.</summary>
public static class EventSchemaServiceCollectionExtensions
{
    /// <summary>
    /// Makes minimal API request bodies of generated types read with <paramref name="readOptions"/> (for instance
    /// <see cref="EventJsonOptions.ValidateOnRead"/>), and makes a body that does not read, or breaks its constraints,
    /// a 400 validation problem keyed by JSON path instead of an empty 400. It registers problem details and
    /// <see cref="EventSchemaBadRequestHandler"/>, and sets <see cref="RouteHandlerOptions.ThrowOnBadRequest"/> so
    /// that binding failures reach it; call <c>app.UseExceptionHandler()</c> to run it.
    /// </summary>
    public static IServiceCollection AddEventSchema(this IServiceCollection services, EventJsonOptions? readOptions = null)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        services.AddProblemDetails();
        services.AddExceptionHandler<EventSchemaBadRequestHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // Last in the chain: whatever the application resolves itself comes first.
        services.Configure<HttpJsonOptions>(options =>
        {
            var chain = options.SerializerOptions.TypeInfoResolverChain;
            if (!chain.Contains(ProblemExtensionsJsonContext.Default)) chain.Add(ProblemExtensionsJsonContext.Default);
        });
        if (readOptions is not null)
        {
            services.Configure<HttpJsonOptions>(options => options.SerializerOptions.AddEventSchemaOptions(readOptions));
        }
        return services;
    }

    /// <summary>
    /// As <see cref="AddEventSchema(IServiceCollection, EventJsonOptions?)"/>, and puts <paramref name="jsonResolver"/> (the
    /// project's <c>EventSchema.Generated.GeneratedJson.Resolver</c>) first in the minimal API JSON options'
    /// <c>TypeInfoResolverChain</c>: request and response bodies of generated types are then read and written by the
    /// generated code with no reflection, as trimming and Native AOT need. Types it does not know fall through to the
    /// resolvers after it.
    /// </summary>
    public static IServiceCollection AddEventSchema(this IServiceCollection services, IJsonTypeInfoResolver jsonResolver, EventJsonOptions? readOptions = null)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (jsonResolver is null) throw new ArgumentNullException(nameof(jsonResolver));
        services.AddEventSchema(readOptions);
        services.Configure<HttpJsonOptions>(options =>
        {
            var chain = options.SerializerOptions.TypeInfoResolverChain;
            if (!chain.Contains(jsonResolver)) chain.Insert(0, jsonResolver);
        });
        return services;
    }
}
