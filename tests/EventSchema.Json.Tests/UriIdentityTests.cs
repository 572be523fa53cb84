using UriIdentity;

namespace EventSchema.Json.Tests;

/// <summary>
/// <c>uri</c> values are equal when their text is, the text a writer writes: <see cref="Uri.Equals(object)"/> ignores the
/// fragment and the case of the scheme and host, which made two citations of different paragraphs one set item (a
/// reader refused such a set as holding a duplicate) and two records that write different JSON equal.
/// </summary>
public sealed class UriIdentityTests
{
    private static readonly Citation Sample = new()
    {
        Page = new Uri("https://news.example/baku#p1"),
        Anchor = Link.From(new Uri("https://news.example/baku#p1")),
        Mirrors = [new Uri("https://news.example/baku#p1"), new Uri("https://news.example/baku#p2")],
        ByName = new Dictionary<string, Uri> { ["report"] = new("https://news.example/baku#p1") },
        Links = new HashSet<Link> { Link.From(new Uri("https://a.example/#x")) },
    };

    [Theory]
    [InlineData("https://news.example/baku#p2")]
    [InlineData("https://NEWS.example/baku#p1")]
    [InlineData("HTTPS://news.example/baku#p1")]
    public void Records_whose_uris_are_written_differently_are_not_equal(string other)
    {
        var changed = Sample with { Page = new Uri(other) };

        Assert.NotEqual(Sample.ToJson(), changed.ToJson());
        Assert.NotEqual(Sample, changed);
        Assert.NotEqual(Sample with { ByName = new Dictionary<string, Uri> { ["report"] = new(other) } }, Sample);
        Assert.NotEqual(Sample with { Anchor = Link.From(new Uri(other)) }, Sample);
    }

    [Fact]
    public void Records_whose_uris_have_the_same_text_are_equal_with_equal_hash_codes()
    {
        var copy = Sample with { Page = new Uri("https://news.example/baku#p1"), Mirrors = [.. Sample.Mirrors] };

        Assert.Equal(Sample, copy);
        Assert.Equal(Sample.GetHashCode(), copy.GetHashCode());
        Assert.Equal(Sample, Citation.FromJson(Sample.ToJson()));
    }

    [Fact]
    public void A_set_of_uris_differing_only_in_their_fragments_is_read_whole()
    {
        var json = Sample.ToJson().Replace("\"seeAlso\":[]", "\"seeAlso\":[\"https://a.example/r#x\",\"https://a.example/r#y\"]", StringComparison.Ordinal);
        json = json.Replace("\"links\":[\"https://a.example/#x\"]", "\"links\":[\"https://a.example/#x\",\"https://a.example/#y\"]", StringComparison.Ordinal);

        var read = Citation.FromJson(json);

        Assert.Equal(2, read.SeeAlso.Count);
        Assert.Equal(2, read.Links.Count);
        Assert.True(read.Validate().IsValid);
        Assert.Equal(read, Citation.FromJson(read.ToJson()));
    }

    [Fact]
    public void A_set_of_the_same_uri_twice_is_still_refused()
    {
        var json = Sample.ToJson().Replace("\"seeAlso\":[]", "\"seeAlso\":[\"https://a.example/r#x\",\"https://a.example/r#x\"]", StringComparison.Ordinal);

        var error = Assert.Throws<System.Text.Json.JsonException>(() => Citation.FromJson(json));

        Assert.Equal("$.seeAlso[1]", error.Path);
    }

    [Fact]
    public void Unique_items_and_the_default_set_compare_uris_by_their_text()
    {
        Assert.True(Sample.Validate().IsValid);
        Assert.Equal("uniqueItems", Assert.Single((Sample with { Mirrors = [new("https://a.example/"), new("https://a.example/")] }).Validate().Errors).Code);

        var fresh = Sample with { };
        var seeAlso = (ISet<Uri>)new Citation { Page = Sample.Page, Mirrors = [], ByName = Sample.ByName, Links = Sample.Links }.SeeAlso;
        Assert.True(seeAlso.Add(new Uri("https://a.example/r#x")));
        Assert.True(seeAlso.Add(new Uri("https://a.example/r#y")));
        Assert.Equal(fresh, Sample);
    }

    [Fact]
    public void The_comparer_compares_original_text_ordinally()
    {
        var comparer = UriTextComparer.Instance;

        Assert.True(comparer.Equals(null, null));
        Assert.False(comparer.Equals(new Uri("/a", UriKind.Relative), null));
        Assert.False(comparer.Equals(new Uri("https://a.example/#x"), new Uri("https://a.example/#y")));
        Assert.True(comparer.Equals(new Uri("https://a.example/#x"), new Uri("https://a.example/#x")));
        Assert.Equal(comparer.GetHashCode(new Uri("/a", UriKind.Relative)), comparer.GetHashCode(new Uri("/a", UriKind.Relative)));
    }
}
