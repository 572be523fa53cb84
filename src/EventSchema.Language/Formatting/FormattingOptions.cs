namespace EventSchema.Language.Formatting;

/// <summary>How <see cref="SchemaFormatter"/> lays text out.</summary>
public sealed record FormattingOptions
{
    /// <summary>Two spaces per level and LF line breaks.</summary>
    public static FormattingOptions Default { get; } = new();

    /// <summary>The text of one level of indentation.</summary>
    public string Indent { get; init; } = "  ";

    /// <summary>The line break to write; null keeps the first one the file uses (LF when it has none).</summary>
    public string? NewLine { get; init; }
}
