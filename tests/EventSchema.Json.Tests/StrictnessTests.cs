using System.Text.Json;
using Diplomacy;
using JsonCoverage;

namespace EventSchema.Json.Tests;

/// <summary>Reading is strict: each mistake is a JsonException whose message and Path name the field.</summary>
public sealed class StrictnessTests
{
    private static readonly string Valid = SeedEvents.CredentialsPresented.ToJson();

    private static JsonException Fails(string json) => Assert.Throws<JsonException>(() => CredentialsPresented.FromJson(json));

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var error = Fails(Valid.Replace("\"occurredOn\":\"2025-04-17\",", string.Empty));

        Assert.Equal("$.occurredOn", error.Path);
        Assert.Contains("'occurredOn'", error.Message);
        Assert.Contains("Missing required property", error.Message);
    }

    [Fact]
    public void Every_missing_required_field_is_named_at_the_first_and_listed_as_required_errors()
    {
        var error = Fails("{\"place\":\"Baku\"}");

        Assert.Equal("$.ambassador", error.Path);
        Assert.Contains("Missing required properties 'ambassador', 'receivedBy', 'occurredOn' and 'sources' of CredentialsPresented.", error.Message, StringComparison.Ordinal);
        var missing = Assert.IsType<SchemaValidationException>(error.InnerException).Result.Errors;
        Assert.Equal(["$.ambassador", "$.receivedBy", "$.occurredOn", "$.sources"], missing.Select(e => e.JsonPath));
        Assert.All(missing, e => Assert.Equal("required", e.Code));
    }

    [Fact]
    public void Missing_fields_of_a_nested_record_are_listed_relative_to_it_under_its_path()
    {
        var error = Fails("{\"ambassador\":{\"title\":\"Ambassador\"}}");

        Assert.Equal("$.ambassador.name", error.Path);
        Assert.Contains("'name' and 'country' of Official.", error.Message, StringComparison.Ordinal);
        Assert.Equal(["$.name", "$.country"], Assert.IsType<SchemaValidationException>(error.InnerException).Result.Errors.Select(e => e.JsonPath));
    }

    [Fact]
    public void Missing_fields_beyond_the_64th_are_named_too()
    {
        var present = Enumerable.Range(1, 70).Where(i => i is not (3 or 66 or 70)).Select(i => $"\"f{i}\":{i}");

        var error = Assert.Throws<JsonException>(() => WideRequired.Wide.FromJson("{" + string.Join(",", present) + "}"));

        Assert.Equal("$.f3", error.Path);
        Assert.Contains("'f3', 'f66' and 'f70' of Wide.", error.Message, StringComparison.Ordinal);
        Assert.Equal(["$.f3", "$.f66", "$.f70"], Assert.IsType<SchemaValidationException>(error.InnerException).Result.Errors.Select(e => e.JsonPath));
        Assert.Equal(70, Assert.IsType<SchemaValidationException>(Assert.Throws<JsonException>(() => WideRequired.Wide.FromJson("{}")).InnerException).Result.Errors.Count);
    }

    [Fact]
    public void A_missing_field_of_a_nested_record_has_the_full_path()
    {
        var error = Fails(Valid.Replace("{\"outlet\":\"News.Az\",", "{"));

        Assert.Equal("$.sources[0].outlet", error.Path);
        Assert.Contains("'outlet'", error.Message);
        Assert.Contains("$.sources[0].outlet", error.Message);
    }

    [Fact]
    public void A_syntax_error_inside_a_nested_value_keeps_the_readers_position_and_gets_the_path()
    {
        var error = Fails("{\"ambassador\":{\"name\":\"Lu Mei\",\n\"title\": }}");

        Assert.Equal("$.ambassador.title", error.Path);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal(9, error.BytePositionInLine);   // the "}" after "title": , zero-based
    }

    [Fact]
    public void A_scalar_value_that_breaks_its_rule_is_named_once_with_the_rule()
    {
        var error = Fails(Valid.Replace("\"country\":\"CN\"", "\"country\":\"cn\""));

        Assert.Equal("$.ambassador.country", error.Path);
        Assert.Equal("Property 'country': \"cn\" is not a valid CountryCode (pattern): it must match the pattern ^[A-Z]{2}$.", JsonReadErrors.ReasonOf(error));
    }

    [Fact]
    public void A_value_that_reads_but_does_not_fit_has_no_position()
    {
        var error = Fails(Valid.Replace("\"occurredOn\":\"2025-04-17\"", "\"occurredOn\":\"the 17th\""));

        Assert.Equal("$.occurredOn", error.Path);
        Assert.Null(error.LineNumber);
    }

    [Fact]
    public void Null_for_a_required_field_is_refused()
    {
        var error = Fails(Valid.Replace("\"occurredOn\":\"2025-04-17\"", "\"occurredOn\":null"));

        Assert.Equal("$.occurredOn", error.Path);
        Assert.Contains("'occurredOn'", error.Message);
        Assert.Contains("null", error.Message);
    }

    [Fact]
    public void Null_for_a_required_record_is_refused()
    {
        var error = Fails(Valid.Replace("\"receivedBy\":{\"name\":\"Ilham Aliyev\",\"title\":\"President\",\"country\":\"AZ\"}", "\"receivedBy\":null"));

        Assert.Equal("$.receivedBy", error.Path);
        Assert.Contains("'receivedBy'", error.Message);
    }

    [Fact]
    public void Null_for_an_optional_field_means_no_value()
    {
        var evt = CredentialsPresented.FromJson(Valid.Replace("\"place\":\"Baku\"", "\"place\":null"));

        Assert.Null(evt.Place);
    }

    [Fact]
    public void Null_for_a_field_with_a_default_is_refused_without_calling_the_field_required()
    {
        // conversationHeld may be left out (it has a default), so the message must not say it is required.
        var error = Fails(Valid.Replace("\"conversationHeld\":true", "\"conversationHeld\":null").Replace("\"conversationHeld\":false", "\"conversationHeld\":null"));

        Assert.Equal("$.conversationHeld", error.Path);
        Assert.Contains("found null; only optional fields may be null", error.Message);
    }

    [Fact]
    public void A_wrong_token_type_says_what_was_expected()
    {
        var error = Fails(Valid.Replace("\"place\":\"Baku\"", "\"place\":42"));

        Assert.Equal("$.place", error.Path);
        Assert.Contains("'place'", error.Message);
        Assert.Contains("Expected a string but found a number", error.Message);
    }

    [Fact]
    public void An_object_where_a_list_belongs_is_refused()
    {
        var error = Fails(Valid.Replace("\"sources\":[{\"outlet\":\"News.Az\",\"citing\":\"AZERTAC\"}]", "\"sources\":{}"));

        Assert.Equal("$.sources", error.Path);
        Assert.Contains("an array", error.Message);
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_allowed_ones()
    {
        var json = SeedEvents.SupportReaffirmed.ToJson().Replace("\"one-china\"", "\"two-chinas\"");

        var error = Assert.Throws<JsonException>(() => SupportReaffirmed.FromJson(json));

        Assert.Equal("$.principle", error.Path);
        Assert.Contains("'two-chinas'", error.Message);
        Assert.Contains("one-china, territorial-integrity, sovereignty, initiative", error.Message);
    }

    [Fact]
    public void An_unknown_enum_value_inside_a_list_names_the_item()
    {
        var json = SeedEvents.IntegritySupportAffirmed.ToJson().Replace("\"sovereignty\"", "\"independence\"");

        var error = Assert.Throws<JsonException>(() => IntegritySupportAffirmed.FromJson(json));

        Assert.Equal("$.principles[1]", error.Path);
    }

    [Fact]
    public void A_duplicate_property_is_refused()
    {
        var error = Fails(Valid.Replace("\"place\":\"Baku\"", "\"place\":\"Baku\",\"place\":\"Beijing\""));

        Assert.Equal("$.place", error.Path);
        Assert.Contains("'place'", error.Message);
        Assert.Contains("more than once", error.Message);
    }

    [Fact]
    public void A_duplicate_set_item_is_refused()
    {
        var json = SeedEvents.CooperationHighlighted.ToJson().Replace("[\"political\",", "[\"political\",\"political\",");

        var error = Assert.Throws<JsonException>(() => CooperationHighlighted.FromJson(json));

        Assert.Equal("$.areas[1]", error.Path);
    }

    [Fact]
    public void A_duplicate_map_key_is_refused()
    {
        var json = SeedEvents.CooperationHighlighted.ToJson().Replace("{\"partnership\":\"strategic\"}", "{\"partnership\":\"strategic\",\"partnership\":\"comprehensive\"}");

        var error = Assert.Throws<JsonException>(() => CooperationHighlighted.FromJson(json));

        Assert.Equal("$.notes.partnership", error.Path);
    }

    [Theory]
    [InlineData("2024.0")]
    [InlineData("2.024e3")]
    [InlineData("20240e-1")]
    public void A_whole_number_written_with_a_point_or_an_exponent_is_an_int_as_in_json_schema(string number)
    {
        var json = SeedEvents.PartnershipRecalled.ToJson().Replace("\"adoptedIn\":2024", "\"adoptedIn\":" + number);

        Assert.Equal(2024, PartnershipRecalled.FromJson(json).AdoptedIn);
    }

    [Theory]
    [InlineData("3000000000", "int")]
    [InlineData("1.5", "int")]
    [InlineData("2024.5e0", "int")]
    [InlineData("1e400", "int")]
    public void A_number_out_of_range_is_refused(string number, string type)
    {
        var json = SeedEvents.PartnershipRecalled.ToJson().Replace("\"adoptedIn\":2024", "\"adoptedIn\":" + number);

        var error = Assert.Throws<JsonException>(() => PartnershipRecalled.FromJson(json));

        Assert.Equal("$.adoptedIn", error.Path);
        Assert.Contains("'adoptedIn'", error.Message);
        Assert.Contains("not a valid " + type, error.Message);
    }

    [Theory]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    [InlineData("1.7976931348623158e308", double.MaxValue)]
    [InlineData("1.797693134862315807e308", double.MaxValue)]
    [InlineData("-1.797693134862315807e308", double.MinValue)]
    [InlineData("1.797693134862315808e308", null)]
    [InlineData("1.7976931348623159e308", null)]
    [InlineData("-1.7976931348623159e308", null)]
    [InlineData("1e400", null)]
    public void A_double_is_refused_only_where_it_rounds_to_infinity(string number, double? expected)
    {
        // The bound docs/json.md gives: the largest double plus half a step (2^1024 - 2^970, about
        // 1.797693134862315808e308); below it a number rounds to the largest double, as every IEEE 754 reader rounds it.
        var leaf = """{"label":"x","weight":""" + number + "}";

        if (expected is { } value)
        {
            Assert.Equal(value, Leaf.FromJson(leaf).Weight);
        }
        else
        {
            var error = Assert.Throws<JsonException>(() => Leaf.FromJson(leaf));
            Assert.Equal("$.weight", error.Path);
            Assert.Contains("not a valid double", error.Message);
        }
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-4-17")]
    [InlineData("17.04.2025")]
    [InlineData("2025-04-17T00:00:00")]
    [InlineData("")]
    public void An_invalid_date_is_refused(string date)
    {
        var error = Fails(Valid.Replace("\"2025-04-17\"", "\"" + date + "\""));

        Assert.Equal("$.occurredOn", error.Path);
        Assert.Contains("not a valid date", error.Message);
    }

    [Fact]
    public void A_value_that_breaks_a_scalar_rule_is_refused_with_the_reason()
    {
        var error = Fails(Valid.Replace("\"country\":\"CN\"", "\"country\":\"China\""));

        Assert.Equal("$.ambassador.country", error.Path);
        Assert.Contains("CountryCode", error.Message);
        Assert.IsType<ArgumentException>(error.InnerException);
    }

    [Theory]
    [InlineData("\"moment\":\"2025-04-17T00:00:00Z\"", "\"moment\":\"2025-04-17T00:00:00\"", "$.moment")]
    [InlineData("\"at\":\"00:00:00Z\"", "\"at\":\"24:00:00Z\"", "$.at")]
    [InlineData("\"at\":\"00:00:00Z\"", "\"at\":\"12:00:00\"", "$.at")]
    [InlineData("\"at\":\"00:00:00Z\"", "\"at\":\"22:59:60Z\"", "$.at")]
    [InlineData("\"span\":\"PT0S\"", "\"span\":\"PT0.5S\"", "$.span")]
    [InlineData("\"span\":\"PT0S\"", "\"span\":\"PT1H2S\"", "$.span")]
    [InlineData("\"span\":\"PT0S\"", "\"span\":\"-P1D\"", "$.span")]
    [InlineData("\"span\":\"PT0S\"", "\"span\":\"P1WT1H\"", "$.span")]
    [InlineData("\"link\":\"/relative\"", "\"link\":\"/%zz\"", "$.link")]
    [InlineData("\"link\":\"/relative\"", "\"link\":\"https://example.org/a\\\\b\"", "$.link")]
    [InlineData("\"span\":\"PT0S\"", "\"span\":\"1 hour\"", "$.span")]
    [InlineData("\"id\":\"00000000-0000-0000-0000-000000000000\"", "\"id\":\"not-a-uuid\"", "$.id")]
    [InlineData("\"flag\":false", "\"flag\":\"false\"", "$.flag")]
    [InlineData("\"small\":0", "\"small\":6", null)]
    [InlineData("\"level\":\"low\"", "\"level\":\"LOW\"", "$.level")]
    [InlineData("\"percent\":0", "\"percent\":101", "$.percent")]
    [InlineData("\"matrix\":[]", "\"matrix\":[[1],[\"2\"]]", "$.matrix[1][0]")]
    public void Every_kind_of_value_is_checked(string valid, string invalid, string? path)
    {
        Assert.Contains(valid, CoverageSamples.MinimalJson);
        var json = CoverageSamples.MinimalJson.Replace(valid, invalid);

        if (path is null)
        {
            // A constraint, not a type error: read fine, reported by Validate().
            Assert.False(EveryType.FromJson(json).Validate().IsValid);
            return;
        }
        var error = Assert.Throws<JsonException>(() => EveryType.FromJson(json));
        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void The_minimal_document_applies_defaults()
    {
        var evt = EveryType.FromJson(CoverageSamples.MinimalJson);

        Assert.Equal(7, evt.Counter);
        Assert.Null(evt.Slug);
        Assert.Null(evt.Note);
        Assert.Equal(new Uri("/relative", UriKind.Relative), evt.Link);
        Assert.True(evt.Validate().IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"ambassador\":{} ")]
    [InlineData("{} {}")]
    public void Malformed_or_truncated_json_is_a_json_exception(string json)
    {
        Assert.ThrowsAny<JsonException>(() => CredentialsPresented.FromJson(json));
    }

    [Fact]
    public void JsonSerializer_reports_the_same_path()
    {
        var json = Valid.Replace("\"country\":\"AZ\"", "\"country\":7");

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CredentialsPresented>(json));

        Assert.Equal("$.receivedBy.country", error.Path);
    }
}
