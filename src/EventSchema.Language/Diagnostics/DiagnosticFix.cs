using EventSchema.Language.Text;

namespace EventSchema.Language.Diagnostics;

/// <summary>
/// A fix a diagnostic carries as data: write <see cref="Replacement"/> over <see cref="Span"/> of the diagnostic's
/// file. Editors show it as a quick fix and <c>eventschema check --fix</c> applies it, so neither has to read
/// suggestions out of the message text.
/// </summary>
/// <param name="Title">What the fix does, for a menu: <c>Change to 'string'</c>.</param>
/// <param name="Span">The text to replace, in the same file as the diagnostic.</param>
/// <param name="Replacement">The text to write instead; empty to remove the span.</param>
public sealed record DiagnosticFix(string Title, TextSpan Span, string Replacement);
