using UnicodeText;

namespace EventSchema.Json.Tests;

/// <summary>
/// A string holding a lone UTF-16 surrogate is not Unicode text: no JSON string can hold it, and a writer puts U+FFFD
/// in its place, so the value reads back different. <c>Validate()</c> reports it as a <c>type</c> error wherever a
/// string sits.
/// </summary>
public sealed class UnpairedSurrogateValidationTests
{
    private const string Lone = "a\uD800b";

    private static readonly Note Valid = new()
    {
        Title = "Baku \uD83D\uDE00",
        Subtitle = "pair at the end \uD83D\uDE00",
        Code = "\uD83D\uDE00",
        Word = Word.From("w\uD83D\uDE00"),
        Author = new Author { Name = "Lu" },
        Tags = ["x"],
        Maybe = [null, "y"],
        Labels = new HashSet<string> { "l" },
        ByLang = new Dictionary<string, string> { ["en"] = "hello" },
        Lines = [["one"]],
    };

    [Fact]
    public void Text_with_surrogate_pairs_only_is_valid_and_round_trips()
    {
        Assert.True(Valid.Validate().IsValid, Valid.Validate().ToString());
        Assert.Equal(Valid, Note.FromJson(Valid.ToJson()));
    }

    // Test case arguments are serialized as UTF-8, which would turn a lone surrogate into U+FFFD: the cases pick by index.
    private static readonly string[] LoneTexts =
    [
        "\uD800",
        "\uDC00",
        "ab\uDBFF",
        "\uDC00\uD800",
        "\uD83D\uDE00\uD83D",
        "0123456789abcdefghijklmnopqrstuvwxyz0123456789\uDFFFabcdefghijklmnopqrstuvwxyz",
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_lone_surrogate_is_a_type_error_at_the_path_of_every_string(int text)
    {
        string lone = LoneTexts[text];
        var value = Valid with
        {
            Title = lone,
            Subtitle = lone,
            Code = lone.Length <= 10 ? lone : Lone, // within @maxLength(10)
            Author = new Author { Name = lone },
            Tags = ["x", lone],
            Maybe = [null, lone],
            Labels = new HashSet<string> { lone },
            ByLang = new Dictionary<string, string> { [lone] = "k", ["v"] = lone },
            Lines = [["ok", lone]],
        };

        var errors = value.Validate().Errors;

        Assert.Equal(
            [
                ("title", "$.title"),
                ("subtitle", "$.subtitle"),
                ("code", "$.code"),
                ("author.name", "$.author.name"),
                ("tags[1]", "$.tags[1]"),
                ("maybe[1]", "$.maybe[1]"),
                ("labels[0]", "$.labels[0]"),
                // A key's error is at the map, the key beside it (as JSON Schema's propertyNames applies to the object).
                ("byLang", "$['by-lang']"),
                ("byLang[\"v\"]", "$['by-lang'].v"),
                ("lines[0][1]", "$.lines[0][1]"),
            ],
            errors.Select(e => (e.Path, e.JsonPath)));
        Assert.All(errors, error => Assert.Equal("type", error.Code));
        Assert.Equal("Title " + ValidationRulesText, errors[0].Message);
        Assert.Equal("Tag 2 " + ValidationRulesText, errors[4].Message);
        Assert.Equal(lone, errors[7].MapKey);
        Assert.Null(errors[8].MapKey);
    }

    [Fact]
    public void Length_rules_are_still_checked_beside_the_text()
    {
        var errors = (Valid with { Code = Lone + new string('0', 10) }).Validate().Errors;

        Assert.Equal([("type", "code"), ("maxLength", "code")], errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void A_string_scalar_refuses_a_lone_surrogate()
    {
        var refused = Assert.Throws<ArgumentException>(() => Word.From(Lone));

        Assert.Contains("is not a valid Word (type)", refused.Message, StringComparison.Ordinal);
        Assert.False(Word.TryFrom("\uDC00", out _));
    }

    [Fact]
    public void Writers_put_U_FFFD_in_its_place_as_Utf8JsonWriter_does()
    {
        var value = Valid with { Title = Lone };

        string json = value.ToJson();

        Assert.Contains("\"title\":\"a\\uFFFDb\"", json, StringComparison.Ordinal);
        Assert.Equal("a\uFFFDb", Note.FromJson(json).Title);
    }

    private const string ValidationRulesText = "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.";
}
