using System.Globalization;
using Corridor.Shapes;
using JsonCoverage;

namespace EventSchema.Json.Tests;

/// <summary>
/// Generated equality on a record with a field of every kind: equal values in separate instances are equal with equal
/// hash codes, and a change to any one field makes them unequal.
/// </summary>
public class RecordEqualityTests
{
    [Fact]
    public void Equal_values_in_separate_instances_are_equal_with_equal_hash_codes()
    {
        EveryType first = CoverageSamples.Full, second = CoverageSamples.Full;

        Assert.NotSame(first, second);
        Assert.NotSame(first.Leaf, second.Leaf);
        Assert.True(first.Equals(second));
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equal_values_read_from_json_are_equal_to_the_values_written()
    {
        EveryType value = CoverageSamples.Full;
        EveryType read = EveryType.FromJson(value.ToJson());

        Assert.Equal(value, read);
        Assert.Equal(value.GetHashCode(), read.GetHashCode());
    }

    public static TheoryData<string> Changes => [.. ChangedCopies.Keys];

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_to_any_one_field_makes_the_values_unequal(string change)
    {
        EveryType original = CoverageSamples.Full;
        EveryType changed = ChangedCopies[change](original);

        Assert.False(original.Equals(changed), change);
        Assert.False(changed.Equals(original), change);
        Assert.True(original != changed, change);
    }

    [Fact]
    public void Not_a_number_equals_itself_as_the_compiler_s_record_equality_has_it()
    {
        EveryType first = CoverageSamples.Full with { Ratio = double.NaN, Leaf = new Leaf { Label = "n", Weight = double.NaN } };
        EveryType second = CoverageSamples.Full with { Ratio = double.NaN, Leaf = new Leaf { Label = "n", Weight = double.NaN } };

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Absent_optional_values_are_equal_to_each_other_and_not_to_present_ones()
    {
        EveryType absent = CoverageSamples.Full with { Note = null, Slug = null, Renamed = null };
        EveryType alsoAbsent = CoverageSamples.Full with { Note = null, Slug = null, Renamed = null };

        Assert.Equal(absent, alsoAbsent);
        Assert.Equal(absent.GetHashCode(), alsoAbsent.GetHashCode());
        Assert.NotEqual(absent, absent with { Note = "" });
        Assert.NotEqual(absent, absent with { Slug = Slug.From("baku") });
    }

    [Fact]
    public void Null_collections_and_records_compare_and_hash_without_throwing()
    {
        // Required members can still be left null by code that sets them to null explicitly (the constant analyzer
        // says so at build time, which is the point here).
#pragma warning disable ES1002
        EveryType first = CoverageSamples.Full with { Leaves = null!, Leaf = null! };
        EveryType second = CoverageSamples.Full with { Leaves = null!, Leaf = null! };
#pragma warning restore ES1002

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, CoverageSamples.Full);
        Assert.NotEqual(CoverageSamples.Full, first);
    }

    [Fact]
    public void A_collection_property_returns_the_collection_it_was_given()
    {
        var tags = new HashSet<string> { "energy", "trade" };
        var leaves = new List<Leaf> { new() { Label = "a" } };

        EveryType value = CoverageSamples.Full with { Tags = tags, Leaves = leaves };

        Assert.Same(tags, value.Tags);
        Assert.Same(leaves, value.Leaves);
        Assert.Same(tags, (value with { Text = "copied" }).Tags);
    }

    [Fact]
    public void Collections_of_different_types_with_equal_items_are_equal()
    {
        EveryType fromArrays = CoverageSamples.Full with
        {
            Leaves = [new Leaf { Label = "a" }, new Leaf { Label = "b" }],
            Tags = new HashSet<string> { "trade", "energy" },
            Scores = new Dictionary<string, int> { ["x"] = 1 },
        };
        EveryType fromLists = fromArrays with
        {
            Leaves = new List<Leaf> { new() { Label = "a" }, new() { Label = "b" } },
            Tags = new SortedSet<string> { "energy", "trade" },
            Scores = new SortedDictionary<string, int> { ["x"] = 1 },
        };

        Assert.Equal(fromArrays, fromLists);
        Assert.Equal(fromArrays.GetHashCode(), fromLists.GetHashCode());
    }

    [Fact]
    public void Optional_and_defaulted_collections_compare_the_same_whether_set_or_not()
    {
        var plain = new ConvoyPlanned { Legs = [] };
        var explicitly = new ConvoyPlanned { Legs = [], Alternatives = null, Departures = new Dictionary<string, ConvoyPlannedDeparturesValue?>() };

        Assert.Null(plain.Alternatives);
        Assert.Empty(plain.Departures);
        Assert.Equal(plain, explicitly);
        Assert.Equal(plain.GetHashCode(), explicitly.GetHashCode());
        Assert.NotEqual(plain, explicitly with { Alternatives = [] });
    }

    [Fact]
    public void ToString_lists_the_items_of_collections()
    {
        string text = (CoverageSamples.Full with { Tags = new SortedSet<string> { "energy", "trade" } }).ToString();

        Assert.Contains("Tags = [energy, trade]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_formats_numbers_and_dates_in_the_invariant_culture_at_every_level()
    {
        var value = CoverageSamples.Full with { Leaves = [new Leaf { Label = "b", Weight = -2.5 }] };
        string invariant = WithCulture(CultureInfo.InvariantCulture, value.ToString);

        string text = WithCulture(GermanLike(), value.ToString);

        Assert.Equal(invariant, text);
        Assert.Contains("Ratio = 0.1,", text, StringComparison.Ordinal);
        Assert.Contains("Amount = 12345.6789,", text, StringComparison.Ordinal);
        Assert.Contains("Moment = 04/17/2025 10:30:00 +04:00,", text, StringComparison.Ordinal);
        // A nested record without collections, and one inside a list, print alike.
        Assert.Contains("Leaf = Leaf { Label = root, Weight = 1.5 }", text, StringComparison.Ordinal);
        Assert.Contains("Leaves = [Leaf { Label = b, Weight = -2.5 }]", text, StringComparison.Ordinal);
    }

    // The tests run in globalization-invariant mode, where only the invariant culture exists: this one formats as de-DE does.
    private static CultureInfo GermanLike()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NegativeSign = "\u2212";
        culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        culture.DateTimeFormat.LongTimePattern = "HH.mm.ss";
        return culture;
    }

    private static string WithCulture(CultureInfo culture, Func<string> text)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return text();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void An_unset_collection_field_equals_one_set_to_null_and_hashes_to_zero()
    {
        var unset = default(EquatableCollection<IReadOnlyList<string>>);
        var setToNull = new EquatableCollection<IReadOnlyList<string>>(null, SequenceEqualityComparer<string>.Default);
        var empty = new EquatableCollection<IReadOnlyList<string>>([], SequenceEqualityComparer<string>.Default);

        Assert.True(unset == setToNull);
        Assert.True(setToNull.Equals(unset));
        Assert.Equal(0, unset.GetHashCode());
        Assert.Equal(0, setToNull.GetHashCode());
        Assert.False(unset == empty);
        Assert.False(empty.Equals((object)setToNull));
    }

    private static readonly Dictionary<string, Func<EveryType, EveryType>> ChangedCopies = new()
    {
        ["text"] = value => value with { Text = value.Text + "!" },
        ["flag"] = value => value with { Flag = !value.Flag },
        ["small"] = value => value with { Small = value.Small + 1 },
        ["big"] = value => value with { Big = value.Big - 1 },
        ["ratio"] = value => value with { Ratio = value.Ratio * 2 },
        ["amount"] = value => value with { Amount = value.Amount + 1 },
        ["day"] = value => value with { Day = value.Day.AddDays(1) },
        ["moment"] = value => value with { Moment = value.Moment.AddSeconds(1) },
        ["id"] = value => value with { Id = Guid.Empty },
        ["link"] = value => value with { Link = new Uri("https://news.az/other") },
        ["level"] = value => value with { Level = Level.Low },
        ["percent"] = value => value with { Percent = Percent.From(1) },
        ["slug"] = value => value with { Slug = Slug.From("sumgait") },
        ["leaf label"] = value => value with { Leaf = value.Leaf with { Label = "other" } },
        ["leaf weight"] = value => value with { Leaf = value.Leaf with { Weight = null } },
        ["leaves item"] = value => value with { Leaves = [value.Leaves[0], value.Leaves[1] with { Label = "c" }] },
        ["leaves order"] = value => value with { Leaves = [value.Leaves[1], value.Leaves[0]] },
        ["tags"] = value => value with { Tags = new HashSet<string> { "one" } },
        ["scores"] = value => value with { Scores = new Dictionary<string, int> { ["x"] = 2, ["odd key"] = -1 } },
        ["matrix"] = value => value with { Matrix = [[1, 2], [], [4]] },
        ["renamed"] = value => value with { Renamed = null },
        ["counter"] = value => value with { Counter = 7 },
        ["note"] = value => value with { Note = "present" },
    };
}
