using Briefings;

namespace EventSchema.AspNetCore.Tests;

/// <summary>The public conversion from a validation result to problem details.</summary>
public sealed class ValidationProblemConversionTests
{
    [Fact]
    public void Errors_are_grouped_by_json_path_in_order()
    {
        var result = ValidationResult.FromErrors(
        [
            new ValidationError("sources[0].outlet", "minLength", "Source 1 outlet must be at least 1 character long.") { JsonPath = "$.sources[0].outlet" },
            new ValidationError("place", "maxLength", "Place must be at most 200 characters long."),
            new ValidationError("place", "pattern", "Place must match the pattern."),
        ]);

        var problem = result.ToValidationProblemDetails();

        Assert.Equal(400, problem.Status);
        Assert.Equal(["$.sources[0].outlet", "$.place"], problem.Errors.Keys);
        Assert.Equal(["Place must be at most 200 characters long.", "Place must match the pattern."], problem.Errors["$.place"]);
        var codes = Assert.IsType<Dictionary<string, string[]>>(problem.Extensions["codes"]);
        Assert.Equal(["maxLength", "pattern"], codes["$.place"]);
    }

    [Fact]
    public void A_map_keys_error_is_under_the_maps_path_and_its_values_error_under_the_entrys()
    {
        // The default key is there on purpose: the analyzer that flags it (ES1006) is right, and is what this test gets past.
#pragma warning disable ES1006
        var briefing = new Briefing { RequestedBy = Territory.From("AZ"), Statements = new Dictionary<Territory, string> { [default] = new string('x', 201) } };
#pragma warning restore ES1006

        var problem = briefing.Validate().ToValidationProblemDetails();

        // A key never created with From is named as the C# value it is, not as the empty key.
        Assert.Equal(["$.statements", "$.statements[default(Territory)]"], problem.Errors.Keys);
        Assert.Equal("Statements key default(Territory) has no value: it was never created with Territory.From.", Assert.Single(problem.Errors["$.statements"]));
        var codes = Assert.IsType<Dictionary<string, string[]>>(problem.Extensions["codes"]);
        Assert.Equal(["required"], codes["$.statements"]);
        Assert.Equal(["maxLength"], codes["$.statements[default(Territory)]"]);
    }

    [Fact]
    public void A_prefix_places_the_errors_inside_an_enclosing_document()
    {
        var result = ValidationResult.FromErrors([new ValidationError("", "required", "Value is required.")]);

        Assert.Equal(["$.data"], result.ToValidationProblemDetails("$.data").Errors.Keys);
        Assert.Equal(400, result.ToValidationProblem().StatusCode);
    }
}
