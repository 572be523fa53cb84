namespace EventSchema.Generator.Tests;

/// <summary>
/// <see cref="ValidationError"/> joins the path and message of a reported error on first read; as a public
/// record it must still compare, deconstruct and copy by its path, code and message.
/// </summary>
public sealed class ValidationErrorTests
{
    private static ValidationError ReportNested(string rule)
    {
        var errors = new List<ValidationError>();
        var root = new ValidationScope(errors);
        bool valid = true;
        Assert.True(root.Member("ambassador", "Ambassador").Report(ref valid, "name", "Name", "maxLength", rule));
        Assert.False(valid);
        return Assert.Single(errors);
    }

    [Fact]
    public void A_reported_error_reads_like_one_built_from_its_finished_parts()
    {
        var reported = ReportNested("must be at most 200 characters long.");
        var built = new ValidationError("ambassador.name", "maxLength", "Ambassador name must be at most 200 characters long.");

        Assert.Equal(built, reported);
        Assert.Equal(built.GetHashCode(), reported.GetHashCode());
        Assert.Equal("ambassador.name: Ambassador name must be at most 200 characters long. (maxLength)", reported.ToString());
        var (path, code, message) = reported;
        Assert.Equal(("ambassador.name", "maxLength", "Ambassador name must be at most 200 characters long."), (path, code, message));
    }

    [Fact]
    public void Errors_differ_by_message_and_copies_take_new_values()
    {
        var reported = ReportNested("must be at most 200 characters long.");

        Assert.NotEqual(ReportNested("must be at least 1 character long."), reported);
        var copy = reported with { Message = "Changed." };
        Assert.Equal("Changed.", copy.Message);
        Assert.Equal("ambassador.name", copy.Path);
        Assert.NotEqual(reported, copy);
    }

    [Fact]
    public void A_checking_scope_reports_nothing_and_stops()
    {
        bool valid = true;
        Assert.False(default(ValidationScope).Report(ref valid, "name", "Name", "required", "is required."));
        Assert.False(valid);
        bool merged = true;
        Assert.False(default(ValidationScope).Merge(ref merged, nestedValid: false));
        Assert.True(default(ValidationScope).Merge(ref merged, nestedValid: true));
        Assert.False(merged);
    }

    [Fact]
    public void An_error_at_the_root_without_a_subject_reads_as_value()
    {
        var errors = new List<ValidationError>();
        Assert.True(new ValidationScope(errors).Report("pattern", "must match the pattern ^a$."));

        Assert.Equal(new ValidationError("", "pattern", "Value must match the pattern ^a$."), Assert.Single(errors));
    }
}
