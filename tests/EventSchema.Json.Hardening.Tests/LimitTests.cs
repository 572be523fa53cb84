using System.Text;
using System.Text.Json;
using Diplomacy;
using EventSchema.Generated;
using EventSchema.Json.Tests;
using JsonCoverage;
using JsonHardening;

namespace EventSchema.Json.Hardening.Tests;

/// <summary>
/// The configured limits (depth, string length, collection size), duplicates, text that is not Unicode and numbers that
/// do not fit: each is a JsonException whose message gives the reason and whose Path names the field, the same every time.
/// </summary>
public sealed class LimitTests
{
    private static readonly int MaxDepth = EventJsonOptions.Default.MaxDepth;

    /// <summary><paramref name="levels"/> objects, each the <c>next</c> of the one around it.</summary>
    private static string NestedObjects(int levels)
        => string.Concat(Enumerable.Repeat("{\"next\":", levels - 1)) + "{}" + new string('}', levels - 1);

    private static string NextPath(int steps) => "$" + string.Concat(Enumerable.Repeat(".next", steps));

    /// <summary>Reads <paramref name="json"/> three times and checks each failure is the same JsonException.</summary>
    private static JsonException FailsTheSameWay(Action read)
    {
        var first = Assert.ThrowsAny<JsonException>(read);
        for (var i = 0; i < 2; i++)
        {
            var again = Assert.ThrowsAny<JsonException>(read);
            Assert.Equal(first.Message, again.Message);
            Assert.Equal(first.Path, again.Path);
        }
        return first;
    }

    private static JsonException ProbeFails(string json) => FailsTheSameWay(() => Probe.FromJson(json));

    private static JsonException ProbeFails(byte[] utf8) => FailsTheSameWay(() => Probe.FromJson(utf8));

    [Fact]
    public void Nesting_exactly_at_the_maximum_depth_is_read()
    {
        var probe = Probe.FromJson(NestedObjects(MaxDepth));

        var depth = 1;
        for (var node = probe; node.Next is { } next; node = next) depth++;
        Assert.Equal(MaxDepth, depth);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(10_000)]
    [InlineData(200_000)]
    public void Nesting_past_the_maximum_depth_is_a_json_exception_at_the_first_level_too_deep(int levelsPast)
    {
        var error = ProbeFails(NestedObjects(MaxDepth + levelsPast));

        Assert.Equal(NextPath(MaxDepth), error.Path);
        Assert.Contains("MaxDepth", error.Message);
        Assert.Contains(NextPath(MaxDepth), error.Message);
    }

    [Fact]
    public void Deep_nesting_through_lists_maps_and_every_route_is_a_json_exception()
    {
        const int Deep = 10_000;
        var arrays = new string('[', Deep) + new string(']', Deep);
        var children = string.Concat(Enumerable.Repeat("{\"children\":[", Deep)) + string.Concat(Enumerable.Repeat("]}", Deep));
        var branches = string.Concat(Enumerable.Repeat("{\"branches\":{\"b\":", Deep)) + "{}" + string.Concat(Enumerable.Repeat("}}", Deep));
        var matrix = CoverageSamples.MinimalJson.Replace("\"matrix\":[]", "\"matrix\":" + arrays);

        Assert.Contains("MaxDepth", ProbeFails(children).Message);
        Assert.Contains("MaxDepth", ProbeFails(branches).Message);
        Assert.Equal("$.nested[0][0]", ProbeFails("{\"nested\":" + arrays + "}").Path);
        var inUnknown = ProbeFails("{\"unknown\":" + arrays + "}");
        Assert.Contains("MaxDepth", inUnknown.Message);
        // Skipping the unknown property's value is what failed, so the error is at that property.
        Assert.Equal("$.unknown", inUnknown.Path);
        Assert.Equal("$.next.unknown", ProbeFails("{\"next\":{\"unknown\":" + arrays + "}}").Path);
        Assert.Equal("$.matrix[0][0]", FailsTheSameWay(() => EveryType.FromJson(matrix)).Path);
        FailsTheSameWay(() => JsonSerializer.Deserialize<Probe>(NestedObjects(Deep)));
        FailsTheSameWay(() => GeneratedEventCatalog.Instance.ReadEvent(Probe.EventType, Encoding.UTF8.GetBytes(NestedObjects(Deep))));
        var envelope = "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"hardening.probe.v1\",\"data\":" + NestedObjects(Deep) + "}";
        Assert.StartsWith("$.data", FailsTheSameWay(() => GeneratedEventCatalog.Instance.ReadCloudEvent(envelope)).Path);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(40)]
    public void A_configured_depth_is_the_limit(int maxDepth)
    {
        var options = new EventJsonOptions { MaxDepth = maxDepth };

        Probe.FromJson(NestedObjects(maxDepth), options);
        var error = FailsTheSameWay(() => Probe.FromJson(NestedObjects(maxDepth + 1), options));
        Assert.Equal(NextPath(maxDepth), error.Path);
    }

