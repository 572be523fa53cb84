using System.Text.Json;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Json;

namespace EventSchema.Json.Tests;

/// <summary>The seed's CredentialsPresented is at version 3: the catalog reads its versions 1 and 2 into today's type and writes version 3.</summary>
public sealed class PastVersionCatalogTests
{
    private static readonly EventCatalog Catalog = GeneratedEventCatalog.Instance;

    private const string StoredAsVersion1 = """
        {"specversion":"1.0","id":"archive-1","source":"/archive","type":"diplomacy.credentials-presented.v1",
         "data":{"ambassador":{"name":"Guo Min","country":"CN"},"receivedBy":{"name":"Ilham Aliyev","country":"AZ"},"occurredOn":"2019-03-12","sources":[{"outlet":"AZERTAC"}]}}
        """;

    [Fact]
    public void Every_version_of_an_event_reads_into_its_current_type_and_writing_uses_the_current_version()
    {
        var version1 = (CredentialsPresented)Catalog.ReadCloudEvent(StoredAsVersion1).Data;
        Assert.Equal("Guo Min", version1.Ambassador.Name);
        Assert.Null(version1.GreetingsFrom);
        Assert.False(version1.ConversationHeld);

        var version2 = (CredentialsPresented)Catalog.ReadCloudEvent(StoredAsVersion1
            .Replace(".v1", ".v2", StringComparison.Ordinal)
            .Replace("\"sources\"", "\"greetingsFrom\":{\"name\":\"Xi Jinping\",\"country\":\"CN\"},\"sources\"", StringComparison.Ordinal)).Data;
        Assert.Equal("Xi Jinping", version2.GreetingsFrom!.Name);

        string written = Catalog.ToCloudEventJson(new EventEnvelope(version1, "archive-1", "/archive"));
        Assert.Contains("\"type\":\"diplomacy.credentials-presented.v3\"", written, StringComparison.Ordinal);
        Assert.Equal(version1, (CredentialsPresented)Catalog.ReadCloudEvent(written).Data);
    }

    [Fact]
    public void A_past_version_reads_through_json_serializer_with_the_generated_metadata_without_reflection()
    {
        const string data = """{"ambassador":{"name":"Guo Min","country":"CN"},"receivedBy":{"name":"Ilham Aliyev","country":"AZ"},"occurredOn":"2019-03-12","sources":[{"outlet":"AZERTAC"}]}""";

        CredentialsPresented.V1 byProperty = JsonSerializer.Deserialize(data, EventSchema.Generated.GeneratedJson.CredentialsPresented_V1)!;
        var byOptions = JsonSerializer.Deserialize<CredentialsPresented.V2>(data, EventSchema.Generated.GeneratedJson.Options)!;

        Assert.Equal("Guo Min", byProperty.ToCurrent().Ambassador.Name);
        Assert.Equal(byProperty.ToCurrent(), byOptions.ToCurrent());
        Assert.NotNull(EventSchema.Generated.GeneratedJson.Resolver.GetTypeInfo(typeof(CredentialsPresented.V1), new JsonSerializerOptions()));
    }

    [Fact]
    public void The_current_entry_lists_its_past_versions_which_are_read_but_never_written()
    {
        EventTypeInfo current = Catalog.Find(typeof(CredentialsPresented))!;
        Assert.Equal(["diplomacy.credentials-presented.v1", "diplomacy.credentials-presented.v2"], current.PastVersions.Select(past => past.EventType));
        Assert.Equal([1, 2], current.PastVersions.Select(past => past.SchemaVersion));
        EventTypeInfo version1 = Catalog.Find("diplomacy.credentials-presented.v1")!;
        Assert.True(version1.IsPastVersion);
        Assert.Same(current, version1.Current);
        Assert.Same(current, Catalog.Find(typeof(CredentialsPresented)));
        Assert.Contains("\"greetingsFrom\"", current.JsonSchema, StringComparison.Ordinal);
        Assert.DoesNotContain("\"greetingsFrom\"", version1.JsonSchema, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalog.Events, info => info.IsPastVersion);

        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer);
        var refused = Assert.Throws<InvalidOperationException>(() => version1.Write(writer, new CredentialsPresented
        {
            Ambassador = new Official { Name = "Lu Mei", Country = CountryCode.From("CN") },
            ReceivedBy = new Official { Name = "Ilham Aliyev", Country = CountryCode.From("AZ") },
            OccurredOn = new DateOnly(2025, 4, 17),
            Sources = [new Attribution { Outlet = "News.Az" }],
        }));
        Assert.Contains("writers write the current version, 'diplomacy.credentials-presented.v3'", refused.Message, StringComparison.Ordinal);

