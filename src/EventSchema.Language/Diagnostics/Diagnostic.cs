using System;
using System.Collections.Generic;
using EventSchema.Language.Text;

namespace EventSchema.Language.Diagnostics;

/// <summary>
/// One problem found in a schema file: a stable code (ES0001…), a severity, a message that says
/// what is wrong and how to fix it, and where it is.
/// </summary>
/// <param name="Code">The stable code, documented in docs/diagnostics.md.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong and how to fix it, as one or two sentences.</param>
/// <param name="FilePath">The path of the schema file.</param>
/// <param name="Span">The smallest span of the file that shows the problem.</param>
/// <param name="Start">The 1-based line and column where the span starts.</param>
/// <param name="End">The 1-based line and column where the span ends.</param>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string FilePath,
    TextSpan Span,
    LinePosition Start,
    LinePosition End)
{
    /// <summary>
    /// Edits that fix the problem, best first; empty when the fix needs a decision only the author can make.
    /// </summary>
    public IReadOnlyList<DiagnosticFix> Fixes { get; init; } = Array.Empty<DiagnosticFix>();

    /// <summary>Other places the message speaks of (the earlier of two duplicate names); empty when there are none.</summary>
    public IReadOnlyList<RelatedLocation> Related { get; init; } = Array.Empty<RelatedLocation>();

    /// <summary>Whether this diagnostic is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The diagnostic in MSBuild's canonical form: <c>path(line,col): error ES0001: message</c>.</summary>
    public override string ToString()
        => $"{FilePath}({Start.Line},{Start.Column}): {SeverityText(Severity)} {Code}: {Message}";

    /// <summary>Whether both say the same thing at the same place, point to the same other places and offer the same fixes.</summary>
    public bool Equals(Diagnostic? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (Code != other.Code || Severity != other.Severity || Message != other.Message || FilePath != other.FilePath
            || Span != other.Span || Start != other.Start || End != other.End || Fixes.Count != other.Fixes.Count
            || Related.Count != other.Related.Count) return false;
        for (int i = 0; i < Fixes.Count; i++)
        {
            if (!Fixes[i].Equals(other.Fixes[i])) return false;
        }
        for (int i = 0; i < Related.Count; i++)
        {
            if (!Related[i].Equals(other.Related[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
        => ((StringComparer.Ordinal.GetHashCode(Code) * 31 + StringComparer.Ordinal.GetHashCode(Message)) * 31 + Span.GetHashCode()) * 31 + Fixes.Count;

    internal static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