    [Fact]
    public void Strings_up_to_the_limit_are_read_and_longer_ones_rejected_however_they_are_spelled()
    {
        var limit = EventJsonOptions.Default.MaxStringLength;

        Assert.Equal(limit, Probe.FromJson("{\"text\":\"" + new string('a', limit) + "\"}").Text!.Length);
        foreach (var json in new[]
        {
            "{\"text\":\"" + new string('a', limit + 1) + "\"}",
            "{\"text\":\"" + string.Concat(Enumerable.Repeat("\\u0061", limit + 1)) + "\"}",
            "{\"text\":\"" + string.Concat(Enumerable.Repeat("\u00e9", limit + 1)) + "\"}",
        })
        {
            var error = ProbeFails(json);
            Assert.Equal("$.text", error.Path);
            Assert.Contains("MaxStringLength", error.Message);
        }
        Assert.Equal("$.strings[1]", ProbeFails("{\"strings\":[\"a\",\"" + new string('a', limit + 1) + "\"]}").Path);
        Assert.Equal("$.ambassador.name", FailsTheSameWay(() => CredentialsPresented.FromJson(
            CredentialsPresentedJson.Replace("Lu Mei", new string('L', limit + 1)))).Path);
    }

    [Fact]
    public void Map_keys_are_held_to_the_string_limit_too()
    {
        var options = new EventJsonOptions { MaxStringLength = 8 };

        Assert.Single(Probe.FromJson("{\"entries\":{\"12345678\":\"v\"}}", options).Entries!);
        var error = FailsTheSameWay(() => Probe.FromJson("{\"entries\":{\"123456789\":\"v\"}}", options));
        Assert.Equal("$.entries", error.Path);
        Assert.Contains("MaxStringLength", error.Message);
        Assert.Contains("The property name or map key is longer than the limit of 8", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_undeclared_property_name_past_the_limit_is_named_as_a_name_not_a_string(bool reuseStrings)
    {
        // Such a name is refused at the object that holds it (the name itself may be far too long for a path); the
        // message says it is the name that is too long, since the object has no string of that length.
        var options = new EventJsonOptions { MaxStringLength = 8, ReuseStrings = reuseStrings };

        Assert.NotNull(Probe.FromJson("{\"abcdefgh\":1}", options));
        var error = FailsTheSameWay(() => Probe.FromJson("{\"abcdefghi\":1}", options));

        Assert.Equal("$", error.Path);
        Assert.Contains("The property name or map key is longer than the limit of 8 UTF-16 code units (EventJsonOptions.MaxStringLength)", error.Message);
    }

    [Theory]
    [InlineData("strings", "\"s{0}\"", "$.strings[10000]")]
    [InlineData("names", "\"s{0}\"", "$.names[10000]")]
    [InlineData("nested", "[]", "$.nested[10000]")]
    [InlineData("children", "{{}}", "$.children[10000]")]
    public void Collections_past_the_limit_are_rejected_at_the_first_item_too_many(string field, string itemFormat, string path)
    {
        var limit = EventJsonOptions.Default.MaxCollectionSize;
        string Items(int count) => string.Join(",", Enumerable.Range(0, count).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, itemFormat, i)));

        Probe.FromJson("{\"" + field + "\":[" + Items(limit) + "]}");
        var error = ProbeFails("{\"" + field + "\":[" + Items(limit + 1) + "]}");
        Assert.Equal(path, error.Path);
        Assert.Contains("MaxCollectionSize", error.Message);
    }