        // Combined catalogs keep the past versions.
        Assert.NotNull(EventCatalog.Combine(Catalog).Find("diplomacy.credentials-presented.v2"));
    }

    [Fact]
    public void A_version_the_program_does_not_know_is_named_and_looked_up_as_such()
    {
        var error = Assert.Throws<JsonException>(() => Catalog.ReadCloudEvent(StoredAsVersion1.Replace(".v1", ".v7", StringComparison.Ordinal)));
        Assert.Equal("$.type", error.Path);
        Assert.Contains("Version 7 of CredentialsPresented (diplomacy.credentials-presented.v7) is newer than this program knows (versions 1 to 3)", error.Message, StringComparison.Ordinal);

        Assert.Equal(EventTypeLookup.UnknownVersion, Catalog.Lookup("diplomacy.credentials-presented.v7", out var newest));
        Assert.Equal("diplomacy.credentials-presented.v3", newest!.EventType);
        Assert.Equal(EventTypeLookup.Known, Catalog.Lookup("diplomacy.credentials-presented.v1", out var past));
        Assert.True(past!.IsPastVersion);
        Assert.Equal(EventTypeLookup.Unknown, Catalog.Lookup("diplomacy.credentials-withdrawn.v1", out var none));
        Assert.Null(none);
        Assert.Equal(EventTypeLookup.Unknown, Catalog.Lookup("diplomacy.credentials-presented.v01", out _));

        var direct = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson("{}", schemaVersion: 0));
        Assert.Contains("Version 0 of CredentialsPresented does not exist", direct.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_of_the_day_written_before_the_last_version_reads_as_the_union_with_the_current_type()
    {
        // A union's discriminator is the event type, so a stream stored as version 1 names ".v1"; it reads into v3.
        const string storedInStream = """
            {"type":"diplomacy.credentials-presented.v1","ambassador":{"name":"Guo Min","country":"CN"},"receivedBy":{"name":"Ilham Aliyev","country":"AZ"},"occurredOn":"2019-03-12","sources":[{"outlet":"AZERTAC"}]}
            """;

        var day = DiplomaticEvent.FromJson(storedInStream);

        var credentials = day.Match(
            credentialsPresented => credentialsPresented,
            partnershipRecalled => null!,
            cooperationHighlighted => null!,
            supportReaffirmed => null!,
            greetingsConveyed => null!,
            regardsConveyed => null!,
            integritySupportAffirmed => null!,
            legacyAcknowledged => null!,
            reportPublished => null!);
        Assert.Equal("Guo Min", credentials.Ambassador.Name);
        Assert.False(credentials.ConversationHeld);
        Assert.Contains("\"type\":\"diplomacy.credentials-presented.v3\"", day.ToJson(), StringComparison.Ordinal);

        // A version newer than the program's is told apart from an unknown type: the producer is ahead, not wrong.
        var newer = Assert.Throws<JsonException>(() => DiplomaticEvent.FromJson(storedInStream.Replace(".v1", ".v4", StringComparison.Ordinal)));
        Assert.Equal(
            "The value 'diplomacy.credentials-presented.v4' of 'type' is version 4 of an event that DiplomaticEvent reads up to version 3 ('diplomacy.credentials-presented.v3'): it was written with a newer schema than this program has; update the program's schemas. Path: $.type.",
            newer.Message);
        var unknown = Assert.Throws<JsonException>(() => DiplomaticEvent.FromJson(storedInStream.Replace("credentials-presented.v1", "summit-cancelled.v1", StringComparison.Ordinal)));
        Assert.StartsWith("The value 'diplomacy.summit-cancelled.v1' of 'type' names no member of DiplomaticEvent; expected one of: ", unknown.Message, StringComparison.Ordinal);
        // The list names the past versions the union reads as well: '.v1' above read.
        Assert.Contains("expected one of: 'diplomacy.credentials-presented.v1' to 'diplomacy.credentials-presented.v3', 'diplomacy.partnership-recalled.v1',", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'diplomacy.credentials-presented.v1' to 'diplomacy.credentials-presented.v3', 'diplomacy.talks-held.v1'")]
    [InlineData("'diplomacy.credentials-presented.v1', 'diplomacy.credentials-presented.v3'")]
    public void A_newer_version_is_told_against_the_newest_version_the_union_lists(string knownValues)
    {
        var newer = JsonReadErrors.UnknownDiscriminator("diplomacy.credentials-presented.v4", "type", "DiplomaticEvent", knownValues);
        Assert.StartsWith("The value 'diplomacy.credentials-presented.v4' of 'type' is version 4 of an event that DiplomaticEvent reads up to version 3 ('diplomacy.credentials-presented.v3')", newer.Message, StringComparison.Ordinal);

        // A version the union lists no longer than it reads is unknown, not newer.
        var unknown = JsonReadErrors.UnknownDiscriminator("diplomacy.credentials-presented.v2", "type", "DiplomaticEvent", "'diplomacy.credentials-presented.v3'");
        Assert.StartsWith("The value 'diplomacy.credentials-presented.v2' of 'type' names no member of DiplomaticEvent; expected one of: 'diplomacy.credentials-presented.v3'.", unknown.Message, StringComparison.Ordinal);
    }
}
