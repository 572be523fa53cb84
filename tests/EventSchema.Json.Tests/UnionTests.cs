using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.Transport;
using Diplomacy;
using EventSchema.Generated;
using Json.Schema;

namespace EventSchema.Json.Tests;

/// <summary>Unions on the wire: every branch through the generated reader and writer and JsonSerializer, the discriminator's errors, and the exported schema.</summary>
public sealed class UnionTests
{
    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static Port Baku => new() { Code = PortCode.From("AZBAK"), Name = "Baku International Sea Trade Port" };

    private static Port Aktau => new() { Code = PortCode.From("KZAKX"), Name = "Aktau" };

    private static Port Tbilisi => new() { Code = PortCode.From("GETBS"), Name = "Tbilisi" };

    public static IEnumerable<TransportLeg> Legs =>
    [
        new RailLeg { From = Baku, To = Tbilisi, Operator = "ADY", Wagons = 40 },
        new SeaLeg { From = Aktau, To = Baku, Vessel = "Merkuri-1", Containers = 120 },
        new RoadLeg { From = Tbilisi, To = Baku, Plate = "AZ-10-XY-123" },
    ];

    public static TheoryData<int> LegIndexes => new(Enumerable.Range(0, 3));

    public static IEnumerable<CorridorEvent> CorridorEvents =>
    [
        new CargoCorridorAgreed { Origin = Aktau, Destination = Baku, Parties = ["Azerbaijan", "Kazakhstan"], AgreedOn = new DateOnly(2025, 4, 17) },
        new TariffChanged { Route = "Aktau-Baku-Poti", Amount = 1250.50m, Currency = "USD", Unit = TariffUnit.Container, EffectiveFrom = new DateOnly(2025, 5, 1) },
        new ShipmentDispatched { Shipment = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), Leg = (RailLeg)Legs.First().Value, DispatchedAt = new DateTimeOffset(2025, 4, 17, 9, 30, 0, TimeSpan.FromHours(4)) },
        new ShipmentDelayed { Shipment = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), Leg = Legs.Skip(1).First(), Hours = 6, Reason = "Storm on the Caspian" },
    ];

    public static TheoryData<int> CorridorIndexes => new(Enumerable.Range(0, 4));

    [Theory]
    [MemberData(nameof(LegIndexes))]
    public void Every_leg_round_trips_through_the_generated_reader_and_writer(int index)
    {
        var leg = Legs.ElementAt(index);
        string json = leg.ToJson();

        Assert.StartsWith("{\"mode\":\"" + leg.Discriminator + "\"", json, StringComparison.Ordinal);
        Assert.Equal(leg, TransportLeg.FromJson(json));
        Assert.True(leg.Validate().IsValid);
    }

    [Theory]
    [MemberData(nameof(LegIndexes))]
    public void Every_leg_round_trips_through_JsonSerializer(int index)
    {
        var leg = Legs.ElementAt(index);
        string json = JsonSerializer.Serialize(leg);

        Assert.Equal(leg.ToJson(), json);
        Assert.Equal(leg, JsonSerializer.Deserialize<TransportLeg>(json));
    }

    [Theory]
    [MemberData(nameof(CorridorIndexes))]
    public void Every_corridor_event_round_trips_with_its_event_type_as_discriminator(int index)
    {
        var value = CorridorEvents.ElementAt(index);
        string json = value.ToJson();
        var eventType = ((IEvent)value.Value).EventType;

        Assert.Equal(eventType, JsonNode.Parse(json)!["type"]!.GetValue<string>());
        Assert.Equal(value, CorridorEvent.FromJson(json));
        Assert.Equal(value, JsonSerializer.Deserialize<CorridorEvent>(JsonSerializer.Serialize(value)));
    }

    [Fact]
    public void An_in_place_union_field_round_trips_inside_its_event()
    {
        var dispatched = (ShipmentDispatched)CorridorEvents.ElementAt(2).Value;
        string json = dispatched.ToJson();

        Assert.Contains("\"leg\":{\"mode\":\"rail\",", json, StringComparison.Ordinal);
        Assert.Equal(dispatched, ShipmentDispatched.FromJson(json));
        Assert.IsType<ShipmentDispatchedLeg>(dispatched.Leg);
    }

    [Fact]
    public void The_discriminator_may_come_after_the_members_properties()
    {
        const string json = """{"from":{"code":"AZBAK","name":"Baku"},"to":{"code":"GETBS","name":"Tbilisi"},"vessel":"Merkuri-1","mode":"sea"}""";

        var leg = TransportLeg.FromJson(json, new EventJsonOptions { UnknownProperties = UnknownPropertyHandling.Reject });

        Assert.Equal("Merkuri-1", leg.Match(rail => rail.Operator, sea => sea.Vessel, road => road.Plate ?? string.Empty));
    }

    [Theory]
    [InlineData("""{"mode":"air","from":{"code":"AZBAK","name":"Baku"}}""", "The value 'air' of 'mode' names no member of TransportLeg; expected one of: 'rail', 'sea', 'road'. Path: $.mode.")]
    [InlineData("""{"from":{"code":"AZBAK","name":"Baku"}}""", "Missing the property 'mode' that says which member of TransportLeg the object is; expected one of: 'rail', 'sea', 'road'. Path: $.mode.")]
    [InlineData("""{"mode":3}""", "The property 'mode' of TransportLeg must be a string, not a number; expected one of: 'rail', 'sea', 'road'. Path: $.mode.")]
    [InlineData("""{"mode":"sea","mode":"rail"}""", "The property appears more than once in the object; each property may be given only once. Path: $.mode.")]
    public void A_bad_discriminator_is_a_JsonException_naming_the_known_values(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => TransportLeg.FromJson(json));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_bad_discriminator_inside_an_event_has_the_fields_path()
    {
        const string json = """{"shipment":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","leg":{"mode":"air"},"hours":2}""";

        var error = Assert.Throws<JsonException>(() => ShipmentDelayed.FromJson(json));

        Assert.Equal("$.leg.mode", error.Path);
    }

    [Fact]
    public void Validation_reaches_into_the_member()
    {
        // Breaks the schema on purpose, to see where validation reports it.
#pragma warning disable ES1002
        TransportLeg leg = new RailLeg { From = Baku, To = Tbilisi, Operator = "", Wagons = 0 };
#pragma warning restore ES1002
        var delayed = new ShipmentDelayed { Shipment = Guid.Empty, Leg = leg, Hours = 1 };

        var errors = delayed.Validate().Errors.Select(e => e.Path).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["leg.operator", "leg.wagons"], errors);
        var read = Assert.Throws<JsonException>(() => ShipmentDelayed.FromJson(delayed.ToJson(), new EventJsonOptions { ValidateOnRead = true }));
        Assert.StartsWith("$.leg.", read.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void One_event_can_belong_to_two_unions_and_the_catalog_reads_a_stream_as_a_union()
    {
        var credentials = SeedEvents.CredentialsPresented;
        DiplomaticEvent asDiplomatic = credentials;
        string cloudEvent = GeneratedEventCatalog.Instance.ToCloudEventJson(new EventEnvelope(credentials, "id-1", "/news"));

        var read = DiplomaticEvent.FromEvent(GeneratedEventCatalog.Instance.ReadCloudEvent(cloudEvent).Data);

        Assert.Equal(asDiplomatic, read);
        Assert.False(CorridorEvent.TryFromEvent(credentials, out _));
        Assert.Throws<ArgumentException>(() => CorridorEvent.FromEvent(credentials));
    }

    public static TheoryData<string, string> UnionPayloads()
    {
        var data = new TheoryData<string, string>();
        foreach (var leg in Legs) data.Add(nameof(TransportLeg), leg.ToJson());
        foreach (var value in CorridorEvents) data.Add(nameof(CorridorEvent), value.ToJson());
        data.Add(nameof(TransportLeg), """{"mode":"road","from":{"code":"AZBAK","name":"Baku"},"to":{"code":"GETBS","name":"Tbilisi"}}""");
        data.Add(nameof(TransportLeg), """{"mode":"road","from":{"code":"AZBAK","name":"Baku"},"to":{"code":"GETBS","name":"Tbilisi"},"plate":"no spaces!"}""");
        data.Add(nameof(TransportLeg), """{"mode":"air","from":{"code":"AZBAK","name":"Baku"},"to":{"code":"GETBS","name":"Tbilisi"}}""");
        data.Add(nameof(TransportLeg), """{"from":{"code":"AZBAK","name":"Baku"},"to":{"code":"GETBS","name":"Tbilisi"}}""");
        data.Add(nameof(TransportLeg), """{"mode":"rail","from":{"code":"AZBAK","name":"Baku"},"to":{"code":"GETBS","name":"Tbilisi"},"vessel":"x"}""");
        data.Add(nameof(TransportLeg), """{"mode":"sea","from":{"code":"AZBAK","name":"Baku"},"to":{"code":"GETBS","name":"Tbilisi"},"vessel":"x","containers":-1}""");
        data.Add(nameof(TransportLeg), """{"mode":"type","vessel":"x"}""");
        data.Add(nameof(TransportLeg), "[]");
        data.Add(nameof(CorridorEvent), """{"type":"corridor.transport.tariff-changed.v1","route":"r","amount":-1,"currency":"USD","unit":"per-container","effectiveFrom":"2025-05-01"}""");
        data.Add(nameof(CorridorEvent), """{"type":"corridor.transport.tariff-changed.v2","route":"r","amount":1,"currency":"USD","unit":"per-container","effectiveFrom":"2025-05-01"}""");
        return data;
    }

    [Theory]
    [MemberData(nameof(UnionPayloads))]
    public void The_union_schema_agrees_with_reading_and_validating(string union, string json)
        => AssertAgreement(union, json);

    [Fact]
    public void Random_legs_round_trip_and_validate_alike_in_CSharp_and_JSON_Schema()
    {
        // Bounded: a fixed seed and count keep this to well under a second, and the same cases on every run.
        var random = new Random(20250417);
        string[] texts = ["", "ADY", "Merkuri-1", "AZ-10-XY-123", "no spaces!", new string('x', 81), "Баку"];
        for (int i = 0; i < 200; i++)
        {
            Port RandomPort() => new() { Code = PortCode.From(random.Next(2) == 0 ? "AZBAK" : "GEPTI"), Name = texts[random.Next(texts.Length)] };
            TransportLeg leg = random.Next(3) switch
            {
                0 => new RailLeg { From = RandomPort(), To = RandomPort(), Operator = texts[random.Next(texts.Length)], Wagons = random.Next(-2, 3) },
                1 => new SeaLeg { From = RandomPort(), To = RandomPort(), Vessel = texts[random.Next(texts.Length)], Containers = random.Next(-2, 3) },
                _ => new RoadLeg { From = RandomPort(), To = RandomPort(), Plate = random.Next(3) == 0 ? null : texts[random.Next(texts.Length)] },
            };
            string json = leg.ToJson();
            var reread = TransportLeg.FromJson(json, new EventJsonOptions { ValidateOnRead = false });

            Assert.Equal(leg, reread);
            AssertAgreement(nameof(TransportLeg), json);
            Assert.Equal(leg.Validate().IsValid, Evaluate(nameof(TransportLeg), json).IsValid);
        }
    }

    [Fact]
    public void Union_schemas_are_valid_draft_2020_12_and_the_front_ends_export()
    {
        foreach (var (name, text) in new[] { (nameof(TransportLeg), TransportLeg.JsonSchema), (nameof(CorridorEvent), CorridorEvent.JsonSchema), (nameof(DiplomaticEvent), DiplomaticEvent.JsonSchema) })
        {
            Assert.True(MetaSchemas.Draft202012.Evaluate(JsonNode.Parse(text), Strict).IsValid, name);
            var declaration = RepositoryFiles.Schemas.Declarations.Single(d => d.Name == name);
            Assert.Equal(Language.Export.JsonSchemaExporter.Export(declaration), text);
        }
    }

    private static EvaluationResults Evaluate(string union, string json)
        => JsonSchema.FromText(union == nameof(TransportLeg) ? TransportLeg.JsonSchema : CorridorEvent.JsonSchema).Evaluate(JsonNode.Parse(json), Strict);

    private static void AssertAgreement(string union, string json)
    {
        var schemaVerdict = Evaluate(union, json);
        bool readerVerdict;
        string reason;
        try
        {
            IValidatable value = union == nameof(TransportLeg) ? TransportLeg.FromJson(json) : CorridorEvent.FromJson(json);
            var validation = value.Validate();
            readerVerdict = validation.IsValid;
            reason = validation.ToString();
        }
        catch (JsonException error)
        {
            readerVerdict = false;
            reason = error.Message;
        }
        Assert.True(schemaVerdict.IsValid == readerVerdict, $"{json}: JSON Schema says {(schemaVerdict.IsValid ? "valid" : "invalid")}; the reader says {reason}");
    }
}
