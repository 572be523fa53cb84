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

    [Fact]
    public void Maps_keep_the_order_of_their_entries_and_up_to_eight_are_read_into_a_compact_map()
    {
        for (var size = 0; size <= 12; size++)
        {
            var keys = Enumerable.Range(0, size).Select(Key).Reverse().ToArray();

            var scores = EveryType.FromJson(WithScores(keys)).Scores;

            Assert.Equal(keys, scores.Select(p => p.Key));
            Assert.Equal(size <= 8, scores is ReadOnlyStringMap<int>);
        }
    }

    [Fact]
    public void A_compact_map_finds_its_keys_ordinally_and_says_which_key_is_missing()
    {
        var scores = EveryType.FromJson(WithScores(["k01x", "k11x", "K01x", ""])).Scores;

        Assert.IsType<ReadOnlyStringMap<int>>(scores);
        Assert.Equal(4, scores.Count);
        Assert.Equal(1, scores["k11x"]);
        Assert.Equal(3, scores[""]);
        Assert.True(scores.TryGetValue("K01x", out var upper));
        Assert.Equal(2, upper);
        Assert.False(scores.ContainsKey("k21x"));
        Assert.False(scores.TryGetValue("k01X", out _));
        Assert.Equal(["k01x", "k11x", "K01x", ""], scores.Keys);
        Assert.Equal([0, 1, 2, 3], scores.Values);
        var missing = Assert.Throws<KeyNotFoundException>(() => scores["k21x"]);
        Assert.Contains("'k21x'", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => scores.ContainsKey(null!));
    }

    [Fact]
    public void A_value_read_with_a_compact_map_equals_the_same_value_made_with_a_dictionary()
    {
        var keys = new[] { "k01x", "k11x", "k21x" };
        var read = EveryType.FromJson(WithScores(keys));
        var made = read with { Scores = new Dictionary<string, int> { ["k21x"] = 2, ["k01x"] = 0, ["k11x"] = 1 } };
        var other = read with { Scores = new Dictionary<string, int> { ["k21x"] = 2, ["k01x"] = 0, ["k11x"] = 5 } };

        Assert.IsType<ReadOnlyStringMap<int>>(read.Scores);
        Assert.Equal(made, read);
        Assert.Equal(read, made);
        Assert.Equal(made.GetHashCode(), read.GetHashCode());
        Assert.NotEqual(other, read);
        Assert.Equal(made.ToJson(), read.ToJson().Replace("\"k01x\":0,\"k11x\":1,\"k21x\":2", "\"k21x\":2,\"k01x\":0,\"k11x\":1", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_read_with_the_same_entries_in_any_order_are_equal_and_a_changed_value_is_not()
    {
        var keys = Enumerable.Range(0, 8).Select(Key).ToArray();
        var read = EveryType.FromJson(WithScores(keys));
        var shuffled = EveryType.FromJson(WithScoresAt(keys, [3, 0, 7, 1, 6, 2, 5, 4], [3, 0, 7, 1, 6, 2, 5, 4]));
        var changed = EveryType.FromJson(WithScoresAt(keys, [3, 0, 7, 1, 6, 2, 5, 4], [3, 0, 7, 1, 6, 2, 5, 9]));
        var renamed = EveryType.FromJson(WithScores([.. keys[..7], "k99x"]));

        Assert.IsType<ReadOnlyStringMap<int>>(shuffled.Scores);
        Assert.Equal(read, EveryType.FromJson(WithScores(keys)));
        Assert.Equal(read, shuffled);
        Assert.Equal(read.GetHashCode(), shuffled.GetHashCode());
        Assert.NotEqual(read, changed);
        Assert.NotEqual(read, renamed);
    }

    [Fact]
    public void Keys_compare_ordinally_in_both_directions_whatever_comparer_a_dictionary_was_made_with()
    {
        var read = EveryType.FromJson(WithScores(["k01x", "k11x"]));
        var otherCase = read with { Scores = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["K01X"] = 0, ["K11X"] = 1 } };
        var sameCase = read with { Scores = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["k01x"] = 0, ["k11x"] = 1 } };

        Assert.NotEqual(read, otherCase);
        Assert.NotEqual(otherCase, read);
        Assert.Equal(read, sameCase);
        Assert.Equal(sameCase, read);
        Assert.Equal(read.GetHashCode(), sameCase.GetHashCode());
    }

    // Keys of one length that differ only inside, so that nothing but a full comparison tells them apart.
    private static string Key(int i) => "k" + i.ToString("D2", CultureInfo.InvariantCulture) + "x";

    // The entries keys[order[i]]: values[i], in that order.
    private static string WithScoresAt(string[] keys, int[] order, int[] values)
    {
        var entries = string.Join(",", order.Select((k, i) => "\"" + keys[k] + "\":" + values[i].ToString(CultureInfo.InvariantCulture)));
        return CoverageSamples.MinimalJson.Replace("\"scores\":{}", "\"scores\":{" + entries + "}", StringComparison.Ordinal);
    }

    private static string WithScores(string[] keys)
    {
        var entries = string.Join(",", keys.Select((key, i) => "\"" + key + "\":" + i.ToString(CultureInfo.InvariantCulture)));
        return CoverageSamples.MinimalJson.Replace("\"scores\":{}", "\"scores\":{" + entries + "}", StringComparison.Ordinal);
    }
}
