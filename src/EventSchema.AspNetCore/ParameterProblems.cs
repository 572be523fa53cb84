using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;
using EventSchema.Json;
using Microsoft.AspNetCore.Http;

namespace EventSchema.AspNetCore;

/// <summary>
/// Says which rule a route, query or header value of a generated scalar broke. Minimal APIs bind such a parameter with
/// the scalar's <c>TryParse</c>, which gives no reason, and answer only that the parameter did not bind from the text;
/// the scalar's <c>Parse</c> says why.
/// </summary>
internal static class ParameterProblems
{
    public const string Title = "A request parameter is not valid.";

    // RequestDelegateFactory's words: Failed to bind parameter "CountryCode code" from "az".
    private static readonly Regex FailedToBind = new(
        "^Failed to bind parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\" from \"(?<value>.*)\"\\.$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The problem for ASP.NET Core's <paramref name="message"/> about a parameter of <paramref name="endpoint"/> whose type
    /// (or item type) is a generated scalar: the value, the parameter and the broken rule; null for any other message.
    /// </summary>
    public static HttpValidationProblemDetails? Explain(string message, Endpoint? endpoint)
    {
        var match = FailedToBind.Match(message);
        if (!match.Success || endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } handler) return null;
        string name = match.Groups["name"].Value;
        Type? type = null;
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.Name == name) type = parameter.ParameterType;
        }
        if (type is null) return null;
        if (type.IsArray) type = type.GetElementType()!;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!type.IsValueType || RegistryOf(type.Assembly)?.Find(type) is null) return null;
        if (ReasonOf(type, match.Groups["value"].Value) is not { } reason) return null;

        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [name] = [reason] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Title,
            Detail = $"Parameter '{name}': {reason}",
            Type = ProblemTypes.BadRequest,
        };
        problem.Extensions["parameter"] = name;
        return problem;
    }

    private static readonly ConcurrentDictionary<Assembly, SchemaTypeRegistry?> Registries = new();

    private static SchemaTypeRegistry? RegistryOf(Assembly assembly) => Registries.GetOrAdd(assembly, SchemaTypeRegistry.FromAssembly);

    // The message of the FormatException the scalar's Parse throws for the text; null when it parses after all or has no Parse.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Minimal APIs found the scalar's TryParse on the same parameter by reflection; should Parse be trimmed away, the problem keeps ASP.NET Core's words.")]
    private static string? ReasonOf(Type scalar, string text)
    {
        var parse = scalar.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, null, [typeof(string), typeof(IFormatProvider)], null);
        if (parse is null) return null;
        try
        {
            parse.Invoke(null, [text, null]);
            return null;
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is FormatException format)
        {
            return format.Message;
        }
    }
}
