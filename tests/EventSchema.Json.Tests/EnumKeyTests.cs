using System.Text.Json;
using JsonCoverage;

namespace EventSchema.Json.Tests;

/// <summary>A generated enum is a dictionary key for JsonSerializer too, written and read as its schema strings.</summary>
public sealed class EnumKeyTests
{
    [Fact]
    public void A_dictionary_keyed_by_a_generated_enum_round_trips_through_JsonSerializer_with_the_schema_strings()
    {
        var byLevel = new Dictionary<Level, int> { [Level.Low] = 1, [Level.Medium] = 2, [Level.High] = 3 };

        string json = JsonSerializer.Serialize(byLevel);
        var read = JsonSerializer.Deserialize<Dictionary<Level, int>>(json)!;

        Assert.Equal("{\"low\":1,\"MEDIUM\":2,\"tr\\u00E8s haut\":3}", json);
        Assert.Equal(byLevel, read);
    }

    [Fact]
    public void An_unknown_key_is_a_JsonException()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<Level, int>>("{\"urgent\":1}"));

        Assert.Contains("urgent", error.Message, StringComparison.Ordinal);
    }
}
