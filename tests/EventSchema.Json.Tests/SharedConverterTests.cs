using System.Text.Json;
using Corridor.Shapes;
using Diplomacy;
using JsonCoverage;

namespace EventSchema.Json.Tests;

/// <summary>
/// The one converter class every generated record, event and union shares: what <c>[JsonConverter]</c> gives
/// System.Text.Json's reflection-based resolution, and what <c>GeneratedJson</c>'s metadata holds.
/// </summary>
public sealed class SharedConverterTests
{
    [Fact]
    public void Default_options_find_the_shared_converter_of_records_events_and_unions()
    {
        Assert.IsType<GeneratedTypeConverter<CredentialsPresented>>(JsonSerializerOptions.Default.GetConverter(typeof(CredentialsPresented)));
        Assert.IsType<GeneratedTypeConverter<Leaf>>(JsonSerializerOptions.Default.GetConverter(typeof(Leaf)));
        Assert.IsType<GeneratedTypeConverter<ConvoyPlanned>>(JsonSerializerOptions.Default.GetConverter(typeof(ConvoyPlanned)));
    }

    [Fact]
    public void Reflection_based_serialization_writes_and_reads_what_the_generated_entry_points_do()
    {
        EveryType value = CoverageSamples.Full;

        string json = JsonSerializer.Serialize(value);

        Assert.Equal(value.ToJson(), json);
        Assert.Equal(value, JsonSerializer.Deserialize<EveryType>(json));
        Assert.Equal(value.Leaves, JsonSerializer.Deserialize<List<Leaf>>(JsonSerializer.Serialize(value.Leaves)));
    }

    [Fact]
    public void The_attached_reading_options_apply_through_the_shared_converter()
    {
        var options = new JsonSerializerOptions().AddEventSchemaOptions(new EventJsonOptions { UnknownProperties = UnknownPropertyHandling.Reject });

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Leaf>("""{"label":"a","extra":1}""", options));

        Assert.Contains("extra", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factory_refuses_types_that_were_not_generated_with_a_message_that_says_what_to_do()
    {
        var factory = new GeneratedTypeConverterFactory();

        Assert.False(factory.CanConvert(typeof(string)));
        Assert.False(factory.CanConvert(typeof(JsonTypeEntryPoints<>)));
        var error = Assert.Throws<NotSupportedException>(() => factory.CreateConverter(typeof(Uri), JsonSerializerOptions.Default));
        Assert.Contains("GeneratedJson.Resolver", error.Message, StringComparison.Ordinal);
    }
}
