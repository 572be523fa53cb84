using EventSchema.Language.Text;

namespace EventSchema.Language.Diagnostics;

/// <summary>
/// Another place a diagnostic speaks of, such as the earlier declaration of a duplicate name; editors show it as a
/// link beside the diagnostic (LSP's <c>relatedInformation</c>).
/// </summary>
/// <param name="FilePath">The path of the schema file it is in.</param>
/// <param name="Span">The span of that file.</param>
/// <param name="Start">The 1-based line and column where the span starts.</param>
/// <param name="End">The 1-based line and column where the span ends.</param>
/// <param name="Message">What is there, as a short phrase: <c>The earlier field 'from'.</c></param>
public sealed record RelatedLocation(string FilePath, TextSpan Span, LinePosition Start, LinePosition End, string Message)
{
    /// <summary>The place <paramref name="span"/> of <paramref name="text"/>, described by <paramref name="message"/>.</summary>
    internal static RelatedLocation In(SourceText text, TextSpan span, string message)
        => new(text.Path, span, text.GetLinePosition(span.Start), text.GetLinePosition(span.End), message);
}
