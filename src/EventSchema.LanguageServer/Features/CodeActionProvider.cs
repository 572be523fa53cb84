using EventSchema.Language;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Syntax;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>
/// Quick fixes: the fixes the compiler's diagnostic carries (the first one preferred), and for name errors,
/// importing the namespace that declares the type or writing the type's full name.
/// </summary>
internal static class CodeActionProvider
{
    public static CodeAction[] GetActions(SchemaCompilation compilation, WorkspaceDocument document, CodeActionParams parameters)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in parameters.Context.Diagnostics)
        {
            if (diagnostic.Source != "eventschema") continue;
            int start = document.Lines.GetOffset(diagnostic.Range.Start);
            int end = document.Lines.GetOffset(diagnostic.Range.End);
            if (end <= start) continue;
            string written = document.Text.Text[start..end];

            // The client sends the diagnostic as it was published; its fixes are on the compiler's diagnostic at that span.
            var compiled = compilation.GetDiagnostics(document.Path).FirstOrDefault(d => d.Code == diagnostic.Code && d.Span.Start == start && d.Span.End == end);
            if (compiled is not null)
            {
                for (int i = 0; i < compiled.Fixes.Count; i++)
                {
                    var fix = compiled.Fixes[i];
                    var edit = new TextEdit(document.Lines.GetRange(fix.Span.Start, fix.Span.End), fix.Replacement);
                    actions.Add(new CodeAction(fix.Title, CodeActionKind.QuickFix, [diagnostic], Edit(document, edit), IsPreferred: i == 0));
                }
            }
            if (diagnostic.Code == "ES0020" || diagnostic.Code == "ES0021")
            {
                var (ns, usings) = SyntaxQueries.GetScope(document.Tree.Root);
                foreach (var declaration in compilation.Nameable().Where(d => d.Name == written && d.Namespace != ns).OrderBy(d => d.FullName, StringComparer.Ordinal))
                {
                    if (diagnostic.Code == "ES0020" && !usings.Contains(declaration.Namespace) && declaration.Namespace.Length > 0)
                        actions.Add(AddUsing(document, diagnostic, declaration.Namespace));
                    // The compiler's own fix may already write this name; the same edit twice would be two identical entries.
                    bool offered = compiled?.Fixes.Any(f => f.Span.Start == start && f.Span.End == end && f.Replacement == declaration.FullName) ?? false;
                    if (!offered) actions.Add(Replace(document, diagnostic, $"Use '{declaration.FullName}'", declaration.FullName, preferred: false));
                }
            }
        }
        return actions.ToArray();
    }

    private static CodeAction Replace(WorkspaceDocument document, LspDiagnostic diagnostic, string title, string text, bool preferred)
        => new(title, CodeActionKind.QuickFix, [diagnostic], Edit(document, new TextEdit(diagnostic.Range, text)), preferred);

    /// <summary>Adds <c>using X;</c> after the last using line, else after the namespace line, else at the top.</summary>
    private static CodeAction AddUsing(WorkspaceDocument document, LspDiagnostic diagnostic, string ns)
    {
        var root = document.Tree.Root;
        SyntaxNode? anchor = root.Members.OfType<UsingDirectiveSyntax>().LastOrDefault() as SyntaxNode
            ?? root.Members.OfType<NamespaceDeclarationSyntax>().FirstOrDefault();
        TextEdit edit;
        if (anchor is null)
        {
            edit = new TextEdit(document.Lines.GetRange(0, 0), $"using {ns};\n\n");
        }
        else
        {
            var position = document.Lines.GetPosition(anchor.Span.End);
            var lineEnd = new Position(position.Line + 1, 0);
            edit = new TextEdit(new Protocol.Range(lineEnd, lineEnd), $"using {ns};\n");
        }
        return new CodeAction($"Add 'using {ns};'", CodeActionKind.QuickFix, [diagnostic], Edit(document, edit), false);
    }

    private static WorkspaceEdit Edit(WorkspaceDocument document, TextEdit edit)
        => new(new Dictionary<string, IReadOnlyList<TextEdit>> { [document.Uri] = [edit] });
}
