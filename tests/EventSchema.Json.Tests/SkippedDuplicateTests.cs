using System.Text.Json;
using Diplomacy;

namespace EventSchema.Json.Tests;

/// <summary>
/// Properties the schema does not declare are skipped (<c>UnknownProperties = Skip</c>, the default), but a name given
/// twice in one object is a duplicate, rejected as a declared property given twice is, at the name's path.
/// </summary>
public sealed class SkippedDuplicateTests
{
    private static readonly string Valid = SeedEvents.CredentialsPresented.ToJson();

    private static string Insert(string properties) => Valid.Replace("\"place\":", properties + ",\"place\":", StringComparison.Ordinal);

    [Fact]
    public void An_undeclared_property_given_twice_is_rejected_like_a_declared_one()
    {
        var skipped = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(Insert("\"mood\":1,\"mood\":2")));
        var declared = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(Valid.Replace("\"place\":", "\"place\":\"Baku\",\"place\":", StringComparison.Ordinal)));

        Assert.Equal("$.mood", skipped.Path);
        Assert.Equal(declared.Message.Replace("place", "mood", StringComparison.Ordinal), skipped.Message);
    }

    [Fact]
    public void Spellings_are_compared_after_unescaping_and_whatever_the_values()
    {
        var error = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(Insert("\"mood\":{\"a\":[1]},\"x\":null,\"m\\u006fod\":\"calm\"")));

        Assert.Equal("$.mood", error.Path);
    }

    [Fact]
    public void Duplicates_in_nested_records_and_through_json_serializer_have_their_path()
    {
        var json = Valid.Replace("{\"outlet\"", "{\"rank\":1,\"rank\":1,\"outlet\"", StringComparison.Ordinal);

        Assert.Equal("$.sources[0].rank", Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(json)).Path);
        Assert.Equal("$.sources[0].rank", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CredentialsPresented>(json)).Path);
    }

    [Fact]
    public void Distinct_undeclared_names_and_the_same_name_in_different_objects_are_skipped()
    {
        var json = Insert("\"a\":1,\"b\":{\"a\":1,\"b\":2},\"c\":[{\"a\":1},{\"a\":1}],\"d\":4,\"e\":5")
            .Replace("{\"outlet\"", "{\"a\":1,\"outlet\"", StringComparison.Ordinal);

        Assert.Equal(SeedEvents.CredentialsPresented, CredentialsPresented.FromJson(json));
    }

    [Fact]
    public void Under_reject_the_first_undeclared_property_is_reported_as_unknown()
    {
        var error = Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(Insert("\"mood\":1,\"mood\":2"), new EventJsonOptions { UnknownProperties = UnknownPropertyHandling.Reject }));

        Assert.Equal("$.mood", error.Path);
        Assert.DoesNotContain("more than once", error.Message, StringComparison.Ordinal);
    }
}
