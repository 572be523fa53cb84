using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomacy;
using JsonCoverage;

namespace EventSchema.Json.Tests;

public sealed class ReaderOptionsTests
{
    private static readonly string WithUnknown = SeedEvents.CredentialsPresented.ToJson()
        .Replace("\"place\":", "\"mood\":{\"tone\":[\"warm\",{\"deep\":true}]},\"place\":");

    [Fact]
    public void Unknown_properties_are_skipped_by_default()
    {
        Assert.Equal(SeedEvents.CredentialsPresented, CredentialsPresented.FromJson(WithUnknown));
        Assert.Equal(SeedEvents.CredentialsPresented, JsonSerializer.Deserialize<CredentialsPresented>(WithUnknown));
    }

    [Fact]
    public void Unknown_properties_are_rejected_when_asked()
    {
        var options = new EventJsonOptions { UnknownProperties = UnknownPropertyHandling.Reject };

        var error = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(WithUnknown, options));

        Assert.Equal("$.mood", error.Path);
        Assert.Contains("'mood'", error.Message);
    }

    [Fact]
    public void Unknown_properties_of_nested_records_are_rejected_with_their_path()
    {
        var json = SeedEvents.CredentialsPresented.ToJson().Replace("{\"outlet\"", "{\"rank\":1,\"outlet\"");

        var error = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(json, new EventJsonOptions { UnknownProperties = UnknownPropertyHandling.Reject }));

        Assert.Equal("$.sources[0].rank", error.Path);
    }

    [Fact]
    public void JsonSerializer_honours_unmapped_member_handling()
    {
        var options = new JsonSerializerOptions { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CredentialsPresented>(WithUnknown, options));

        Assert.Equal("$.mood", error.Path);
    }

    [Fact]
    public void JsonSerializer_carries_event_options()
    {
        var options = new JsonSerializerOptions().AddEventSchemaOptions(new EventJsonOptions { MaxStringLength = 3 });

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CredentialsPresented>(SeedEvents.CredentialsPresented.ToJson(), options));

        Assert.Equal("$.ambassador.name", error.Path);
        Assert.Contains("MaxStringLength", error.Message);
    }

    [Fact]
    public void Strings_longer_than_the_limit_are_refused()
    {
        var options = new EventJsonOptions { MaxStringLength = 12 };
        var json = SeedEvents.CredentialsPresented.ToJson();

        // Escapes count as the characters they stand for, not as the bytes of the escape.
        Assert.Equal("Ilham Aliyev", CredentialsPresented.FromJson(json.Replace("Ilham Aliyev", "Ilham\\u0020Aliyev"), options).ReceivedBy.Name);
        var error = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(json.Replace("Ilham Aliyev", "Ilham Aliyev!"), options));
        Assert.Equal("$.receivedBy.name", error.Path);
        Assert.Contains("MaxStringLength", error.Message);
    }

    [Fact]
    public void Collections_larger_than_the_limit_are_refused()
    {
        var options = new EventJsonOptions { MaxCollectionSize = 9 };

        var error = Assert.Throws<JsonException>(() => CooperationHighlighted.FromJson(SeedEvents.CooperationHighlighted.ToJson(), options));

        Assert.StartsWith("$.areas[", error.Path);
        Assert.Contains("MaxCollectionSize", error.Message);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var json = CoverageSamples.MinimalJson.Replace("\"matrix\":[]", "\"matrix\":[[1]]");

        Assert.Single(EveryType.FromJson(json, new EventJsonOptions { MaxDepth = 3 }).Matrix);
        var error = Assert.Throws<JsonException>(() => EveryType.FromJson(json, new EventJsonOptions { MaxDepth = 2 }));
        Assert.Equal("$.matrix[0]", error.Path);
        Assert.Contains("MaxDepth", error.Message);
    }

    [Fact]
    public void Deeply_nested_unknown_values_are_refused_not_recursed_into()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var json = SeedEvents.CredentialsPresented.ToJson().Replace("\"place\":", "\"junk\":" + deep + ",\"place\":");

        Assert.ThrowsAny<JsonException>(() => CredentialsPresented.FromJson(json));
    }

    [Fact]
    public void The_defaults_are_safe()
    {
        var defaults = EventJsonOptions.Default;

        Assert.Equal(UnknownPropertyHandling.Skip, defaults.UnknownProperties);
        Assert.Equal(64, defaults.MaxDepth);
        Assert.Equal(1024 * 1024, defaults.MaxStringLength);
        Assert.Equal(10_000, defaults.MaxCollectionSize);
        Assert.False(defaults.ValidateOnRead);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventJsonOptions { MaxDepth = 0 });
    }

    [Fact]
    public void Validation_on_read_reports_every_broken_constraint()
    {
        var json = SeedEvents.CredentialsPresented.ToJson()
            .Replace("\"place\":\"Baku\"", "\"place\":\"" + new string('B', 201) + "\"")
            .Replace("\"outlet\":\"News.Az\"", "\"outlet\":\"\"");

        var read = CredentialsPresented.FromJson(json);
        var error = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(json, new EventJsonOptions { ValidateOnRead = true }));

        var validation = Assert.IsType<SchemaValidationException>(error.InnerException);
        Assert.Equal(read.Validate().Errors, validation.Result.Errors);
        Assert.Equal(2, validation.Result.Errors.Count);
        Assert.Contains("place", error.Message);
        Assert.Contains("sources[0].outlet", error.Message);
        Assert.Equal("$.place", error.Path);
    }

    [Fact]
    public void Validation_on_read_passes_valid_values()
    {
        var options = new EventJsonOptions { ValidateOnRead = true };

        foreach (var evt in SeedEvents.All.Values)
        {
            var info = Generated.GeneratedEventCatalog.Instance.Find(evt.GetType())!;
            var bytes = JsonSerializer.SerializeToUtf8Bytes(evt, evt.GetType());
            var reader = new Utf8JsonReader(bytes);
            Assert.Equal(evt, info.Read(ref reader, options));
        }
    }
}
