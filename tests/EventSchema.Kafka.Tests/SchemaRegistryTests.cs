using System.Text;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Json;
using EventSchema.Json.Tests;

namespace EventSchema.Kafka.Tests;

/// <summary>The registry client, subject naming, the id cache and Confluent's own JSON serdes against our framing.</summary>
public sealed class SchemaRegistryTests : IDisposable
{
    private static readonly EventCatalog Catalog = GeneratedEventCatalog.Instance;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly InProcessSchemaRegistry _registry = new();
    private readonly HttpClient _http = new() { Timeout = Bound };

    public void Dispose()
    {
        _http.Dispose();
        _registry.Dispose();
    }

    private SchemaRegistryClient Client => new(_registry.Address, _http);

    [Theory]
    [InlineData(SubjectNameStrategy.Topic, "diplomacy-value")]
    [InlineData(SubjectNameStrategy.Record, "diplomacy.credentials-presented.v3")]
    [InlineData(SubjectNameStrategy.TopicRecord, "diplomacy-diplomacy.credentials-presented.v3")]
    public void Subjects_follow_the_naming_strategy(SubjectNameStrategy strategy, string expected)
        => Assert.Equal(expected, SubjectNames.For(strategy, "diplomacy", CredentialsPresented.EventType));

    [Fact]
    public async Task Every_event_is_registered_once_under_its_subject_and_its_exported_schema()
    {
        var ids = new EventSchemaIds(Client, Catalog, SubjectNameStrategy.TopicRecord);
        await ids.RegisterAsync(["diplomacy", "archive"], TestContext.Current.CancellationToken);
        await ids.RegisterAsync(["diplomacy"], TestContext.Current.CancellationToken);

        var posts = _registry.Requests.Count(r => r.StartsWith("POST", StringComparison.Ordinal));
        Assert.Equal(Catalog.Events.Count * 2, posts);
        foreach (var info in Catalog.Events)
        {
            Assert.True(ids.TryGetSchemaId("diplomacy", info.EventType, out var id));
            Assert.True(ids.TryGetSchemaId("archive", info.EventType, out var archiveId));
            Assert.Equal(id, archiveId); // the same schema text has one id across subjects
            Assert.Equal(info.JsonSchema, _registry.SchemaById(id));
            Assert.Equal([id], _registry.Subjects["diplomacy-" + info.EventType]);
        }
        Assert.Equal(Catalog.Events.Count, Catalog.Events.Select(e => { ids.TryGetSchemaId("diplomacy", e.EventType, out var id); return id; }).Distinct().Count());
        Assert.Equal(Catalog.Events.Count * 2, ids.Registered.Count);
    }

    private static EventCatalog TwoEventTypes => new([Catalog.Find(typeof(CredentialsPresented))!, Catalog.Find(typeof(GreetingsConveyed))!]);

    [Fact]
    public async Task Event_types_sharing_a_topic_subject_each_get_the_id_of_their_own_schema()
    {
        var ids = new EventSchemaIds(Client, TwoEventTypes, SubjectNameStrategy.Topic);
        await ids.RegisterAsync(["diplomacy"], TestContext.Current.CancellationToken);

        Assert.Equal(2, _registry.Requests.Count(r => r == "POST /subjects/diplomacy-value/versions"));
        Assert.True(ids.TryGetSchemaId("diplomacy", CredentialsPresented.EventType, out var credentialsId));
        Assert.True(ids.TryGetSchemaId("diplomacy", GreetingsConveyed.EventType, out var greetingsId));
        Assert.NotEqual(credentialsId, greetingsId);
        Assert.Equal(CredentialsPresented.JsonSchema, _registry.SchemaById(credentialsId));
        Assert.Equal(GreetingsConveyed.JsonSchema, _registry.SchemaById(greetingsId));
        Assert.Equal(new[] { credentialsId, greetingsId }.Order(), _registry.Subjects["diplomacy-value"]);

        // The second event type is framed with its own schema's id, not the first's.
        var context = new SerializationContext(MessageComponentType.Value, "diplomacy", new Headers());
        var framed = new EventSerializer<GreetingsConveyed>(TwoEventTypes, new EventSerdeOptions { Framing = SchemaIdFraming.Prefix, SchemaIds = ids })
            .Serialize(SeedEvents.GreetingsConveyed, context);
        Assert.Equal(SchemaRegistryFrame.Encode(greetingsId), framed[..5]);
    }

