using JsonCoverage;

// The nulls are put there on purpose: the analyzer that flags them (ES1002) is right, and is what these tests get past.
#pragma warning disable ES1002

namespace EventSchema.Json.Tests;

/// <summary>
/// A required property or a non-optional item holding null (put there with <c>null!</c>) has no JSON form its reader
/// takes: writers refuse it with an <see cref="InvalidOperationException"/>, as for an unset scalar, instead of writing
/// <c>null</c>. Optional ones are written as null.
/// </summary>
public sealed class NullValueWritingTests
{
    [Fact]
    public void A_required_property_holding_null_is_refused_by_name()
    {
        var value = CoverageSamples.Full with { Text = null! };

        var error = Assert.Throws<InvalidOperationException>(value.ToJson);

        Assert.Contains("Property 'text' is required but holds null", error.Message, StringComparison.Ordinal);
        Assert.Contains("required", Assert.Single(value.Validate().Errors).Code, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_value_that_names_no_member_is_refused_with_what_to_do_and_the_writer_left_as_it_was()
    {
        var value = CoverageSamples.Full with { Level = (Level)42 };
        using var stream = new MemoryStream();
        using var writer = new System.Text.Json.Utf8JsonWriter(stream);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => value.WriteJson(writer));

        Assert.Equal(42, (int)(Level)error.ActualValue!);
        Assert.Contains("not a declared Level member, so it has no JSON text: the reader would refuse it", error.Message, StringComparison.Ordinal);
        Assert.Contains("Validate() reports it with code 'enum'", error.Message, StringComparison.Ordinal);
        Assert.Equal("enum", Assert.Single(value.Validate().Errors).Code);
        writer.Flush();
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void A_required_collection_holding_null_is_refused()
    {
        var value = CoverageSamples.Full with { Scores = null! };

        var error = Assert.Throws<InvalidOperationException>(() => System.Text.Json.JsonSerializer.Serialize(value, Generated.GeneratedJson.EveryType));

        Assert.Contains("Property 'scores' is required but holds null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_item_of_a_set_or_list_whose_type_has_no_question_mark_is_refused()
    {
        var inSet = CoverageSamples.Full with { Tags = new HashSet<string> { "a", null! } };
        var inList = CoverageSamples.Full with { Leaves = [null!] };

        Assert.Contains("holds null, but its type has no '?'", Assert.Throws<InvalidOperationException>(inSet.ToJson).Message, StringComparison.Ordinal);
        Assert.Contains("holds null, but its type has no '?'", Assert.Throws<InvalidOperationException>(inList.ToJson).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_item_of_a_list_of_strings_is_refused_and_one_of_a_list_of_optional_strings_is_written()
    {
        var refused = new CollectionItems.Lines { Words = ["a", null!], Asides = [] };
        var written = new CollectionItems.Lines { Words = ["a"], Asides = ["b", null] };

        Assert.Contains("holds null, but its type has no '?'", Assert.Throws<InvalidOperationException>(refused.ToJson).Message, StringComparison.Ordinal);
        Assert.Equal("{\"words\":[\"a\"],\"asides\":[\"b\",null]}", written.ToJson());
    }

    [Fact]
    public void An_optional_property_holding_null_is_left_out()
    {
        var value = CoverageSamples.Full with { Note = null };

        Assert.DoesNotContain("\"note\"", value.ToJson(), StringComparison.Ordinal);
    }
}
