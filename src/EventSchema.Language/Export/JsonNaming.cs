using System;

namespace EventSchema.Language.Export;

/// <summary>How wire names are derived for fields that have no <c>@json("…")</c> name (the <c>EventSchemaJsonNaming</c> build property).</summary>
public enum JsonNaming
{
    /// <summary>The field name exactly as written in the schema.</summary>
    AsWritten,
    /// <summary><c>receivedBy</c>: first word lower case, later words capitalized.</summary>
    CamelCase,
    /// <summary><c>received_by</c>: lower-case words joined by underscores.</summary>
    SnakeCase,
    /// <summary><c>received-by</c>: lower-case words joined by hyphens.</summary>
    KebabCase,
}

/// <summary>
/// A <see cref="JsonNaming"/> as the <c>EventSchemaJsonNaming</c> build property and the lock file write it:
/// <c>AsWritten</c>, <c>CamelCase</c>, <c>SnakeCase</c> or <c>KebabCase</c>.
/// </summary>
public static class JsonNamings
{
    /// <summary>The name of <paramref name="naming"/>, as a project writes it: <c>SnakeCase</c>.</summary>
    public static string Name(JsonNaming naming) => naming switch
    {
        JsonNaming.CamelCase => "CamelCase",
        JsonNaming.SnakeCase => "SnakeCase",
        JsonNaming.KebabCase => "KebabCase",
        _ => "AsWritten",
    };

    /// <summary>Reads a name <see cref="Name"/> gives, in any letter case; false for anything else.</summary>
    public static bool TryParse(string? text, out JsonNaming naming)
    {
        foreach (JsonNaming candidate in new[] { JsonNaming.AsWritten, JsonNaming.CamelCase, JsonNaming.SnakeCase, JsonNaming.KebabCase })
        {
            if (string.Equals(text, Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                naming = candidate;
                return true;
            }
        }
        naming = JsonNaming.AsWritten;
        return false;
    }
}
