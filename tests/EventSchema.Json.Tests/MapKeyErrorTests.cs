using System.Text.Json;
using KeyedMaps;

// The default is put there on purpose: the analyzer that flags it (ES1006) is right, and is what a test gets past.
#pragma warning disable ES1006

namespace EventSchema.Json.Tests;

/// <summary>
/// An error of a map entry's key is at the map, with the key in <see cref="ValidationError.MapKey"/> (where the exported
/// JSON Schema's propertyNames applies); an error of its value is at the entry, so the two never share a path.
/// </summary>
public sealed class MapKeyErrorTests
{
    private static readonly Roster Valid = new() { Delegates = new Dictionary<CountryCode, int> { [CountryCode.From("AZ")] = 3 } };

    [Fact]
    public void Validate_reports_a_broken_key_at_the_map_with_the_key_and_a_broken_value_at_the_entry()
    {
        var roster = Valid with { Labels = new Dictionary<string, string> { ["Bad"] = "long" } };

        var errors = roster.Validate().Errors;

        Assert.Equal(2, errors.Count);
        var key = Assert.Single(errors, error => error.Code == "pattern");
        Assert.Equal(("labels", "$.labels", "Bad"), (key.Path, key.JsonPath, key.MapKey));
        Assert.Equal("Labels key \"Bad\" must match the pattern ^[a-z]+$.", key.Message);
        var value = Assert.Single(errors, error => error.Code == "maxLength");
        Assert.Equal(("labels[\"Bad\"]", "$.labels.Bad", (string?)null), (value.Path, value.JsonPath, value.MapKey));
        Assert.StartsWith("Labels \"Bad\" must be at most 3 characters long", value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scalar_key_with_no_value_is_a_required_error_at_the_map_named_as_the_unset_value_it_is()
    {
        var roster = Valid with { Delegates = new Dictionary<CountryCode, int> { [default] = 0 } };

        var errors = roster.Validate().Errors;

        var key = Assert.Single(errors, error => error.MapKey is not null);
        Assert.Equal(("delegates", "$.delegates", "required", "default(CountryCode)"), (key.Path, key.JsonPath, key.Code, key.MapKey));
        Assert.Equal("Delegates key default(CountryCode) has no value: it was never created with CountryCode.From.", key.Message);
        // The entry's value is at a step no real key's quoted text can be.
        var value = Assert.Single(errors, error => error.MapKey is null);
        Assert.Equal(("delegates[default(CountryCode)]", "$.delegates[default(CountryCode)]", "minimum"), (value.Path, value.JsonPath, value.Code));
        Assert.StartsWith("Delegates default(CountryCode) must be at least 1", value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_scalar_key_is_told_apart_from_a_real_key_that_is_empty()
    {
        var labels = new Dictionary<string, string> { [""] = "long" };

        var errors = (Valid with { Labels = labels }).Validate().Errors;

        var key = Assert.Single(errors, error => error.MapKey is not null);
        Assert.Equal(("", "Labels key \"\" must match the pattern ^[a-z]+$."), (key.MapKey, key.Message));
        var value = Assert.Single(errors, error => error.MapKey is null);
        Assert.Equal(("labels[\"\"]", "$.labels['']"), (value.Path, value.JsonPath));
    }

    [Fact]
    public void An_unset_scalar_key_of_a_map_in_a_list_is_named_the_same_way()
    {
        var errors = (Valid with { Regions = [new Dictionary<CountryCode, int> { [default] = 1 }] }).Validate().Errors;

        var key = Assert.Single(errors);
        Assert.Equal(("regions[0]", "$.regions[0]", "required", "default(CountryCode)"), (key.Path, key.JsonPath, key.Code, key.MapKey));
        Assert.Equal("Region 1 key default(CountryCode) has no value: it was never created with CountryCode.From.", key.Message);
    }

    [Fact]
    public void A_map_key_nested_in_a_map_reports_at_the_inner_map()
    {
        var errors = (Valid with { Nested = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["outer"] = new Dictionary<string, string> { ["X"] = "toolong" } } }).Validate().Errors;

        var key = Assert.Single(errors, error => error.MapKey is not null);
        Assert.Equal(("nested[\"outer\"]", "$.nested.outer", "X", "pattern"), (key.Path, key.JsonPath, key.MapKey, key.Code));
        Assert.Equal("Nested \"outer\" key \"X\" must match the pattern ^[a-z]+$.", key.Message);
        var value = Assert.Single(errors, error => error.MapKey is null);
        Assert.Equal(("nested[\"outer\"][\"X\"]", "$.nested.outer.X"), (value.Path, value.JsonPath));
    }

    [Theory]
    [InlineData("{\"delegates\":{\"AZ\":1,\"az\":2}}", "$.delegates", "The key \"az\" is not a valid CountryCode (pattern): it must match the pattern ^[A-Z]{2}$.")]
    [InlineData("{\"delegates\":{\"AZ\":\"one\"}}", "$.delegates.AZ", "Expected a number but found a string.")]
    public void The_reader_fails_at_the_map_for_a_key_that_is_none_and_at_the_entry_for_its_value(string json, string path, string reason)
    {
        var error = Assert.Throws<JsonException>(() => Roster.FromJson(json));

        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AZE")]
    [InlineData("a\u00e9")]
    public void A_key_that_breaks_its_scalars_rule_names_the_rule_as_a_value_of_the_scalar_does(string code)
    {
        var key = Assert.Throws<JsonException>(() => Roster.FromJson("{\"delegates\":{\"" + code + "\":1}}"));
        var value = Assert.Throws<ArgumentException>(() => CountryCode.From(code));

        // The scalar's own words after the key: which rule (its keyword in parentheses) and how it is broken.
        Assert.Equal("Property 'delegates': The key " + value.Message[..value.Message.IndexOf(" (Parameter", StringComparison.Ordinal)], JsonReadErrors.ReasonOf(key));
        Assert.Contains("(pattern): it must match the pattern ^[A-Z]{2}$.", key.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_key_is_shortened_in_the_message_and_keeps_the_rule()
    {
        var longKey = new string('A', 80);

        var error = Assert.Throws<JsonException>(() => Roster.FromJson("{\"delegates\":{\"" + longKey + "\":1}}"));

        Assert.StartsWith("Property 'delegates': The key \"" + new string('A', 60) + "…\" is not a valid CountryCode (pattern): ", JsonReadErrors.ReasonOf(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Under_validate_on_read_key_and_value_errors_keep_their_places_and_the_key()
    {
        const string json = "{\"delegates\":{\"AZ\":0},\"labels\":{\"Bad\":\"long\"}}";

        var error = Assert.Throws<JsonException>(() => Roster.FromJson(json, new EventJsonOptions { ValidateOnRead = true }));

        var errors = Assert.IsType<SchemaValidationException>(error.InnerException).Result.Errors;
        Assert.Equal(
            [("$.delegates.AZ", null, "minimum"), ("$.labels", "Bad", "pattern"), ("$.labels.Bad", null, "maxLength")],
            errors.Select(e => (e.JsonPath, e.MapKey, e.Code)).OrderBy(e => e.JsonPath, StringComparer.Ordinal).ToArray());
    }
}
