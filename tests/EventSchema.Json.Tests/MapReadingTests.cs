using System.Globalization;
using System.Text.Json;
using JsonCoverage;

namespace EventSchema.Json.Tests;

/// <summary>
/// Maps of every small size read back exactly, and a key given twice is refused at the repeated key, wherever the two
/// stand (the first entries of a map are checked apart from the rest).
/// </summary>
public sealed class MapReadingTests
{
    [Fact]
    public void Maps_of_every_small_size_read_back_exactly()
    {
        for (var size = 0; size <= 20; size++)
        {
            var keys = Enumerable.Range(0, size).Select(Key).ToArray();

            var value = EveryType.FromJson(WithScores(keys));

            Assert.Equal(keys.Select((key, i) => KeyValuePair.Create(key, i)).OrderBy(p => p.Key, StringComparer.Ordinal), value.Scores.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_key_given_twice_is_refused_at_the_repeated_key_wherever_both_stand()
    {
        for (var size = 2; size <= 12; size++)
        {
            for (var first = 0; first < size; first++)
            {
                for (var repeat = first + 1; repeat < size; repeat++)
                {
                    var keys = Enumerable.Range(0, size).Select(Key).ToArray();
                    keys[repeat] = keys[first];

                    var error = Assert.Throws<JsonException>(() => EveryType.FromJson(WithScores(keys)));

                    Assert.Equal("$.scores." + keys[first], error.Path);
                    Assert.Equal("Property '" + keys[first] + "': The key appears more than once in the map; each key may be given only once. Path: $.scores." + keys[first] + ".", error.Message);
                }
            }
        }
    }

    // Keys of one length that differ only inside, so that nothing but a full comparison tells them apart.
    private static string Key(int i) => "k" + i.ToString("D2", CultureInfo.InvariantCulture) + "x";

    private static string WithScores(string[] keys)
    {
        var entries = string.Join(",", keys.Select((key, i) => "\"" + key + "\":" + i.ToString(CultureInfo.InvariantCulture)));
        return CoverageSamples.MinimalJson.Replace("\"scores\":{}", "\"scores\":{" + entries + "}", StringComparison.Ordinal);
    }
}
