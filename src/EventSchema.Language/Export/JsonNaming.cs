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

    /// <summary>The spellings <see cref="TryParse"/> reads, for messages.</summary>
    public const string Spellings = "AsWritten, CamelCase, SnakeCase or KebabCase (in any letter case, with or without '_' or '-' between the words, or camel, snake, kebab)";

    /// <summary>
    /// What is wrong with an <c>EventSchemaJsonNaming</c> that <see cref="TryParse"/> does not read, and how to fix it: the
    /// message of ES0782, for the generator and the lock task, which report it without a location.
    /// </summary>
    public static string UnknownPropertyMessage(string written)
        => $"EventSchemaJsonNaming is '{written}', which is no JSON naming, so the build cannot tell the wire names of fields without @json; use {Spellings}.";

    /// <summary>
    /// Reads a naming the way people write it, the same for the <c>EventSchemaJsonNaming</c> build property and the
    /// CLI's <c>--naming</c>: <c>SnakeCase</c>, <c>snakecase</c>, <c>snake_case</c>, <c>snake-case</c> and <c>snake</c> all mean
    /// <see cref="JsonNaming.SnakeCase"/>, in any letter case, with surrounding white space ignored; false for anything else.
    /// </summary>
    public static bool TryParse(string? text, out JsonNaming naming)
    {
        naming = JsonNaming.AsWritten;
        if (text is null) return false;
        var key = new System.Text.StringBuilder(text.Length);
        foreach (char c in text.Trim())
        {
            if (c is '_' or '-') continue;
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))) return false;
            key.Append(char.ToLowerInvariant(c));
        }
        string word = key.ToString();
        if (word.EndsWith("case", StringComparison.Ordinal) && word.Length > "case".Length) word = word.Substring(0, word.Length - "case".Length);
        switch (word)
        {
            case "aswritten": naming = JsonNaming.AsWritten; return true;
            case "camel": naming = JsonNaming.CamelCase; return true;
            case "snake": naming = JsonNaming.SnakeCase; return true;
            case "kebab": naming = JsonNaming.KebabCase; return true;
            default: return false;
        }
    }
}
