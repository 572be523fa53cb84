using System.CommandLine;
using System.CommandLine.Parsing;
using EventSchema.Language.Export;

namespace EventSchema.Cli;

/// <summary>
/// Reads <c>--naming</c> as the build reads <c>EventSchemaJsonNaming</c> (<see cref="JsonNamings.TryParse"/>): <c>SnakeCase</c>,
/// <c>snakecase</c>, <c>snake_case</c>, <c>snake-case</c> and <c>snake</c> all mean <see cref="JsonNaming.SnakeCase"/>, in any letter case.
/// </summary>
internal static class NamingOption
{
    /// <summary>The <c>--naming</c> option, <see cref="JsonNaming.AsWritten"/> when not given (as the build property).</summary>
    public static Option<JsonNaming> Create(string purpose) => new("--naming")
    {
        Description = purpose + ": AsWritten, CamelCase, SnakeCase or KebabCase (any case; camel, snake and kebab also work).",
        DefaultValueFactory = _ => JsonNaming.AsWritten,
        CustomParser = Parse,
    };

    public static JsonNaming Parse(ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return JsonNaming.AsWritten;
        string written = result.Tokens[0].Value;
        if (JsonNamings.TryParse(written, out JsonNaming naming)) return naming;
        result.AddError($"'{written}' is not a naming; use {JsonNamings.Spellings}.");
        return JsonNaming.AsWritten;
    }
}
