namespace EventSchema.Language.Formatting;

/// <summary>What the formatter puts between two tokens.</summary>
internal enum FormattedSeparator
{
    /// <summary>Nothing: the tokens touch, as in <c>list&lt;</c>.</summary>
    None,
    /// <summary>One space.</summary>
    Space,
    /// <summary>A line break and the indentation.</summary>
    NewLine,
    /// <summary>An empty line, then the indentation.</summary>
    BlankLine,
}