    [Fact]
    public async Task A_registry_checking_compatibility_refuses_a_second_event_type_on_a_topic_subject_with_a_clear_error()
    {
        _registry.IncompatibleSubject = "diplomacy-value";
        var ids = new EventSchemaIds(Client, TwoEventTypes, SubjectNameStrategy.Topic);

        var refused = await Assert.ThrowsAsync<SchemaRegistryException>(() => ids.RegisterAsync(["diplomacy"], TestContext.Current.CancellationToken));
        Assert.Equal((409, 409), (refused.StatusCode, refused.ErrorCode));
        Assert.Contains($"the schema of '{GreetingsConveyed.EventType}' under subject 'diplomacy-value'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("SubjectNameStrategy.TopicRecord", refused.Message, StringComparison.Ordinal);
        Assert.Contains("compatibility of subject 'diplomacy-value'", refused.Message, StringComparison.Ordinal);
        Assert.IsType<SchemaRegistryException>(refused.InnerException);
        Assert.True(ids.TryGetSchemaId("diplomacy", CredentialsPresented.EventType, out _));
        Assert.False(ids.TryGetSchemaId("diplomacy", GreetingsConveyed.EventType, out _));

        // Met first by a serializer, the refusal is kept and repeated in the next message's error.
        var serializer = new EventSerializer<GreetingsConveyed>(TwoEventTypes, new EventSerdeOptions { Framing = SchemaIdFraming.Prefix, SchemaIds = ids });
        var context = new SerializationContext(MessageComponentType.Value, "diplomacy", new Headers());
        Assert.Throws<InvalidOperationException>(() => serializer.Serialize(SeedEvents.GreetingsConveyed, context));
        var deadline = DateTime.UtcNow + Bound;
        while (ids.LastError is null && DateTime.UtcNow < deadline) await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.Contains("SubjectNameStrategy.TopicRecord", Assert.IsType<SchemaRegistryException>(ids.LastError).Message, StringComparison.Ordinal);
        var repeated = Assert.Throws<InvalidOperationException>(() => serializer.Serialize(SeedEvents.GreetingsConveyed, context));
        Assert.Contains("Its last registration failed", repeated.Message, StringComparison.Ordinal);
        Assert.Contains(GreetingsConveyed.EventType, repeated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registry_client_fetches_a_schema_by_id_and_reports_refusals()
    {
        var id = await Client.RegisterSchemaAsync("s-value", CredentialsPresented.JsonSchema, TestContext.Current.CancellationToken);
        Assert.Equal(CredentialsPresented.JsonSchema, await Client.GetSchemaAsync(id, TestContext.Current.CancellationToken));

        _registry.IncompatibleSubject = "s-value";
        var refused = await Assert.ThrowsAsync<SchemaRegistryException>(() => Client.RegisterSchemaAsync("s-value", GreetingsConveyed.JsonSchema, TestContext.Current.CancellationToken));
        Assert.Equal((409, 409), (refused.StatusCode, refused.ErrorCode));
        Assert.Contains("incompatible", refused.Message);

        var missing = await Assert.ThrowsAsync<SchemaRegistryException>(() => Client.GetSchemaAsync(99999, TestContext.Current.CancellationToken));
        Assert.Equal((404, 40403), (missing.StatusCode, missing.ErrorCode));
    }

    [Fact]
    public async Task Producing_never_waits_on_the_registry()
    {
        var ids = new EventSchemaIds(Client, Catalog, SubjectNameStrategy.Record);
        var serializer = new EventSerializer<CredentialsPresented>(Catalog, new EventSerdeOptions { Framing = SchemaIdFraming.Prefix, SchemaIds = ids });
        var context = new SerializationContext(MessageComponentType.Value, "diplomacy", new Headers());

        // Not registered yet: this message fails at once, and registration starts in the background.
        var error = Assert.Throws<InvalidOperationException>(() => serializer.Serialize(SeedEvents.CredentialsPresented, context));
        Assert.Contains("not registered yet", error.Message);
        Assert.Contains("subject 'diplomacy.credentials-presented.v3'", error.Message);

        var deadline = DateTime.UtcNow + Bound;
        int id;
        while (!ids.TryGetSchemaId("diplomacy", CredentialsPresented.EventType, out id) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
        Assert.True(id > 0, "The background registration did not finish in time.");

        var framed = serializer.Serialize(SeedEvents.CredentialsPresented, context);
        Assert.Equal(SchemaRegistryFrame.Encode(id), framed[..5]);
        Assert.Equal(SeedEvents.CredentialsPresented, CredentialsPresented.FromJson(framed[5..]));
    }

    [Fact]
    public async Task A_registry_that_is_down_is_reported_without_blocking_the_producer()
    {
        using var down = new InProcessSchemaRegistry();
        var address = down.Address;
        down.Dispose();
        var ids = new EventSchemaIds(new SchemaRegistryClient(address, _http), Catalog);
        var serializer = new EventSerializer<CredentialsPresented>(Catalog, new EventSerdeOptions { Framing = SchemaIdFraming.Header, SchemaIds = ids });
        var context = new SerializationContext(MessageComponentType.Value, "diplomacy", new Headers());

        Assert.Throws<InvalidOperationException>(() => serializer.Serialize(SeedEvents.CredentialsPresented, context));
        var deadline = DateTime.UtcNow + Bound;
        while (ids.LastError is null && DateTime.UtcNow < deadline) await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.IsType<HttpRequestException>(ids.LastError);
        Assert.Contains("Its last registration failed", Assert.Throws<InvalidOperationException>(() => serializer.Serialize(SeedEvents.CredentialsPresented, context)).Message);
        // Another subject has not failed yet: its first message does not repeat someone else's failure.
        var greetings = new EventSerializer<GreetingsConveyed>(Catalog, new EventSerdeOptions { Framing = SchemaIdFraming.Header, SchemaIds = ids });
        Assert.DoesNotContain("failed", Assert.Throws<InvalidOperationException>(() => greetings.Serialize(SeedEvents.GreetingsConveyed, context)).Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => ids.RegisterAsync(["diplomacy"], TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(SchemaIdFraming.Prefix)]
    [InlineData(SchemaIdFraming.Header)]
    public async Task Confluents_json_deserializer_reads_what_we_framed(SchemaIdFraming framing)
    {
        var ids = new EventSchemaIds(Client, Catalog, SubjectNameStrategy.Topic);
        await ids.RegisterAsync("diplomacy", Catalog.Find(typeof(CredentialsPresented))!, TestContext.Current.CancellationToken);
        var headers = new Headers();
        var context = new SerializationContext(MessageComponentType.Value, "diplomacy", headers);
        var value = new EventSerializer<CredentialsPresented>(Catalog, new EventSerdeOptions { Framing = framing, SchemaIds = ids }).Serialize(SeedEvents.CredentialsPresented, context);
        Assert.Equal(framing == SchemaIdFraming.Header, headers.TryGetLastBytes(SchemaRegistryFrame.ValueSchemaIdHeader, out _));

        // Without a registry client Confluent's deserializer reads the frame (prefix or header) and the JSON.
        var read = await new JsonDeserializer<ConfluentCredentials>().DeserializeAsync(value, isNull: false, context);
        Assert.Equal("Lu Mei", read.Ambassador.Name);
        Assert.Equal("AZ", read.ReceivedBy.Country);
        Assert.Equal("2025-04-17", read.OccurredOn);
        Assert.Equal("AZERTAC", Assert.Single(read.Sources).Citing);

        // With one it fetches our schema by the id we framed, then validates with NJsonSchema, which does not
        // resolve draft 2020-12 "$defs" references: its limitation, not a framing error (docs/kafka.md).
        using var confluentRegistry = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _registry.Address.AbsoluteUri.TrimEnd('/') });
        var validating = new JsonDeserializer<ConfluentCredentials>(confluentRegistry);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => validating.DeserializeAsync(value, isNull: false, context));
        Assert.Contains("#/$defs/", refused.Message);
        ids.TryGetSchemaId("diplomacy", CredentialsPresented.EventType, out var id);
        Assert.Contains(_registry.Requests, r => r == "GET /schemas/ids/" + id);
    }

    [Fact]
    public async Task We_read_what_confluents_json_serializer_framed()
    {
        using var confluentRegistry = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _registry.Address.AbsoluteUri.TrimEnd('/') });
        var serializer = new JsonSerializer<ConfluentCredentials>(confluentRegistry);
        var context = new SerializationContext(MessageComponentType.Value, "confluent", new Headers());
        var value = await serializer.SerializeAsync(ConfluentCredentials.Seed, context);

        Assert.Equal(0, value[0]);
        Assert.Contains("confluent-value", _registry.Subjects.Keys);
        var read = new EventDeserializer<CredentialsPresented>(Catalog).Deserialize(value, false, context);
        Assert.Equal(SeedEvents.CredentialsPresented, read);
        Assert.Equal(_registry.Subjects["confluent-value"].Single(), SchemaRegistryFrame.Strip(value, out var id).Length > 0 ? id : null);
        Assert.Contains("\"Lu Mei\"", Encoding.UTF8.GetString(value));
    }
}
