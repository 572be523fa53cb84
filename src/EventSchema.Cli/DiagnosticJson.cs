using System.Text.Json;
using EventSchema.Language.Diagnostics;

namespace EventSchema.Cli;

/// <summary>Writes a diagnostic as a JSON object, for tools that read <c>--format json</c>.</summary>
internal static class DiagnosticJson
{
    public static void Write(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("file", diagnostic.FilePath);
        writer.WriteNumber("line", diagnostic.Start.Line);
        writer.WriteNumber("column", diagnostic.Start.Column);
        writer.WriteNumber("endLine", diagnostic.End.Line);
        writer.WriteNumber("endColumn", diagnostic.End.Column);
        writer.WriteNumber("offset", diagnostic.Span.Start);
        writer.WriteNumber("length", diagnostic.Span.Length);
        writer.WriteString("severity", diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        });
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("message", diagnostic.Message);
        writer.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            writer.WriteStartObject();
            writer.WriteString("title", fix.Title);
            writer.WriteNumber("offset", fix.Span.Start);
            writer.WriteNumber("length", fix.Span.Length);
            writer.WriteString("replacement", fix.Replacement);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
