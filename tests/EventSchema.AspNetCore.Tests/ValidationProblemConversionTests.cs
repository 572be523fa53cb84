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

        Assert.Equal(["$.statements", "$.statements['']"], problem.Errors.Keys);
        Assert.StartsWith("Statements key \"\" ", Assert.Single(problem.Errors["$.statements"]), StringComparison.Ordinal);
        var codes = Assert.IsType<Dictionary<string, string[]>>(problem.Extensions["codes"]);
        Assert.Equal(["required"], codes["$.statements"]);
        Assert.Equal(["maxLength"], codes["$.statements['']"]);
    }

    [Fact]
    public void A_prefix_places_the_errors_inside_an_enclosing_document()
    {
        var result = ValidationResult.FromErrors([new ValidationError("", "required", "Value is required.")]);

        Assert.Equal(["$.data"], result.ToValidationProblemDetails("$.data").Errors.Keys);
        Assert.Equal(400, result.ToValidationProblem().StatusCode);
    }
}
