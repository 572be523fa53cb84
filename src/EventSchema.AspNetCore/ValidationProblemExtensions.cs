using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EventSchema.AspNetCore;

/// <summary>
/// Turns a <see cref="ValidationResult"/> into the problem details ASP.NET Core clients expect: an RFC 9457
/// validation problem whose <c>errors</c> are keyed by each error's JSON path with the wire names
/// (<see cref="ValidationError.JsonPath"/>: <c>$.receivedBy.title</c>, <c>$.sources[0].outlet</c>).
/// </summary>
public static class ValidationProblemExtensions
{
    /// <summary>The title of every validation problem this package writes.</summary>
    public const string ValidationProblemTitle = "One or more validation errors occurred.";

    /// <summary>
    /// The errors of <paramref name="result"/> keyed by JSON path, each with its messages in order; keys under
    /// <paramref name="pathPrefix"/> (such as <c>$.data</c> for a CloudEvent's data) when one is given.
    /// </summary>
    public static Dictionary<string, string[]> ToErrorDictionary(this ValidationResult result, string? pathPrefix = null)
    {
        if (result is null) throw new ArgumentNullException(nameof(result));
        var grouped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var error in result.Errors)
        {
            var key = Prefixed(error.JsonPath, pathPrefix);
            if (!grouped.TryGetValue(key, out var messages))
            {
                grouped.Add(key, messages = []);
                order.Add(key);
            }
            messages.Add(error.Message);
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in order) errors.Add(key, grouped[key].ToArray());
        return errors;
    }

    /// <summary>
    /// <paramref name="result"/> as a 400 validation problem: <c>errors</c> keyed by JSON path, and the rule codes
    /// (<c>maxLength</c>, <c>pattern</c>…) under the <c>codes</c> extension with the same keys.
    /// </summary>
    public static HttpValidationProblemDetails ToValidationProblemDetails(this ValidationResult result, string? pathPrefix = null)
    {
        if (result is null) throw new ArgumentNullException(nameof(result));
        var problem = new HttpValidationProblemDetails(result.ToErrorDictionary(pathPrefix))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ValidationProblemTitle,
            Type = ProblemTypes.BadRequest,
        };
        problem.Extensions["codes"] = Codes(result, pathPrefix);
        return problem;
    }

    /// <summary><paramref name="result"/> as a 400 <c>application/problem+json</c> response; see <see cref="ToValidationProblemDetails"/>.</summary>
    public static ValidationProblem ToValidationProblem(this ValidationResult result, string? pathPrefix = null)
    {
        var problem = result.ToValidationProblemDetails(pathPrefix);
        return TypedResults.ValidationProblem(problem.Errors, problem.Detail, problem.Instance, problem.Title, problem.Type, problem.Extensions);
    }

    internal static string Prefixed(string jsonPath, string? prefix)
        => string.IsNullOrEmpty(prefix) ? jsonPath : prefix + jsonPath.Substring(1);

    private static Dictionary<string, string[]> Codes(ValidationResult result, string? pathPrefix)
    {
        var codes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var error in result.Errors)
        {
            var key = Prefixed(error.JsonPath, pathPrefix);
            if (!codes.TryGetValue(key, out var list)) codes.Add(key, list = []);
            list.Add(error.Code);
        }
        var arrays = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var pair in codes) arrays.Add(pair.Key, pair.Value.ToArray());
        return arrays;
    }
}
