using System.Text.Json.Nodes;
using Json.Schema;

namespace EventSchema.Cli.Tests;

/// <summary>The export of the Middle Corridor schemas: spread fields copied, item and key rules, nullable items, collection defaults.</summary>
public class CorridorExportTests
{
    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Fact]
    public void Json_schema_export_states_item_rules_key_types_and_collection_defaults()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(CliRunner.RepoRoot, "export", "jsonschema", "schemas/corridor", "-o", folder.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (string file in Directory.GetFiles(folder.Path, "*.schema.json"))
        {
            Assert.True(MetaSchemas.Draft202012.Evaluate(JsonNode.Parse(File.ReadAllText(file)), Strict).IsValid, file);
        }
        var booked = JsonNode.Parse(folder.Read("Corridor.Trade.CargoBooked.schema.json"))!["properties"]!;
        // The spread record's fields are the event's own properties: one flat object, no allOf.
        Assert.Equal("The outlets that reported it, such as \"Trend\" or \"Kazinform\".", (string?)booked["sources"]!["description"]);
        Assert.Equal(80, (int?)booked["sources"]!["items"]!["maxLength"]);
        Assert.Equal("""["string","null"]""", booked["containers"]!["items"]!["type"]!.ToJsonString());
        Assert.Equal("[]", booked["containers"]!["default"]!.ToJsonString());
        Assert.Equal("{}", booked["weights"]!["default"]!.ToJsonString());
        string longKey = (string)booked["weights"]!["propertyNames"]!["pattern"]!;
        var weights = JsonSchema.FromText(booked["weights"]!.ToJsonString());
        Assert.True(weights.Evaluate(JsonNode.Parse("""{"-9223372036854775808": 1, "9223372036854775807": 2, "0": 3}"""), Strict).IsValid, longKey);
        Assert.False(weights.Evaluate(JsonNode.Parse("""{"9223372036854775808": 1}"""), Strict).IsValid, longKey);
        Assert.False(weights.Evaluate(JsonNode.Parse("""{"01": 1}"""), Strict).IsValid, longKey);
        Assert.False(weights.Evaluate(JsonNode.Parse("""{"-0": 1}"""), Strict).IsValid, longKey);
        Assert.Equal("uuid", (string?)booked["declarations"]!["propertyNames"]!["format"]);

        var tariff = JsonNode.Parse(folder.Read("Corridor.Trade.TariffChanged.schema.json"))!;
        Assert.Equal("#/$defs/Corridor.Trade.CargoKind", (string?)tariff["properties"]!["rates"]!["propertyNames"]!["$ref"]);
        Assert.Equal(5, (int?)tariff["properties"]!["byDestination"]!["propertyNames"]!["maxLength"]);
    }

    [Fact]
    public void Markdown_export_shows_key_types_and_examples_that_meet_the_schema()
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.Run(CliRunner.RepoRoot, "export", "markdown", "schemas/corridor", "-o", folder.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        string markdown = folder.Read("events.md");
        // Examples are for people: an offset keeps its '+' instead of a \u002B escape.
        Assert.Contains("\"dispatchedAt\": \"2025-04-17T10:30:00+04:00\"", markdown);
        Assert.DoesNotContain("\\u002B", markdown);
        Assert.Contains("map&lt;[CargoKind](#corridortradecargokind), `decimal`?&gt;", markdown);
        Assert.Contains("list&lt;`string`?&gt;", markdown);
        Assert.Contains("no (default `[]`)", markdown);
    }
}
