using CollectionItems;

// The nulls are put there on purpose: the analyzer that flags them (ES1002) is right, and is what these tests get past.
#pragma warning disable ES1002

namespace EventSchema.Json.Tests;

/// <summary>
/// <c>Validate()</c> walks sets and maps as it walks lists: an item that is null where its type has no '?', or an enum
/// value the enum does not define, is an error there, as it is to the writer; walking the collections readers make and
/// the usual .NET ones allocates nothing.
/// </summary>
public sealed class CollectionItemValidationTests
{
    private static readonly Inventory Valid = new()
    {
        Labels = new HashSet<string> { "a", "b" },
        Levels = new HashSet<Level> { Level.Low },
        Notes = new Dictionary<string, string> { ["x"] = "one" },
        LevelByName = new Dictionary<string, Level> { ["x"] = Level.High },
        Steps = new Dictionary<string, Step> { ["first"] = new() { Name = "draft" } },
        Remarks = new Dictionary<string, string?> { ["x"] = null },
    };

    [Fact]
    public void A_valid_inventory_is_valid_and_round_trips()
    {
        Assert.True(Valid.Validate().IsValid);
        Assert.Equal(Valid, Inventory.FromJson(Valid.ToJson()));
    }

    [Fact]
    public void A_null_set_item_is_reported_where_the_writer_refuses_it()
    {
        var value = Valid with { Labels = new HashSet<string> { "a", null! } };

        var error = Assert.Single(value.Validate().Errors);

        Assert.Equal("required", error.Code);
        Assert.StartsWith("labels[", error.Path, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(value.ToJson);
    }

    [Fact]
    public void A_null_map_value_is_reported_at_its_key()
    {
        var value = Valid with { Notes = new Dictionary<string, string> { ["x"] = "one", ["y"] = null! } };

        var error = Assert.Single(value.Validate().Errors);

        Assert.Equal(("required", "notes[\"y\"]"), (error.Code, error.Path));
        Assert.Throws<InvalidOperationException>(value.ToJson);
    }

    [Fact]
    public void A_null_value_of_a_map_whose_values_may_be_null_is_valid()
    {
        var value = Valid with { Remarks = new Dictionary<string, string?> { ["x"] = null, ["y"] = "two" } };

        Assert.True(value.Validate().IsValid);
    }

    [Fact]
    public void Undefined_enum_values_in_sets_and_maps_are_reported()
    {
        var value = Valid with
        {
            Levels = new HashSet<Level> { Level.Low, (Level)42 },
            LevelByName = new Dictionary<string, Level> { ["x"] = Level.High, ["z"] = (Level)7 },
        };

        var errors = value.Validate().Errors;

        Assert.Equal(["enum", "enum"], errors.Select(e => e.Code));
        Assert.StartsWith("levels[", errors[0].Path, StringComparison.Ordinal);
        Assert.Equal("levelByName[\"z\"]", errors[1].Path);
    }

    [Fact]
    public void Items_of_a_set_or_map_of_another_type_are_walked_too()
    {
        var value = Valid with
        {
            Labels = System.Collections.Immutable.ImmutableHashSet.Create("a", null!),
            Steps = System.Collections.Immutable.ImmutableDictionary.CreateRange(
                [new KeyValuePair<string, Step>("first", new Step { Name = "" })]),
        };

        Assert.Equal(["required", "minLength"], value.Validate().Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("key", "$.steps.key.name")]
    [InlineData("odd key", "$.steps['odd key'].name")]
    public void Under_validate_on_read_an_entrys_json_path_has_the_form_validate_gives_it(string key, string jsonPath)
    {
        var json = (Valid with { Steps = new Dictionary<string, Step> { [key] = new() { Name = "" } } }).ToJson();

        var error = Assert.Throws<System.Text.Json.JsonException>(() => Inventory.FromJson(json, new EventJsonOptions { ValidateOnRead = true }));

        var inner = Assert.Single(Assert.IsType<SchemaValidationException>(error.InnerException).Result.Errors);
        Assert.Equal(jsonPath, inner.JsonPath);
        Assert.Equal(jsonPath, error.Path);
        Assert.Equal(jsonPath, Assert.Single(Inventory.FromJson(json).Validate().Errors).JsonPath);
    }

    [Fact]
    public void Validating_sets_and_maps_allocates_nothing()
    {
        var read = Inventory.FromJson(Valid.ToJson());
        Assert.IsType<ReadOnlyStringMap<Step>>(read.Steps);

        Assert.Equal(0, AllocatedWhileValidating(Valid));
        Assert.Equal(0, AllocatedWhileValidating(read));
    }

    private static long AllocatedWhileValidating(Inventory value)
    {
        Assert.True(value.Validate().IsValid);
        var before = GC.GetAllocatedBytesForCurrentThread();
        bool valid = value.Validate().IsValid;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(valid);
        return allocated;
    }
}