    [Fact]
    public void Maps_past_the_limit_are_rejected()
    {
        var limit = EventJsonOptions.Default.MaxCollectionSize;
        string Entries(int count) => string.Join(",", Enumerable.Range(0, count).Select(i => $"\"k{i}\":\"v\""));

        Assert.Equal(limit, Probe.FromJson("{\"entries\":{" + Entries(limit) + "}}").Entries!.Count);
        var error = ProbeFails("{\"entries\":{" + Entries(limit + 1) + "}}");
        Assert.Equal("$.entries", error.Path);
        Assert.Contains("MaxCollectionSize", error.Message);
    }

    [Theory]
    [InlineData("{\"text\":\"a\",\"text\":\"b\"}", "$.text")]
    [InlineData("{\"text\":\"a\",\"te\\u0078t\":\"b\"}", "$.text")]
    [InlineData("{\"next\":{\"flag\":true,\"flag\":true}}", "$.next.flag")]
    [InlineData("{\"entries\":{\"k\":\"a\",\"k\":\"b\"}}", "$.entries.k")]
    [InlineData("{\"entries\":{\"k\":\"a\",\"\\u006b\":\"b\"}}", "$.entries.k")]
    [InlineData("{\"names\":[\"a\",\"b\",\"a\"]}", "$.names[2]")]
    public void Duplicates_are_rejected_by_default(string json, string path)
    {
        var error = ProbeFails(json);

        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_duplicate_cloud_event_attribute_is_rejected()
    {
        var json = "{\"specversion\":\"1.0\",\"id\":\"1\",\"id\":\"2\",\"source\":\"/s\",\"type\":\"hardening.probe.v1\",\"data\":{}}";

        Assert.Equal("$.id", FailsTheSameWay(() => GeneratedEventCatalog.Instance.ReadCloudEvent(json)).Path);
    }

    public static TheoryData<string, string, string> NotUnicode => new()
    {
        // field JSON with {0} where the bad text goes, expected path, and how the bad text is spelled
        { "{\"text\":\"{0}\"}", "$.text", "invalid UTF-8" },
        { "{\"strings\":[\"ok\",\"{0}\"]}", "$.strings[1]", "invalid UTF-8" },
        { "{\"entries\":{\"{0}\":\"v\"}}", "$.entries", "invalid UTF-8" },
        { "{\"text\":\"{0}\"}", "$.text", "lone surrogate" },
        { "{\"strings\":[\"ok\",\"{0}\"]}", "$.strings[1]", "lone surrogate" },
        { "{\"names\":[\"{0}\"]}", "$.names[0]", "lone surrogate" },
        { "{\"entries\":{\"{0}\":\"v\"}}", "$.entries", "lone surrogate" },
        { "{\"entries\":{\"k\":\"{0}\"}}", "$.entries.k", "lone surrogate" },
        { "{\"tone\":\"{0}\"}", "$.tone", "lone surrogate" },
        { "{\"day\":\"{0}\"}", "$.day", "lone surrogate" },
        { "{\"at\":\"{0}\"}", "$.at", "lone surrogate" },
        { "{\"moment\":\"{0}\"}", "$.moment", "lone surrogate" },
        { "{\"span\":\"{0}\"}", "$.span", "lone surrogate" },
        { "{\"id\":\"{0}\"}", "$.id", "lone surrogate" },
        { "{\"link\":\"{0}\"}", "$.link", "lone surrogate" },
        { "{\"next\":{\"{0}\":1}}", "$.next", "lone surrogate" },
        { "{\"next\":{\"text\":\"{0}\"}}", "$.next.text", "lone surrogate" },
    };

    [Theory]
    [MemberData(nameof(NotUnicode))]
    public void Text_that_is_not_unicode_is_a_json_exception_naming_the_field(string template, string path, string spelling)
    {
        var bad = spelling == "lone surrogate" ? "\\uD800"u8.ToArray() : [0xC3, 0x28, 0xFF];
        var at = template.IndexOf("{0}", StringComparison.Ordinal);
        byte[] json = [.. Encoding.UTF8.GetBytes(template[..at]), .. bad, .. Encoding.UTF8.GetBytes(template[(at + 3)..])];

        var error = ProbeFails(json);

        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message);
        Assert.Contains("not valid Unicode", error.Message);
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_or_cloud_event_attribute_is_a_json_exception()
    {
        Assert.Contains("not valid Unicode", ProbeFails("{\"te\\uDC00xt\":\"a\"}").Message);
        Assert.Contains("not valid Unicode", FailsTheSameWay(() => Probe.FromJson("{\"\\uD800\":1}", new EventJsonOptions { UnknownProperties = UnknownPropertyHandling.Reject })).Message);
        var envelope = "{\"specversion\":\"1.0\",\"id\":\"\\uD800\",\"source\":\"/s\",\"type\":\"hardening.probe.v1\",\"data\":{}}";
        Assert.Equal("$.id", FailsTheSameWay(() => GeneratedEventCatalog.Instance.ReadCloudEvent(envelope)).Path);
    }

    [Theory]
    [InlineData("int32", "1e400", "int")]
    [InlineData("int32", "1.5", "int")]
    [InlineData("int32", "2.147483648e9", "int")]
    [InlineData("int32", "2147483648", "int")]
    [InlineData("int32", "-2147483649", "int")]
    [InlineData("int64", "9223372036854775808", "long")]
    [InlineData("int64", "-9223372036854775809", "long")]
    [InlineData("int64", "1.5", "long")]
    [InlineData("int64", "9.3e18", "long")]
    [InlineData("int64", "1e400", "long")]
    [InlineData("real", "1e400", "double")]
    [InlineData("real", "-1e400", "double")]
    [InlineData("exact", "1e400", "decimal")]
    [InlineData("exact", "79228162514264337593543950336", "decimal")]
    [InlineData("integers", "[1,9223372036854775808]", "long")]
    public void Numbers_that_do_not_fit_are_rejected_with_the_number_and_the_type(string field, string number, string type)
    {
        var error = ProbeFails("{\"" + field + "\":" + number + "}");

        Assert.StartsWith("$." + field, error.Path);
        Assert.Contains("not a valid " + type, error.Message);
        Assert.Contains(error.Path!, error.Message);
    }

    [Fact]
    public void Whole_numbers_written_with_a_point_or_an_exponent_are_read_as_json_schema_reads_integers()
    {
        var probe = Probe.FromJson("{\"int32\":-2.147483648e9,\"int64\":9223372036854775807.000}");

        Assert.Equal(int.MinValue, probe.Int32);
        Assert.Equal(long.MaxValue, probe.Int64);
    }

    [Fact]
    public void Numbers_at_the_edges_of_their_types_are_read()
    {
        var probe = Probe.FromJson("{\"int32\":-2147483648,\"int64\":9223372036854775807,\"real\":1.7976931348623157e308,\"exact\":79228162514264337593543950335}");

        Assert.Equal(int.MinValue, probe.Int32);
        Assert.Equal(long.MaxValue, probe.Int64);
        Assert.Equal(double.MaxValue, probe.Real);
        Assert.Equal(decimal.MaxValue, probe.Exact);
    }

    private static readonly string CredentialsPresentedJson =
        """{"ambassador":{"name":"Lu Mei","title":"Ambassador","country":"CN"},"receivedBy":{"name":"Ilham Aliyev","title":"President","country":"AZ"},"occurredOn":"2025-04-17","place":"Baku","sources":[{"outlet":"News.Az","citing":"AZERTAC"}]}""";
}
