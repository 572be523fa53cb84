using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using EventSchema.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace EventSchema.AspNetCore;

/// <summary>
/// The problem details of a request body that could not be read: every problem is a validation problem whose
/// <c>errors</c> are keyed by JSON path (<c>$.occurredOn</c>), so clients handle a malformed value and a broken
/// constraint the same way.
/// </summary>
internal static class BodyProblems
{
    public const string UnreadableBodyTitle = "The request body is not valid.";

    /// <summary>The problem for <paramref name="error"/>, a failure to read JSON; <paramref name="title"/> says what was being read.</summary>
    public static HttpValidationProblemDetails FromJsonException(JsonException error, string title = UnreadableBodyTitle)
    {
        var path = JsonReadErrors.PathOf(error);
        if (error.InnerException is SchemaValidationException invalid && invalid.Result.Errors.Count > 0)
        {
            // ValidateOnRead: every broken rule, under the path of the value that was validated.
            var problem = invalid.Result.ToValidationProblemDetails(ValidatedValuePath(path, invalid.Result.Errors[0].JsonPath));
            // Missing required properties are found while reading, with or without ValidateOnRead.
            problem.Detail = invalid.Result.Errors.All(e => e.Code == "required")
                ? "The request body is missing required properties."
                : "The request body breaks its schema's constraints.";
            return problem;
        }

        var unreadable = AtBody(ReasonOf(error), path, title);
        // Syntax errors carry a position (zero-based, as System.Text.Json counts).
        if (error.LineNumber is long line) unreadable.Extensions["lineNumber"] = line;
        if (error.BytePositionInLine is long position) unreadable.Extensions["bytePositionInLine"] = position;
        return unreadable;
    }

    // One error at path, repeated as the detail and the path extension.
    private static HttpValidationProblemDetails AtBody(string reason, string path = "$", string title = UnreadableBodyTitle)
    {
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [reason] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = reason,
            Type = ProblemTypes.BadRequest,
        };
        problem.Extensions["path"] = path;
        return problem;
    }

    /// <summary>A problem for a request that failed before its body was read, such as a missing parameter.</summary>
    public static ProblemDetails FromStatus(int status, string detail) => new()
    {
        Status = status,
        Title = ReasonPhrases.GetReasonPhrase(status),
        Detail = detail,
        Type = ProblemTypes.For(status),
    };

    // ASP.NET Core's words for an empty or null body speak of inferred parameters and services; a client needs to hear
    // which of the two it sent and what to send instead.
    private static readonly System.Text.RegularExpressions.Regex MissingBodyMessage = new(
        "^(?:Implicit body inferred for parameter|Required parameter) \"(?:[^\"]* )?(?<name>[^\" ]+)\" (?:but no body was provided|was not provided from body)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The problem for a body with no value, the same whichever endpoint read it: an empty body when
    /// <paramref name="empty"/> is true, one that reads as <c>null</c> when false, either when it is not known.
    /// </summary>
    public static HttpValidationProblemDetails NoValue(string typeName, bool? empty)
        => AtBody(empty switch
        {
            true => $"The request body is empty; send the {typeName} as JSON.",
            false => $"The request body is null; send the {typeName} as JSON, not null.",
            null => $"The request body is empty or null; send the {typeName} as JSON.",
        });

    /// <summary>
    /// Whether System.Text.Json found no value at all in the body: a chunked body with nothing in it (or only white
    /// space), which, unlike one with <c>Content-Length: 0</c>, reaches the serializer. Its exception has no code, so
    /// the message (or, with <c>UseSystemResourceKeys</c>, the resource key) tells.
    /// </summary>
    public static bool HasNoTokens(JsonException error)
        => error.Message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal)
            || error.Message.StartsWith("ExpectedJsonTokens", StringComparison.Ordinal);

    /// <summary>
    /// What to call the body ASP.NET Core's <paramref name="message"/> says is missing: the type the endpoint accepts
    /// (<paramref name="acceptedType"/>), or else the parameter's name; null when the message is about something else.
    /// </summary>
    public static string? MissingBody(string message, Type? acceptedType)
        => MissingBodyMessage.Match(message) is { Success: true } missing
            ? acceptedType?.Name ?? $"'{missing.Groups["name"].Value}' value"
            : null;

    /// <summary>Writes <paramref name="problem"/> as the response, through the problem details service when there is one.</summary>
    public static Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }

    /// <summary>The reason of a read error, without the path and position System.Text.Json appends to its messages.</summary>
    public static string ReasonOf(JsonException error)
    {
        var reason = JsonReadErrors.ReasonOf(error);
        var pathStart = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (pathStart < 0) pathStart = reason.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return pathStart > 0 ? reason.Substring(0, pathStart) : reason;
    }

    // The reader reports the first broken rule's path under the path of the value validated ("$.data" + ".ambassador"),
    // or, for a value inside a larger body (an item of a list), the value's own path, which System.Text.Json sets.
    private static string? ValidatedValuePath(string reportedPath, string firstErrorPath)
    {
        var relative = firstErrorPath.Substring(1);
        if (reportedPath == firstErrorPath) return null;
        return reportedPath.Length > relative.Length && reportedPath.EndsWith(relative, StringComparison.Ordinal)
            ? reportedPath.Substring(0, reportedPath.Length - relative.Length)
            : reportedPath;
    }
}
