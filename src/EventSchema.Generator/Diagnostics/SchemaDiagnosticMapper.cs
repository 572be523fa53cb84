using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SchemaDiagnostic = EventSchema.Language.Diagnostics.Diagnostic;

namespace EventSchema.Generator.Diagnostics;

/// <summary>Turns a front-end diagnostic into a Roslyn one located in the schema file, so builds print <c>file.eventschema(line,col): error ES0xxx: …</c>.</summary>
internal static class SchemaDiagnosticMapper
{
    public static Diagnostic ToRoslyn(SchemaDiagnostic diagnostic) => ToRoslyn(diagnostic, HelpLinks.DefaultBase);

    /// <summary>As <see cref="ToRoslyn(SchemaDiagnostic)"/>, with the help link under <paramref name="helpLinkBase"/>.</summary>
    public static Diagnostic ToRoslyn(SchemaDiagnostic diagnostic, string helpLinkBase)
    {
        DiagnosticDescriptor descriptor = SchemaDiagnosticDescriptors.ByCode.TryGetValue(diagnostic.Code, out DiagnosticDescriptor? known)
            ? known
            : SchemaDiagnosticDescriptors.GeneratorFailure;
        return Diagnostic.Create(
            HelpLinks.Rebase(descriptor, helpLinkBase),
            Location(diagnostic),
            SchemaDiagnosticDescriptors.ToRoslyn(diagnostic.Severity),
            additionalLocations: null,
            properties: null,
            diagnostic.Message);
    }

    public static Location Location(SchemaDiagnostic diagnostic)
    {
        // The front end counts lines and columns from 1, Roslyn from 0.
        var start = new LinePosition(System.Math.Max(0, diagnostic.Start.Line - 1), System.Math.Max(0, diagnostic.Start.Column - 1));
        var end = new LinePosition(System.Math.Max(0, diagnostic.End.Line - 1), System.Math.Max(0, diagnostic.End.Column - 1));
        if (end < start) end = start;
        var span = new TextSpan(System.Math.Max(0, diagnostic.Span.Start), System.Math.Max(0, diagnostic.Span.Length));
        return Microsoft.CodeAnalysis.Location.Create(diagnostic.FilePath, span, new LinePositionSpan(start, end));
    }
}
