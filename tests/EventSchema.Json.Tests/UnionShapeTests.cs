using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.Shapes;
using Corridor.Transport;
using Json.Schema;

namespace EventSchema.Json.Tests;

/// <summary>Unions written in place as a collection's items or a map's values: the same wire form and schema as any union.</summary>
public sealed class UnionShapeTests
{
    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static Port Baku => new() { Code = PortCode.From("AZBAK"), Name = "Baku" };

    private static Port Aktau => new() { Code = PortCode.From("KZAKX"), Name = "Aktau" };

    private static ConvoyPlanned Plan => new()
    {
        Legs =
        [
            new SeaLeg { From = Aktau, To = Baku, Vessel = "Merkuri-1", Containers = 80 },
            new RailLeg { From = Baku, To = Baku, Operator = "ADY", Wagons = 40 },
            new RoadLeg { From = Baku, To = Aktau },
        ],
        Departures = new Dictionary<string, ConvoyPlannedDeparturesValue?> { ["KZAKX"] = new SeaLeg { From = Aktau, To = Baku, Vessel = "Merkuri-1" }, ["GETBS"] = null },
        Alternatives = [[new RoadLeg { From = Aktau, To = Baku, Plate = "AZ-10" }, new RailLeg { From = Baku, To = Aktau, Operator = "KTZ", Wagons = 2 }]],
    };

