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
