using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution;

/// <summary>Where something is written in a lock file, so a diagnostic can quote and point at the baseline.</summary>
/// <param name="Text">The lock file's text and path.</param>
/// <param name="Span">The span of the JSON value.</param>
public sealed record LockLocation(SourceText Text, TextSpan Span)
{
    /// <summary>The file and 1-based line and column, such as <c>eventschema.lock.json(12,7)</c>.</summary>
    public override string ToString() => Text.Path + "(" + Text.GetLinePosition(Span.Start) + ")";
}
