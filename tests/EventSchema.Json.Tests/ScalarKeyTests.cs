using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EventSchema.Generated;
using KeyedMaps;

namespace EventSchema.Json.Tests;

/// <summary>
/// A generated scalar is a dictionary key for JsonSerializer, written as its wire text and read back with its rules,
/// with reflection and through GeneratedJson alike.
/// </summary>
public sealed class ScalarKeyTests
{
    private static readonly JsonSerializerOptions WithoutReflection = new() { TypeInfoResolver = JsonTypeInfoResolver.Combine(GeneratedJson.Resolver, new DictionaryResolver()) };

    [Fact]
    public void Keys_of_every_underlying_type_are_written_as_their_wire_text_and_read_back()
    {
        AssertRoundTrip(new Dictionary<CountryCode, int> { [CountryCode.From("AZ")] = 1, [CountryCode.From("CN")] = 2 }, "{\"AZ\":1,\"CN\":2}");
        AssertRoundTrip(new Dictionary<DelegateCount, int> { [DelegateCount.From(12)] = 1, [DelegateCount.From(500)] = 2 }, "{\"12\":1,\"500\":2}");
        AssertRoundTrip(new Dictionary<Quota, int> { [Quota.From(-0.5m)] = 1 }, JsonSerializer.Serialize(new Dictionary<decimal, int> { [-0.5m] = 1 }));
        AssertRoundTrip(new Dictionary<Offset, int> { [Offset.From(-5)] = 1, [Offset.From(9007199254740993)] = 2 }, "{\"-5\":1,\"9007199254740993\":2}");
        // Numbers as System.Text.Json writes its own number keys.
        AssertRoundTrip(new Dictionary<Weight, int> { [Weight.From(0.1)] = 1, [Weight.From(1e300)] = 2 }, JsonSerializer.Serialize(new Dictionary<double, int> { [0.1] = 1, [1e300] = 2 }));
        AssertRoundTrip(new Dictionary<Weight, int> { [Weight.From(1e300)] = 2 }, "{\"1E+300\":2}");
        AssertRoundTrip(new Dictionary<Quota, int> { [Quota.From(12.50m)] = 1 }, "{\"12.50\":1}");
        AssertRoundTrip(new Dictionary<Confirmed, int> { [Confirmed.From(true)] = 1, [Confirmed.From(false)] = 0 }, "{\"true\":1,\"false\":0}");
        AssertRoundTrip(new Dictionary<SessionId, int> { [SessionId.From(Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E"))] = 1 }, "{\"0f8fad5b-d9cb-469f-a165-70867728950e\":1}");
        AssertRoundTrip(new Dictionary<SessionDay, int> { [SessionDay.From(new DateOnly(2025, 4, 17))] = 1 }, "{\"2025-04-17\":1}");
        AssertRoundTrip(new Dictionary<Opening, int> { [Opening.From(new DateTimeOffset(2025, 4, 17, 10, 30, 0, TimeSpan.FromHours(4)))] = 1 }, "{\"2025-04-17T10:30:00+04:00\":1}");
        Assert.Equal("{\"2025-04-17T10:30:00+04:00\":1}", JsonSerializer.Serialize(new Dictionary<DateTimeOffset, int> { [new DateTimeOffset(2025, 4, 17, 10, 30, 0, TimeSpan.FromHours(4))] = 1 }));
        AssertRoundTrip(new Dictionary<Recess, int> { [Recess.From(IsoDuration.Parse("P1DT2H"))] = 1 }, "{\"P1DT2H\":1}");
        AssertRoundTrip(new Dictionary<Agenda, int> { [Agenda.From(new Uri("https://news.az/a?b=1#c"))] = 1, [Agenda.From(new Uri("../a", UriKind.Relative))] = 2 }, "{\"https://news.az/a?b=1#c\":1,\"../a\":2}");
    }

    [Fact]
    public void A_key_is_escaped_by_the_writers_encoder_and_read_whatever_its_escapes()
    {
        var map = new Dictionary<Title, int> { [Title.From("Köln \"x\"")] = 1 };
        var relaxed = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        Assert.Equal("{\"K\\u00F6ln \\u0022x\\u0022\":1}", JsonSerializer.Serialize(map));
        Assert.Equal("{\"Köln \\\"x\\\"\":1}", JsonSerializer.Serialize(map, relaxed));
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<Title, int>>(JsonSerializer.Serialize(map)));
        Assert.Equal(CountryCode.From("AZ"), Assert.Single(JsonSerializer.Deserialize<Dictionary<CountryCode, int>>("{\"\\u0041Z\":1}")!).Key);
    }

    [Theory]
    [InlineData("{\"az\":1}", "CountryCode", "Key \"az\": \"az\" is not a valid CountryCode (pattern)")]
    [InlineData("{\"501\":1}", "DelegateCount", "Key \"501\": 501 is not a valid DelegateCount (maximum)")]
    [InlineData("{\"0\":1}", "Weight", "Key \"0\": 0 is not a valid Weight (exclusiveMinimum)")]
    [InlineData("{\"twelve\":1}", "DelegateCount", "Key \"twelve\": The key is not a number written as JSON writes it, as a DelegateCount key is.")]
    [InlineData("{\" 12\":1}", "DelegateCount", "Key \" 12\": The key is not a number")]
    [InlineData("{\"12 \":1}", "DelegateCount", "Key \"12 \": The key is not a number")]
    [InlineData("{\"1.5\":1}", "DelegateCount", "Key \"1.5\": The number 1.5 is not a valid int")]
    [InlineData("{\"yes\":1}", "Confirmed", "Key \"yes\": The key is not true or false, as a Confirmed key is.")]
    [InlineData("{\"2025-02-30\":1}", "SessionDay", "Key \"2025-02-30\": The value '2025-02-30' is not a valid date")]
    [InlineData("{\"0f8fad5b\":1}", "SessionId", "Key \"0f8fad5b\": The value '0f8fad5b' is not a valid uuid")]
    public void A_key_that_breaks_the_scalars_rules_is_a_JsonException_at_the_keys_place(string json, string scalar, string message)
    {
        var reflection = Assert.Throws<JsonException>(() => Read(json, scalar, null));
        var generated = Assert.Throws<JsonException>(() => Read(json, scalar, WithoutReflection));

        Assert.StartsWith(message, reflection.Message, StringComparison.Ordinal);
        Assert.StartsWith(message, generated.Message, StringComparison.Ordinal);
        Assert.Equal(reflection.Message, generated.Message);
        Assert.NotNull(reflection.Path);
        Assert.Equal(reflection.Path, generated.Path);
    }

    [Fact]
    public void A_key_in_a_nested_dictionary_fails_at_its_place_in_the_document()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Dictionary<CountryCode, int>>>("{\"asia\":{\"CN\":1,\"kz\":2}}"));

        Assert.StartsWith("Key \"kz\": ", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.asia.kz", error.Path);
    }

    [Fact]
    public void A_scalar_key_with_no_value_or_one_that_breaks_its_rules_is_not_written()
    {
        // The defaults are there on purpose: the analyzer that flags them (ES1006) is right, and is what this test gets past.
#pragma warning disable ES1006
        var unset = Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(new Dictionary<CountryCode, int> { [default] = 1 }));
        var broken = Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(new Dictionary<DelegateCount, int> { [default] = 1 }, WithoutReflection));
#pragma warning restore ES1006

        Assert.StartsWith("CountryCode has no value", unset.Message, StringComparison.Ordinal);
        Assert.StartsWith("DelegateCount holds a value that breaks its rules", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_map_keyed_by_a_scalar_round_trips_through_the_generated_reader_and_JsonSerializer()
    {
        var roster = new Roster { Delegates = new Dictionary<CountryCode, int> { [CountryCode.From("AZ")] = 3, [CountryCode.From("CN")] = 5 } };

        string json = roster.ToJson();

        Assert.Equal("{\"delegates\":{\"AZ\":3,\"CN\":5},\"labels\":{},\"nested\":{}}", json);
        Assert.Equal(roster, Roster.FromJson(json));
        Assert.Equal(json, JsonSerializer.Serialize(roster, GeneratedJson.Roster));
        Assert.Equal(roster, JsonSerializer.Deserialize(json, GeneratedJson.Roster));
        Assert.True(Roster.FromJson(json).Validate().IsValid);
    }

    private static void AssertRoundTrip<TKey>(Dictionary<TKey, int> map, string? expected)
        where TKey : notnull
    {
        string json = JsonSerializer.Serialize(map);
        string generated = JsonSerializer.Serialize(map, WithoutReflection);

        if (expected is not null) Assert.Equal(expected, json);
        Assert.Equal(json, generated);
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<TKey, int>>(json));
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<TKey, int>>(json, WithoutReflection));
    }

