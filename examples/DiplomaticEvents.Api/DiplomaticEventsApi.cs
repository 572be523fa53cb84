using Diplomacy;
using Diplomacy.News;
using EventSchema.AspNetCore;
using EventSchema.AspNetCore.OpenApi;
using EventSchema.Generated;
using EventSchema.Json;

namespace DiplomaticEvents.Api;

/// <summary>
/// The application: POST endpoints for a few seed events, one endpoint for any event of the catalog as a CloudEvent,
/// and the OpenAPI document at <c>/openapi/v1.json</c>.
/// </summary>
public static class DiplomaticEventsApi
{
    /// <summary>Builds the application from the command line (<c>--urls</c>, <c>--EventSchema:ValidateOnRead=true</c>…).</summary>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // With ValidateOnRead, a body that breaks a constraint fails while it is read; without it, the validation
        // filter below checks it. Either way the client gets a validation problem keyed by JSON path.
        var validateOnRead = builder.Configuration.GetValue<bool>("EventSchema:ValidateOnRead");
        // GeneratedJson.Resolver first in the JSON options: bodies of generated types need no reflection (Native AOT ready).
        builder.Services.AddEventSchema(GeneratedJson.Resolver, new EventJsonOptions { ValidateOnRead = validateOnRead });
        builder.Services.AddOpenApi(options => options.AddEventSchemaTransformer());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();   // problem details for the empty answers of routing (404, 405, 415)
        app.MapOpenApi();

        var diplomacy = app.MapGroup("/diplomacy").WithEventSchemaValidation();
        diplomacy.MapPost("/credentials-presented", (CredentialsPresented evt) => Created(evt));
        diplomacy.MapPost("/greetings-conveyed", (GreetingsConveyed evt) => Created(evt));
        diplomacy.MapPost("/cooperation-highlighted", (CooperationHighlighted evt) => Created(evt));
        diplomacy.MapPost("/reports", (ReportPublished evt) => Created(evt));

        // A generated enum outside any event: its schema comes from the definitions the events carry.
        app.MapGet("/diplomacy/cooperation-areas", () => TypedResults.Ok(Enum.GetValues<CooperationArea>()));

        app.MapCloudEvents("/events", GeneratedEventCatalog.Instance, envelope =>
            TypedResults.Accepted($"/events/{Uri.EscapeDataString(envelope.Id)}", new ReceivedEvent(envelope.Id, envelope.ReceivedType ?? envelope.Type, envelope.Source)));

        return app;
    }

    // Echoes the event as it was read, through the generated writer.
    private static IResult Created<TEvent>(TEvent evt)
        where TEvent : EventSchema.IEvent
        => TypedResults.Created($"/diplomacy/{evt.EventType}/{Guid.NewGuid():N}", evt);
}

/// <summary>What the CloudEvents endpoint answers: the event's id, type and source.</summary>
public sealed record ReceivedEvent(string Id, string Type, string Source);
