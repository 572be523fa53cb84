namespace EventSchema.Language.Export;

/// <summary>How <see cref="JsonSchemaExporter"/> writes a schema.</summary>
public sealed class JsonSchemaOptions
{
    /// <summary>The defaults: names as written, unknown properties allowed, indented.</summary>
    public static JsonSchemaOptions Default { get; } = new();

    /// <summary>How wire names are derived for fields without <c>@json</c>; must match the serializers'. Default: as written.</summary>
    public JsonNaming Naming { get; init; }

    /// <summary>
    /// Whether objects may carry properties the schema does not declare. True by default, as the generated
    /// readers skip unknown properties unless told to reject them.
    /// </summary>
    public bool AllowAdditionalProperties { get; init; } = true;

    /// <summary>Whether to indent the text (two spaces, LF line endings). Default: true.</summary>
    public bool Indented { get; init; } = true;
}