    private static object? Read(string json, string scalar, JsonSerializerOptions? options) => scalar switch
    {
        "CountryCode" => JsonSerializer.Deserialize<Dictionary<CountryCode, int>>(json, options),
        "DelegateCount" => JsonSerializer.Deserialize<Dictionary<DelegateCount, int>>(json, options),
        "Weight" => JsonSerializer.Deserialize<Dictionary<Weight, int>>(json, options),
        "Confirmed" => JsonSerializer.Deserialize<Dictionary<Confirmed, int>>(json, options),
        "SessionDay" => JsonSerializer.Deserialize<Dictionary<SessionDay, int>>(json, options),
        "SessionId" => JsonSerializer.Deserialize<Dictionary<SessionId, int>>(json, options),
        _ => throw new ArgumentOutOfRangeException(nameof(scalar)),
    };

    /// <summary>
    /// Metadata for the dictionaries these tests use and their int values, built without reflection as a Native AOT
    /// application's own context would: the keys' metadata comes from GeneratedJson.
    /// </summary>
    private sealed class DictionaryResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            if (type == typeof(int)) return JsonMetadataServices.CreateValueInfo<int>(options, JsonMetadataServices.Int32Converter);
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Dictionary<,>) || type.GetGenericArguments()[1] != typeof(int)) return null;
            Type key = type.GetGenericArguments()[0];
            if (key == typeof(CountryCode)) return Dictionary<CountryCode>(options);
            if (key == typeof(Title)) return Dictionary<Title>(options);
            if (key == typeof(DelegateCount)) return Dictionary<DelegateCount>(options);
            if (key == typeof(Offset)) return Dictionary<Offset>(options);
            if (key == typeof(Weight)) return Dictionary<Weight>(options);
            if (key == typeof(Quota)) return Dictionary<Quota>(options);
            if (key == typeof(Confirmed)) return Dictionary<Confirmed>(options);
            if (key == typeof(SessionId)) return Dictionary<SessionId>(options);
            if (key == typeof(SessionDay)) return Dictionary<SessionDay>(options);
            if (key == typeof(Opening)) return Dictionary<Opening>(options);
            if (key == typeof(Recess)) return Dictionary<Recess>(options);
            if (key == typeof(Agenda)) return Dictionary<Agenda>(options);
            return null;
        }

        private static JsonTypeInfo<Dictionary<TKey, int>> Dictionary<TKey>(JsonSerializerOptions options)
            where TKey : notnull
            => JsonMetadataServices.CreateDictionaryInfo<Dictionary<TKey, int>, TKey, int>(
                options,
                new JsonCollectionInfoValues<Dictionary<TKey, int>> { ObjectCreator = static () => new Dictionary<TKey, int>() });
    }
}
