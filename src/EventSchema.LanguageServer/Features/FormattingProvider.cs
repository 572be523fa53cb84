using EventSchema.Language.Formatting;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>Document formatting with the same formatter as <c>eventschema format</c>; a file with syntax errors is left alone.</summary>
internal static class FormattingProvider
{
    public static TextEdit[] Format(WorkspaceDocument document)
    {
        if (!SchemaFormatter.TryFormat(document.Tree, null, out string formatted) || formatted == document.Text.Text) return [];
        var range = document.Lines.GetRange(0, document.Text.Length);
        return [new TextEdit(range, formatted)];
    }
}
