using System.Text.Json;
using Diplomacy;
using EventSchema.Generated;

namespace EventSchema.Json.Tests;

public sealed class EnvelopeTests
{
    private static readonly EventCatalog Catalog = GeneratedEventCatalog.Instance;

    private static EventEnvelope Envelope(IEvent evt) => new(evt, "b5b0a1f4-6c1e-4f55-9d4c-1f0ad3f0c001", "/newsroom/news.az")
    {
        Time = new DateTimeOffset(2025, 4, 17, 12, 0, 0, TimeSpan.FromHours(4)),
        Subject = "credentials",
    };

    [Fact]
    public void The_catalog_lists_every_event_of_the_compilation()
    {
        var types = Catalog.Events.Select(e => e.EventType).ToList();

        Assert.Contains("diplomacy.credentials-presented.v3", types);
        Assert.Contains("diplomacy.integrity-support-affirmed.v1", types);
        Assert.Contains("diplomacy.news.report-published.v2", types);
        Assert.Equal(typeof(CredentialsPresented), Catalog.Find("diplomacy.credentials-presented.v3")!.ClrType);
        Assert.Equal(2, Catalog.Find(typeof(Diplomacy.News.ReportPublished))!.SchemaVersion);
        Assert.Equal(CredentialsPresented.JsonSchema, Catalog.Find(typeof(CredentialsPresented))!.JsonSchema);
        Assert.All(SeedEvents.All.Values, evt => Assert.NotNull(Catalog.Find(evt.GetType())));
    }

    [Theory]
    [MemberData(nameof(SeedEvents.Names), MemberType = typeof(SeedEvents))]
    public void Every_seed_event_travels_in_an_envelope(string name)
    {
        var envelope = Envelope(SeedEvents.All[name]);

        var json = Catalog.ToCloudEventJson(envelope);
        var back = Catalog.ReadCloudEvent(json);

        Assert.Equal(envelope.Data, back.Data);
        Assert.IsType(envelope.Data.GetType(), back.Data);
        Assert.Equal(envelope.Id, back.Id);
        Assert.Equal(envelope.Source, back.Source);
        Assert.Equal(envelope.Type, back.Type);
        Assert.Equal(envelope.Time, back.Time);
        Assert.Equal(envelope.Subject, back.Subject);
    }

    [Fact]
    public void The_envelope_is_cloudevents_structured_json()
    {
        var json = Catalog.ToCloudEventJson(Envelope(SeedEvents.GreetingsConveyed));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("1.0", root.GetProperty("specversion").GetString());
        Assert.Equal("diplomacy.greetings-conveyed.v1", root.GetProperty("type").GetString());
        Assert.Equal("/newsroom/news.az", root.GetProperty("source").GetString());
        Assert.Equal("2025-04-17T12:00:00+04:00", root.GetProperty("time").GetString());
        Assert.Equal("application/json", root.GetProperty("datacontenttype").GetString());
        Assert.Equal("Xi Jinping", root.GetProperty("data").GetProperty("from").GetProperty("name").GetString());
        Snapshot.Match(json + "\n", "GreetingsConveyed");
    }

    [Fact]
    public void Data_before_type_is_read_once_the_type_is_known()
    {
        var data = SeedEvents.CredentialsPresented.ToJson();
        var json = "{\"data\":" + data + ",\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"diplomacy.credentials-presented.v3\"}";

        var envelope = Catalog.ReadCloudEvent(json);

        Assert.Equal(SeedEvents.CredentialsPresented, envelope.Data);
        Assert.Null(envelope.Time);
    }

    [Fact]
    public void Extension_attributes_survive_a_round_trip()
    {
        var envelope = new EventEnvelope(SeedEvents.CredentialsPresented, "1", "/s")
        {
            Extensions = new Dictionary<string, object> { ["traceparent"] = "00-abc-01", ["sequence"] = 42, ["replayed"] = true },
        };

        var back = Catalog.ReadCloudEvent(Catalog.ToCloudEventUtf8(envelope));

        Assert.Equal("00-abc-01", back.Extensions["traceparent"]);
        Assert.Equal(42, back.Extensions["sequence"]);
        Assert.Equal(true, back.Extensions["replayed"]);
    }

