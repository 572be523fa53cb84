using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Language.Export;
using Json.Schema;
using JsonCoverage;

namespace EventSchema.Json.Tests;

public sealed class JsonSchemaTests
{
    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> EventTypes => new(GeneratedEventCatalog.Instance.Events.Select(e => e.EventType));

    [Fact]
    public void The_schemas_compile_without_errors()
    {
        Assert.DoesNotContain(RepositoryFiles.Schemas.Diagnostics, d => d.IsError);
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_event_schema_is_valid_draft_2020_12(string eventType)
    {
        var schemaText = GeneratedEventCatalog.Instance.Find(eventType)!.JsonSchema;

        var result = MetaSchemas.Draft202012.Evaluate(JsonNode.Parse(schemaText), Strict);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(JsonSchemaExporter.Draft202012, JsonNode.Parse(schemaText)!["$schema"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void The_generated_schema_is_the_front_ends_export(string eventType)
    {
        var info = GeneratedEventCatalog.Instance.Find(eventType)!;
        var declaration = RepositoryFiles.Schemas.Declarations.Single(d => d is Language.Semantics.RecordSymbol { EventType: { } t } && t == eventType);

        Assert.Equal(JsonSchemaExporter.Export(declaration), info.JsonSchema);
    }

    public static TheoryData<string> ComposedSchemaTypes => new(GeneratedSchemaTypes.Instance.Types
        .Where(type => type.JsonSchema is not null && RepositoryFiles.Schemas.GetDeclaration(type.SchemaName) is Language.Semantics.RecordSymbol or Language.Semantics.UnionSymbol)
        .Select(type => type.SchemaName));

    /// <summary>
    /// Records and unions join their schema from entries their generated source keeps once; the joined text must be the
    /// front end's, references back to the type itself (written <c>#</c>) included.
    /// </summary>
    [Theory]
    [MemberData(nameof(ComposedSchemaTypes))]
    public void Every_joined_schema_is_the_front_ends_export(string schemaName)
    {
        var info = GeneratedSchemaTypes.Instance.Types.Single(type => type.SchemaName == schemaName);

        Assert.Equal(JsonSchemaExporter.Export(RepositoryFiles.Schemas.GetDeclaration(schemaName)!), info.JsonSchema);
    }

    [Fact]
    public void A_recursive_record_refers_to_itself_as_the_root()
    {
        var schema = JsonNode.Parse(JsonRecursion.Ambassador.JsonSchema)!;

        Assert.Equal("#", schema["properties"]!["deputy"]!["anyOf"]![0]!["$ref"]!.GetValue<string>());
        Assert.Equal("#", schema["$defs"]!["JsonRecursion.Embassy"]!["properties"]!["ambassador"]!["anyOf"]![0]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/$defs/JsonRecursion.Embassy", schema["$defs"]!["JsonRecursion.Embassy"]!["properties"]!["annexes"]!["items"]!["$ref"]!.GetValue<string>());
        Assert.True(MetaSchemas.Draft202012.Evaluate(schema, Strict).IsValid);
        Assert.Same(JsonRecursion.Ambassador.JsonSchema, JsonRecursion.Ambassador.JsonSchema);
    }

    [Fact]
    public void The_schema_text_is_stable()
    {
        Snapshot.Match(CredentialsPresented.JsonSchema + "\n", "CredentialsPresented", "schema.json");
        Snapshot.Match(EveryType.JsonSchema + "\n", "EveryType", "schema.json");
    }

    [Fact]
    public void Every_constraint_is_expressed()
    {
        var schema = JsonNode.Parse(EveryType.JsonSchema)!;
        var properties = schema["properties"]!;
        var defs = schema["$defs"]!;

        Assert.Equal(-5, properties["small"]!["minimum"]!.GetValue<int>());
        Assert.Equal(5, properties["small"]!["maximum"]!.GetValue<int>());
        Assert.Equal(0, properties["amount"]!["exclusiveMinimum"]!.GetValue<int>());
        Assert.Equal(3, properties["leaves"]!["maxItems"]!.GetValue<int>());
        Assert.True(properties["tags"]!["uniqueItems"]!.GetValue<bool>());
        Assert.Equal("date", properties["day"]!["format"]!.GetValue<string>());
        Assert.Equal("time", properties["at"]!["format"]!.GetValue<string>());
        Assert.Equal("date-time", properties["moment"]!["format"]!.GetValue<string>());
        Assert.Equal("duration", properties["span"]!["format"]!.GetValue<string>());
        Assert.Equal("uuid", properties["id"]!["format"]!.GetValue<string>());
        Assert.Equal("uri-reference", properties["link"]!["format"]!.GetValue<string>());
        Assert.Equal(7, properties["counter"]!["default"]!.GetValue<int>());
        Assert.NotNull(properties["renamed-field"]);
        Assert.Equal("#/$defs/JsonCoverage.Percent", properties["percent"]!["$ref"]!.GetValue<string>());
        Assert.Equal(100, defs["JsonCoverage.Percent"]!["maximum"]!.GetValue<int>());
        Assert.Equal("^[a-z]+$", defs["JsonCoverage.Slug"]!["pattern"]!.GetValue<string>());
        Assert.Equal(16, defs["JsonCoverage.Slug"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(["low", "MEDIUM", "très haut"], defs["JsonCoverage.Level"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(1, defs["JsonCoverage.Leaf"]!["properties"]!["label"]!["minLength"]!.GetValue<int>());
        Assert.Contains("text", schema["required"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.DoesNotContain("counter", schema["required"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("One field of every kind the language has, to exercise every reader and writer.", schema["description"]!.GetValue<string>());
    }

    public static TheoryData<string, string> Payloads()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, evt) in SeedEvents.All) data.Add(evt.EventType, JsonSerializer.Serialize(evt, evt.GetType()));

        var credentials = SeedEvents.CredentialsPresented.ToJson();
        void Credentials(string from, string to) => data.Add(CredentialsPresented.EventType, credentials.Replace(from, to));
        Credentials("\"place\":\"Baku\"", "\"place\":\"" + new string('B', 200) + "\"");
        Credentials("\"place\":\"Baku\"", "\"place\":\"" + new string('B', 201) + "\"");
        Credentials("\"place\":\"Baku\"", "\"place\":null");
        Credentials("\"place\":\"Baku\",", string.Empty);
        Credentials("\"outlet\":\"News.Az\"", "\"outlet\":\"\"");
        Credentials("[{\"outlet\":\"News.Az\",\"citing\":\"AZERTAC\"}]", "[]");
        Credentials("\"country\":\"CN\"", "\"country\":\"cn\"");
        Credentials("\"country\":\"CN\"", "\"country\":\"CHN\"");
        Credentials("\"name\":\"Lu Mei\"", "\"name\":\"\"");
        Credentials("\"title\":\"Ambassador\"", "\"title\":\"" + new string('t', 121) + "\"");
        Credentials("\"title\":\"Ambassador\",", string.Empty);
        Credentials("\"occurredOn\":\"2025-04-17\"", "\"occurredOn\":\"2025-04-31\"");
        Credentials("\"occurredOn\":\"2025-04-17\",", string.Empty);
        Credentials("\"occurredOn\":\"2025-04-17\"", "\"occurredOn\":20250417");
        Credentials("\"citing\":\"AZERTAC\"", "\"citing\":\"AZERTAC\",\"url\":\"https://azertac.az/en\"");
        Credentials("\"place\":", "\"unknown\":[1,2],\"place\":");

        var partnership = SeedEvents.PartnershipRecalled.ToJson();
        data.Add(PartnershipRecalled.EventType, partnership.Replace("2024", "1990"));
        data.Add(PartnershipRecalled.EventType, partnership.Replace("2024", "2100"));
        data.Add(PartnershipRecalled.EventType, partnership.Replace("2024", "2101"));
        data.Add(PartnershipRecalled.EventType, partnership.Replace("2024", "2024.5"));

        var cooperation = SeedEvents.CooperationHighlighted.ToJson();
        data.Add(CooperationHighlighted.EventType, cooperation.Replace("[\"political\",", "[\"political\",\"political\","));
        data.Add(CooperationHighlighted.EventType, cooperation.Replace("\"political\"", "\"military\""));
        data.Add(CooperationHighlighted.EventType, cooperation.Replace("\"notes\":{\"partnership\":\"strategic\"},", string.Empty));
        data.Add(CooperationHighlighted.EventType, cooperation.Replace("\"notes\":{\"partnership\":\"strategic\"}", "\"notes\":{\"partnership\":3}"));

        var integrity = SeedEvents.IntegritySupportAffirmed.ToJson();
        data.Add(IntegritySupportAffirmed.EventType, integrity.Replace("[\"territorial-integrity\",", "[\"sovereignty\","));

        // An event holding a union: each branch, a discriminator that is missing, unknown or late, and broken members.
        const string port = "{\"code\":\"AZBAK\",\"name\":\"Baku\"}";
        void Dispatched(string leg) => data.Add(Corridor.Transport.ShipmentDispatched.EventType,
            "{\"shipment\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"leg\":" + leg + ",\"dispatchedAt\":\"2025-04-17T09:30:00+04:00\"}");
        Dispatched("{\"mode\":\"rail\",\"from\":" + port + ",\"to\":" + port + ",\"operator\":\"ADY\",\"wagons\":40}");
        Dispatched("{\"mode\":\"sea\",\"from\":" + port + ",\"to\":" + port + ",\"vessel\":\"Merkuri-1\"}");
        Dispatched("{\"mode\":\"road\",\"from\":" + port + ",\"to\":" + port + "}");
        Dispatched("{\"from\":" + port + ",\"to\":" + port + ",\"mode\":\"road\"}");
        Dispatched("{\"from\":" + port + ",\"to\":" + port + "}");
        Dispatched("{\"mode\":\"air\",\"from\":" + port + ",\"to\":" + port + "}");
        Dispatched("{\"mode\":\"rail\",\"from\":" + port + ",\"to\":" + port + ",\"operator\":\"ADY\",\"wagons\":0}");
        Dispatched("{\"mode\":\"rail\",\"from\":" + port + ",\"to\":" + port + ",\"vessel\":\"Merkuri-1\"}");
        Dispatched("null");

        var every = CoverageSamples.Full.ToJson();
        var minimal = CoverageSamples.MinimalJson;
        var everyType = EveryType.EventType;
        data.Add(everyType, every);
        data.Add(everyType, minimal);
        foreach (var (from, to) in new[]
        {
            ("\"small\":0", "\"small\":5"), ("\"small\":0", "\"small\":-6"), ("\"amount\":1", "\"amount\":0"), ("\"amount\":1", "\"amount\":0.001"),
            ("\"percent\":0", "\"percent\":-1"), ("\"leaves\":[]", "\"leaves\":[{\"label\":\"a\"},{\"label\":\"b\"},{\"label\":\"c\"},{\"label\":\"d\"}]"),
            ("\"leaf\":{\"label\":\"x\"}", "\"leaf\":{\"label\":\"x\",\"weight\":null}"), ("\"leaf\":{\"label\":\"x\"}", "\"leaf\":{\"label\":\"\"}"),
            ("\"tags\":[]", "\"tags\":[\"a\",\"a\"]"), ("\"level\":\"low\"", "\"level\":\"très haut\""), ("\"level\":\"low\"", "\"level\":\"High\""),
            ("\"big\":0", "\"big\":9223372036854775808"), ("\"moment\":\"2025-04-17T00:00:00Z\"", "\"moment\":\"2025-04-17T00:00:00+04:00\""),
            ("\"id\":\"00000000-0000-0000-0000-000000000000\"", "\"id\":\"00000000-0000-0000-0000-00000000000g\""),
            ("\"span\":\"PT0S\"", "\"span\":\"P1Y2M\""), ("\"span\":\"PT0S\"", "\"span\":\"P2D1Y\""),
            ("\"at\":\"00:00:00Z\"", "\"at\":\"08:30:06+00:20\""), ("\"at\":\"00:00:00Z\"", "\"at\":\"08:30:06\""),
            ("\"moment\":\"2025-04-17T00:00:00Z\"", "\"moment\":\"1998-12-31t23:59:60z\""), ("\"link\":\"/relative\"", "\"link\":\"/foo bar\""), ("\"day\":\"2025-04-17\"", "\"day\":\"2024-02-29\""), ("\"day\":\"2025-04-17\"", "\"day\":\"2025-02-29\""),
        })
        {
            data.Add(everyType, minimal.Replace(from, to));
        }
        data.Add(everyType, minimal.Replace("\"text\":\"\",", string.Empty));
        data.Add(everyType, minimal.Replace("\"flag\":false", "\"flag\":null"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void The_schema_agrees_with_reading_and_validating(string eventType, string json)
    {
        var info = GeneratedEventCatalog.Instance.Find(eventType)!;
        var schema = JsonSchema.FromText(info.JsonSchema);

        var schemaVerdict = schema.Evaluate(JsonNode.Parse(json), Strict);
        bool readerVerdict;
        string reason;
        try
        {
            var evt = GeneratedEventCatalog.Instance.ReadEvent(eventType, System.Text.Encoding.UTF8.GetBytes(json));
            var validation = evt.Validate();
            readerVerdict = validation.IsValid;
            reason = validation.ToString();
        }
        catch (JsonException error)
        {
            readerVerdict = false;
            reason = error.Message;
        }

        Assert.True(schemaVerdict.IsValid == readerVerdict, $"JSON Schema says {(schemaVerdict.IsValid ? "valid" : "invalid: " + Describe(schemaVerdict))}; reader and Validate() say {reason}");
    }

    // Where JSON Schema 2020-12 only annotates `format` (its default), the exported patterns alone hold clock and calendar
    // ranges: a validator that skips formats still refuses what no reader takes.
    [Theory]
    [InlineData("\"at\":\"24:00:00Z\"", false)]
    [InlineData("\"at\":\"08:60:00Z\"", false)]
    [InlineData("\"at\":\"08:30:61Z\"", false)]
    [InlineData("\"at\":\"08:30:06+24:00\"", false)]
    [InlineData("\"at\":\"08:30:06-05:60\"", false)]
    [InlineData("\"at\":\"23:59:59.9999999-23:59\"", true)]
    [InlineData("\"day\":\"2025-13-01\"", false)]
    [InlineData("\"day\":\"2025-00-10\"", false)]
    [InlineData("\"day\":\"2025-01-32\"", false)]
    [InlineData("\"day\":\"2025-12-31\"", true)]
    [InlineData("\"moment\":\"2025-04-17T24:00:00Z\"", false)]
    [InlineData("\"moment\":\"2025-04-00T10:00:00Z\"", false)]
    [InlineData("\"moment\":\"1998-12-31T23:59:60Z\"", true)]
    public void Without_format_assertion_the_patterns_hold_clock_and_calendar_ranges(string value, bool valid)
    {
        string name = value[..value.IndexOf(':')];
        string json = System.Text.RegularExpressions.Regex.Replace(CoverageSamples.MinimalJson, name + ":\"[^\"]*\"", value);
        Assert.NotEqual(CoverageSamples.MinimalJson, json);
        var schema = JsonSchema.FromText(GeneratedEventCatalog.Instance.Find(EveryType.EventType)!.JsonSchema);

        var annotated = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        bool read;
        try
        {
            read = EveryType.FromJson(json).Validate().IsValid;
        }
        catch (JsonException)
        {
            read = false;
        }

        Assert.Equal(valid, read);
        Assert.True(annotated.IsValid == valid, Describe(annotated));
    }

    [Fact]
    public void Wire_names_follow_the_naming_option()
    {
        var official = (Language.Semantics.RecordSymbol)RepositoryFiles.Schemas.GetDeclaration("Diplomacy.RegardsConveyed")!;

        var snake = JsonNode.Parse(JsonSchemaExporter.Export(official, new JsonSchemaOptions { Naming = JsonNaming.SnakeCase }))!;
        var kebab = JsonNode.Parse(JsonSchemaExporter.Export(official, new JsonSchemaOptions { Naming = JsonNaming.KebabCase, Indented = false }))!;

        Assert.NotNull(snake["properties"]!["occurred_on"]);
        Assert.NotNull(snake["properties"]!["thankedForGreetings"]);
        Assert.NotNull(kebab["properties"]!["occurred-on"]);
    }

    [Theory]
    [InlineData("receivedBy", JsonNaming.CamelCase, "receivedBy")]
    [InlineData("ReceivedBy", JsonNaming.CamelCase, "receivedBy")]
    [InlineData("receivedBy", JsonNaming.SnakeCase, "received_by")]
    [InlineData("receivedBy", JsonNaming.KebabCase, "received-by")]
    [InlineData("HTTPStatus", JsonNaming.SnakeCase, "http_status")]
    [InlineData("utf8Name", JsonNaming.SnakeCase, "utf8_name")]
    [InlineData("Area51Report", JsonNaming.KebabCase, "area51-report")]
    [InlineData("already_snake", JsonNaming.CamelCase, "alreadySnake")]
    [InlineData("name", JsonNaming.AsWritten, "name")]
    public void Names_convert_word_by_word(string name, JsonNaming naming, string expected)
    {
        Assert.Equal(expected, JsonNames.Convert(name, naming));
    }

    private static string Describe(EvaluationResults results)
        => string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));
}
