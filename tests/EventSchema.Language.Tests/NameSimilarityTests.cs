using EventSchema.Language.Binding;

namespace EventSchema.Language.Tests;

/// <summary>"Did you mean" finds the name a typist meant, and stays quiet when the names only share a few letters.</summary>
public class NameSimilarityTests
{
    [Theory]
    [InlineData("lsit", "list")]
    [InlineData("strng", "string")]
    [InlineData("recrod", "record")]
    [InlineData("Strnig", "string")]
    [InlineData("dattime", "datetime")]
    public void A_typo_finds_the_name(string written, string meant)
        => Assert.Equal(meant, NameSimilarity.FindClosest(written, ["list", "set", "map", "string", "record", "date", "datetime", "duration"]));

    [Theory]
    [InlineData("name")]
    [InlineData("count")]
    [InlineData("mpa2x")]
    public void A_different_word_finds_nothing(string written)
        => Assert.Null(NameSimilarity.FindClosest(written, ["list", "set", "map", "string", "record", "date", "datetime", "duration"]));

    [Theory]
    [InlineData("Diplomacy.Commons", "Diplomacy.Common")]
    [InlineData("Dilpomacy.News", "Diplomacy.News")]
    [InlineData("diplomacy", "Diplomacy")]
    public void A_namespace_with_a_typo_in_a_segment_finds_the_declared_one(string written, string meant)
        => Assert.Equal(meant, NameSimilarity.FindClosestNamespace(written, ["Diplomacy", "Diplomacy.Common", "Diplomacy.News", "Shipping.Services"]));

    [Theory]
    [InlineData("Shipping.Contracts")]
    [InlineData("Diplomacy.Common.Types")]
    [InlineData("Diplomacy.Trade")]
    public void A_namespace_that_differs_in_a_whole_segment_or_in_depth_finds_nothing(string written)
        => Assert.Null(NameSimilarity.FindClosestNamespace(written, ["Diplomacy", "Diplomacy.Common", "Diplomacy.News", "Shipping.Services"]));

    [Theory]
    [InlineData("ab", "ba", 1)]
    [InlineData("lsit", "list", 1)]
    [InlineData("name", "date", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("ABC", "abc", 0)]
    public void Distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int expected)
        => Assert.Equal(expected, NameSimilarity.Distance(a, b));
}
