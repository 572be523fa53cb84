using NumberRules;

// The defaults are put there on purpose: the analyzer that flags them (ES1006) is right, and is what these tests get past.
#pragma warning disable ES1006

namespace EventSchema.Json.Tests;

/// <summary>
/// Numbers <c>Validate()</c> used to pass although no JSON reader takes what a writer makes of them: a NaN or infinite
/// <c>double</c> (the writer throws), and a scalar over a value type left at <c>default</c>, which never went through
/// <c>From</c> and may break the scalar's own rules (<c>default(Positive)</c> is 0).
/// </summary>
public sealed class UnwritableNumberValidationTests
{
    private static readonly Reading Valid = new()
    {
        Value = 1.5,
        Bounded = 99,
        Positive = Positive.From(0.25),
        Big = Big.From(2_000_000_000_000),
        Ratio = Ratio.From(-3),
        Samples = [0, 1e300],
    };

    [Fact]
    public void A_valid_reading_is_valid_and_round_trips()
    {
        Assert.True(Valid.Validate().IsValid);
        Assert.Equal(Valid, Reading.FromJson(Valid.ToJson()));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_double_that_is_not_finite_is_one_type_error_where_the_writer_throws(double notFinite)
    {
        var value = Valid with { Value = notFinite, Bounded = notFinite, Samples = [1, notFinite] };

        var errors = value.Validate().Errors;

        Assert.Equal([("type", "value"), ("type", "bounded"), ("type", "samples[1]")], errors.Select(e => (e.Code, e.Path)));
        Assert.Contains("finite number", errors[0].Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(value.ToJson);
    }

    [Fact]
    public void A_double_scalar_refuses_values_that_are_not_finite()
    {
        Assert.Throws<ArgumentException>(() => Positive.From(double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => Ratio.From(double.NaN));
        Assert.False(Ratio.TryFrom(double.NegativeInfinity, out _));
        Assert.True(Ratio.TryFrom(-1e308, out _));
    }

    [Fact]
    public void A_value_scalar_left_at_default_is_checked_against_its_own_rules()
    {
        var value = Valid with { Positive = default(Positive), Big = default };

        var errors = value.Validate().Errors;

        Assert.Equal([("exclusiveMinimum", "positive"), ("minimum", "big")], errors.Select(e => (e.Code, e.Path)));
        // The reader would refuse it, so the writers refuse to write it, as they refuse an unset scalar over a string.
        var refused = Assert.Throws<InvalidOperationException>(value.ToJson);
        Assert.Contains("Positive holds a value that breaks its rules", refused.Message, StringComparison.Ordinal);
        Assert.Contains("property 'positive'", refused.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => System.Text.Json.JsonSerializer.Serialize(value with { Positive = null }, EventSchema.Generated.GeneratedJson.Reading));
    }

    [Fact]
    public void A_value_scalar_without_rules_left_at_default_is_valid()
    {
        var value = Valid with { Ratio = default(Ratio) };

        Assert.True(value.Validate().IsValid);
        Assert.Equal(value, Reading.FromJson(value.ToJson()));
    }
}