    [Fact]
    public void Item_and_value_unions_round_trip_with_their_discriminators()
    {
        var plan = Plan;
        string json = plan.ToJson();
        var node = JsonNode.Parse(json)!;

        Assert.Equal(["sea", "rail", "road"], node["legs"]!.AsArray().Select(leg => leg!["mode"]!.GetValue<string>()));
        Assert.Equal("sea", node["departures"]!["KZAKX"]!["type"]!.GetValue<string>());
        Assert.Null(node["departures"]!["GETBS"]);
        Assert.Equal("road", node["alternatives"]![0]![0]!["type"]!.GetValue<string>());
        Assert.Equal(plan, ConvoyPlanned.FromJson(json));
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<ConvoyPlanned>(json)));
        Assert.Equal("Merkuri-1", plan.Legs[0].Match(rail => rail.Operator, sea => sea.Vessel, road => road.Plate ?? ""));
    }

    [Fact]
    public void Validation_and_unknown_discriminators_reach_into_items_with_their_paths()
    {
        var plan = Plan with { Legs = [new RailLeg { From = Baku, To = Aktau, Operator = new string('x', 0), Wagons = 1 }] };
        Assert.Contains(plan.Validate().Errors, error => error.Path == "legs[0].operator");

        var error = Assert.Throws<JsonException>(() => ConvoyPlanned.FromJson("""{"legs":[{"mode":"air"}]}"""));
        Assert.Equal("$.legs[0].mode", error.Path);
        Assert.Contains("'rail', 'sea', 'road'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"legs":[{"mode":"road","from":{"code":"AZBAK","name":"Baku"},"to":{"code":"AZBAK","name":"Baku"}}]}""", true)]
    [InlineData("""{"legs":[{"mode":"plane","from":{"code":"AZBAK","name":"Baku"},"to":{"code":"AZBAK","name":"Baku"}}]}""", false)]
    [InlineData("""{"legs":[{"from":{"code":"AZBAK","name":"Baku"},"to":{"code":"AZBAK","name":"Baku"}}]}""", false)]
    [InlineData("""{"legs":[],"departures":{"KZAKX":null,"AZBAK":{"type":"rail","from":{"code":"AZBAK","name":"Baku"},"to":{"code":"AZBAK","name":"Baku"},"operator":"ADY","wagons":0}}}""", false)]
    [InlineData("""{"legs":[],"departures":{"KZAKX":null,"AZBAK":{"type":"rail","from":{"code":"AZBAK","name":"Baku"},"to":{"code":"AZBAK","name":"Baku"},"operator":"ADY","wagons":3}}}""", true)]
    public void The_schema_of_item_unions_agrees_with_the_reader(string json, bool valid)
    {
        var schemaVerdict = JsonSchema.FromText(ConvoyPlanned.JsonSchema).Evaluate(JsonNode.Parse(json), Strict);
        bool readerVerdict;
        try
        {
            readerVerdict = ConvoyPlanned.FromJson(json).Validate().IsValid;
        }
        catch (JsonException)
        {
            readerVerdict = false;
        }
        Assert.Equal(valid, schemaVerdict.IsValid);
        Assert.Equal(valid, readerVerdict);
        var items = JsonNode.Parse(ConvoyPlanned.JsonSchema)!["properties"]!["legs"]!["items"]!["$ref"]!.GetValue<string>();
        Assert.Equal("#/$defs/Corridor.Shapes.ConvoyPlannedLegsItem", items);
    }

    [Fact]
    public void A_nested_unions_value_converts_matches_and_converts_back()
    {
        TransportLeg leg = new SeaLeg { From = Aktau, To = Baku, Vessel = "Merkuri-1" };
        AnyLeg any = leg;

        Assert.Equal(leg.Value, any.Value);
        Assert.Equal("sea", any.Discriminator);
        // One function per flattened member: the nested union's three and the ferry.
        Assert.Equal("Merkuri-1", any.Match(rail => rail.Operator, sea => sea.Vessel, road => road.Plate ?? "", ferry => ferry.Ferry));
        Assert.True(any.TryGetTransportLeg(out var back));
        Assert.Equal(leg, back);

        AnyLeg ferry = new FerryLeg { From = Baku, To = Aktau, Ferry = "Professor Gul" };
        Assert.False(ferry.TryGetTransportLeg(out _));
    }

    [Fact]
    public void A_union_of_unions_reads_and_writes_with_its_own_discriminator_and_flat_schema()
    {
        AnyLeg any = (TransportLeg)new RailLeg { From = Baku, To = Aktau, Operator = "ADY", Wagons = 3 };
        string json = any.ToJson();

        // AnyLeg's discriminator is 'type'; TransportLeg's 'mode' belongs to TransportLeg only.
        Assert.StartsWith("""{"type":"rail",""", json, StringComparison.Ordinal);
        Assert.Equal(any, AnyLeg.FromJson(json));
        Assert.Equal(any, JsonSerializer.Deserialize<AnyLeg>(JsonSerializer.Serialize(any)));
        var branches = JsonNode.Parse(AnyLeg.JsonSchema)!["oneOf"]!.AsArray().Select(branch => branch!["title"]!.GetValue<string>());
        Assert.Equal(["RailLeg", "SeaLeg", "RoadLeg", "FerryLeg"], branches);
        Assert.True(JsonSchema.FromText(AnyLeg.JsonSchema).Evaluate(JsonNode.Parse(json), Strict).IsValid);

        var exported = Language.Export.JsonSchemaExporter.Export(RepositoryFiles.Schemas.Declarations.Single(d => d.Name == nameof(AnyLeg)));
        Assert.Equal(AnyLeg.JsonSchema, exported);
        var error = Assert.Throws<JsonException>(() => AnyLeg.FromJson("""{"type":"air"}"""));
        Assert.Contains("'rail', 'sea', 'road', 'ferry'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_union_of_event_unions_takes_every_event_of_both()
    {
        CorridorEvent delayed = new ShipmentDelayed { Shipment = Guid.Empty, Hours = 2 };
        CorridorFeed feed = delayed;

        Assert.Equal(feed, CorridorFeed.FromEvent(new ShipmentDelayed { Shipment = Guid.Empty, Hours = 2 }));
        Assert.Equal(feed, CorridorFeed.FromJson(delayed.ToJson()));
        Assert.True(CorridorFeed.TryFromEvent(Plan, out var plan));
        Assert.False(plan.TryGetCorridorEvent(out _));
        Assert.True(feed.TryGetCorridorEvent(out var back));
        Assert.Equal(delayed, back);
    }

    [Fact]
    public void A_null_member_converts_to_a_null_union_and_the_try_methods_say_when_their_result_is_there()
    {
        RailLeg? none = null;
        TransportLeg? noLeg = null;

        AnyLeg? fromMember = none;
        AnyLeg? fromNested = noLeg;

        Assert.Null(fromMember);
        Assert.Null(fromNested);
        Assert.Throws<ArgumentNullException>(() => AnyLeg.From(none!));
        // NotNullWhen(true): no '!' is needed after a successful Try, and the compiler would warn without the check.
        Assert.True(CorridorFeed.TryFromEvent(Plan, out var plan));
        Assert.Equal(Plan, plan.Value);
        Assert.False(CorridorFeed.TryFromEvent(null, out var nothing));
        Assert.Null(nothing);
    }
}
