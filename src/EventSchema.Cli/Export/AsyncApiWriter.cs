using System.Text.Json.Nodes;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;

namespace EventSchema.Cli.Export;

/// <summary>
/// Writes an AsyncAPI 3.0 document with one channel, one send operation and one message per event. Each
/// message payload references the event's JSON Schema file, the same text <c>export jsonschema</c> writes
/// and the generator embeds, so the two never drift apart.
/// </summary>
internal static class AsyncApiWriter
{
    /// <summary>The payload format: JSON Schema draft 2020-12, the dialect of the referenced files.</summary>
    public const string SchemaFormat = "application/schema+json;version=draft-2020-12";

    public static JsonObject Build(IReadOnlyList<RecordSymbol> events, string title, string version, JsonNaming naming, Func<RecordSymbol, string> schemaPath)
    {
        var channels = new JsonObject();
        var operations = new JsonObject();
        var messages = new JsonObject();
        var examples = new ExampleBuilder(naming);
        foreach (var @event in events)
        {
            string key = @event.FullName;
            string address = @event.EventType ?? key;
            channels[key] = new JsonObject
            {
                ["address"] = address,
                ["title"] = MarkdownCatalogWriter.Title(@event.Name),
                ["messages"] = new JsonObject { [key] = new JsonObject { ["$ref"] = "#/components/messages/" + key } },
            };
            operations[key] = new JsonObject
            {
                ["action"] = "send",
                ["channel"] = new JsonObject { ["$ref"] = "#/channels/" + key },
                ["summary"] = $"Publishes {@event.Name} events.",
                ["messages"] = new JsonArray(new JsonObject { ["$ref"] = $"#/channels/{key}/messages/{key}" }),
            };
            var message = new JsonObject
            {
                ["name"] = @event.Name,
                ["title"] = MarkdownCatalogWriter.Title(@event.Name),
                ["contentType"] = "application/json",
                ["payload"] = new JsonObject
                {
                    ["schemaFormat"] = SchemaFormat,
                    ["schema"] = new JsonObject { ["$ref"] = schemaPath(@event) },
                },
            };
            if (examples.TryBuild(@event, out var reason) is { } example) message["examples"] = new JsonArray(new JsonObject { ["name"] = "example", ["payload"] = example });
            else message["x-eventschema-no-example"] = "No example payload meets every constraint: " + reason + ".";
            if (FirstLine(@event.Documentation) is { } summary) message["summary"] = summary;
            if (!string.IsNullOrWhiteSpace(@event.Documentation)) message["description"] = @event.Documentation;
            if (@event.DeprecationMessage is not null) message["deprecated"] = true;
            messages[key] = message;
        }

        return new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["info"] = new JsonObject
            {
                ["title"] = title,
                ["version"] = version,
                ["description"] = $"The {events.Count} events declared in the schema files, with payloads described by JSON Schema (draft 2020-12).",
            },
            ["defaultContentType"] = "application/json",
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject { ["messages"] = messages },
        };
    }

    private static string? FirstLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return text.Split('\n')[0].Trim();
    }
}