    [Theory]
    [InlineData("Bad-Name", "$['Bad-Name']")]
    [InlineData("traceParent", "$.traceParent")]
    [InlineData("trace_parent", "$.trace_parent")]
    [InlineData("trace\\u0050arent", "$.traceParent")]
    public void An_extension_attribute_whose_name_the_writer_refuses_is_refused_on_reading(string name, string path)
    {
        // The writer takes only lower-case ASCII letters and digits, as CloudEvents requires of attribute names, so an
        // envelope read with any other name could not be written again (forwarded, dead-lettered) without an
        // ArgumentException far from where the name came in.
        var json = Catalog.ToCloudEventJson(Envelope(SeedEvents.CredentialsPresented));
        var bad = json.Replace("\"datacontenttype\"", "\"" + name + "\":\"00-abc-01\",\"datacontenttype\"");
        Assert.NotEqual(json, bad);

        var error = Assert.Throws<JsonException>(() => Catalog.ReadCloudEvent(bad));

        Assert.Equal(path, error.Path);
        Assert.Contains("is not a CloudEvents attribute name", error.Message);
        Assert.Contains("lower-case ASCII letters and digits", error.Message);
    }

    [Theory]
    [InlineData("\"subject\":\"\"", "$.subject", "must not be empty")]
    [InlineData("\"dataschema\":\"\"", "$.dataschema", "absolute URI")]
    [InlineData("\"dataschema\":\"/schemas/credentials\"", "$.dataschema", "absolute URI")]
    [InlineData("\"dataschema\":\"not a uri\"", "$.dataschema", "absolute URI")]
    public void A_subject_or_dataschema_that_cloudevents_does_not_allow_is_refused_on_reading(string attribute, string path, string message)
    {
        // CloudEvents 1.0: subject, when present, is a non-empty string; dataschema a non-empty absolute URI. The SDK's
        // JsonEventFormatter refuses anything else.
        var json = Catalog.ToCloudEventJson(Envelope(SeedEvents.CredentialsPresented)).Replace("\"subject\":\"credentials\"", attribute);
        Assert.Contains(attribute, json);

        var error = Assert.Throws<JsonException>(() => Catalog.ReadCloudEvent(json));

        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("", null, "subject")]
    [InlineData(null, "", "dataschema")]
    [InlineData(null, "/schemas/credentials", "dataschema")]
    public void A_subject_or_dataschema_that_cloudevents_does_not_allow_is_not_written(string? subject, string? dataSchema, string attribute)
    {
        var envelope = new EventEnvelope(SeedEvents.CredentialsPresented, "1", "/newsroom/news.az") { Subject = subject, DataSchema = dataSchema };

        var error = Assert.Throws<ArgumentException>(() => Catalog.ToCloudEventJson(envelope));

        Assert.Contains("'" + attribute + "'", error.Message);
        Assert.Equal(
            "https://schemas.example/credentials",
            Catalog.ReadCloudEvent(Catalog.ToCloudEventJson(new EventEnvelope(SeedEvents.CredentialsPresented, "1", "/s") { Subject = "x", DataSchema = "https://schemas.example/credentials" })).DataSchema);
    }

    [Fact]
    public void An_unknown_event_type_is_a_clear_error()
    {
        var json = Catalog.ToCloudEventJson(Envelope(SeedEvents.CredentialsPresented)).Replace("diplomacy.credentials-presented.v3", "diplomacy.war-declared.v1");

        var error = Assert.Throws<JsonException>(() => Catalog.ReadCloudEvent(json));

        Assert.Equal("$.type", error.Path);
        Assert.Contains("Unknown event type 'diplomacy.war-declared.v1'", error.Message);
        // Past versions are read too, so they are among the known types.
        Assert.Contains("diplomacy.credentials-presented.v1, diplomacy.credentials-presented.v2, diplomacy.credentials-presented.v3", error.Message);
    }

    [Fact]
    public void The_catalog_lists_every_type_string_it_reads_past_versions_before_the_current_one()
    {
        Assert.Equal(Catalog.Events.Sum(e => e.PastVersions.Count + 1), Catalog.EventTypes.Count);
        Assert.All(Catalog.EventTypes, type => Assert.NotNull(Catalog.Find(type)));
        var credentials = Catalog.EventTypes.Where(t => t.StartsWith("diplomacy.credentials-presented.", StringComparison.Ordinal));
        Assert.Equal(["diplomacy.credentials-presented.v1", "diplomacy.credentials-presented.v2", "diplomacy.credentials-presented.v3"], credentials);
    }

    [Theory]
    [InlineData("\"specversion\":\"1.0\",", "$.specversion", "specversion")]
    [InlineData("\"specversion\":\"1.0\"", "$.specversion", "'0.3'", "\"specversion\":\"0.3\"")]
    [InlineData("\"id\":\"b5b0a1f4-6c1e-4f55-9d4c-1f0ad3f0c001\",", "$.id", "'id'")]
    [InlineData("\"id\":\"b5b0a1f4-6c1e-4f55-9d4c-1f0ad3f0c001\"", "$.id", "empty", "\"id\":\"\"")]
    [InlineData("\"datacontenttype\":\"application/json\"", "$.datacontenttype", "not JSON", "\"datacontenttype\":\"application/xml\"")]
    [InlineData("\"source\":\"/newsroom/news.az\"", "$.source", "more than once", "\"source\":\"/a\",\"source\":\"/b\"")]
    public void A_broken_envelope_is_a_located_error(string remove, string path, string message, string replacement = "")
    {
        var json = Catalog.ToCloudEventJson(Envelope(SeedEvents.CredentialsPresented));
        Assert.Contains(remove, json);

        var error = Assert.Throws<JsonException>(() => Catalog.ReadCloudEvent(json.Replace(remove, replacement)));

        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_event_posted_without_its_envelope_is_told_what_a_cloud_event_looks_like()
    {
        var error = Assert.Throws<JsonException>(() => Catalog.ReadCloudEvent(SeedEvents.CredentialsPresented.ToJson()));

        Assert.Equal("$.ambassador", error.Path);
        Assert.Equal(
            "Property 'ambassador': Not a CloudEvents attribute: an extension attribute is a string, integer or boolean, not an object. "
            + "A structured CloudEvent has 'specversion', 'id', 'source' and 'type', and the event itself in 'data'.",
            JsonReadErrors.ReasonOf(error));
    }

    [Fact]
    public void Errors_inside_the_data_carry_the_data_path()
    {
        var json = Catalog.ToCloudEventJson(Envelope(SeedEvents.CredentialsPresented)).Replace("\"occurredOn\":\"2025-04-17\"", "\"occurredOn\":\"2025-04-31\"");

        var error = Assert.Throws<JsonException>(() => Catalog.ReadCloudEvent(json));

        Assert.Equal("$.data.occurredOn", error.Path);
    }

    [Fact]
    public void Missing_or_binary_data_is_refused()
    {
        var noData = "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"diplomacy.credentials-presented.v3\"}";
        var binary = noData.Replace("}", ",\"data_base64\":\"AAAA\"}");

        Assert.Equal("$.data", Assert.Throws<JsonException>(() => Catalog.ReadCloudEvent(noData)).Path);
        Assert.Equal("$.data_base64", Assert.Throws<JsonException>(() => Catalog.ReadCloudEvent(binary)).Path);
    }

    [Fact]
    public void Writing_an_event_the_catalog_does_not_know_is_refused()
    {
        var empty = new EventCatalog([]);

        Assert.Throws<ArgumentException>(() => empty.ToCloudEventJson(Envelope(SeedEvents.CredentialsPresented)));
        Assert.Contains("no event types", Assert.Throws<JsonException>(() => empty.ReadEvent("x", "{}"u8)).Message);
    }

    [Fact]
    public void A_catalog_refuses_two_types_with_one_event_type_string()
    {
        var info = Catalog.Events[0];

        Assert.Throws<ArgumentException>(() => EventCatalog.Combine(Catalog, new EventCatalog([info])));
    }
}
