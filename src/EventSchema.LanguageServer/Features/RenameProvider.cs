using EventSchema.Language.Syntax;
using EventSchema.Language.Text;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace EventSchema.LanguageServer.Features;

/// <summary>
/// Renames a record, event, enum, scalar, field or enum member everywhere it is named, across files: type
/// references, enum defaults, and the field paths of <c>@summary</c> templates. A renamed field keeps no
/// old wire name unless it has <c>@json</c>.
/// </summary>
internal static class RenameProvider
{
    public static PrepareRenameResult? PrepareRename(SchemaWorkspace workspace, WorkspaceDocument document, int offset)
    {
        var target = SymbolLocator.Locate(workspace.Compilation, document, offset);
        RefuseWhatACompiledAssemblyDeclares(target);
        return target switch
        {
            DeclarationTarget d => new PrepareRenameResult(document.Lines.GetRange(d.Span.Start, d.Span.End), d.Declaration.Name),
            EnumMemberTarget { IsDeclaration: true } m => new PrepareRenameResult(document.Lines.GetRange(m.Span.Start, m.Span.End), m.Member.Name),
            EnumMemberTarget m => new PrepareRenameResult(document.Lines.GetRange(m.Span.Start, m.Span.End), m.Member.Name),
            FieldTarget f => new PrepareRenameResult(document.Lines.GetRange(f.Span.Start, f.Span.End), f.Field.Name),
            _ => throw new LocalRpcException("Only records, events, enums, scalars, fields and enum members can be renamed.") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest },
        };
    }

    public static WorkspaceEdit? Rename(SchemaWorkspace workspace, WorkspaceDocument document, int offset, string newName)
    {
        if (string.IsNullOrEmpty(newName))
            throw new LocalRpcException("The rename names no 'newName'.") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        if (!IsIdentifier(newName))
            throw new LocalRpcException($"'{newName}' is not a valid name: use ASCII letters, digits and '_', starting with a letter or '_'.") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        var target = SymbolLocator.Locate(workspace.Compilation, document, offset);
        RefuseWhatACompiledAssemblyDeclares(target);
        if (target is DeclarationTarget && TokenFacts.IsKeyword(newName))
            throw new LocalRpcException($"'{newName}' is a keyword, which a record, event, enum, scalar or union cannot be named (a field or enum member can).") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        List<(string Path, TextSpan Span)> spans = target switch
        {
            DeclarationTarget d => ReferenceFinder.FindDeclarationReferences(workspace, d.Declaration, includeDeclaration: true),
            EnumMemberTarget m => ReferenceFinder.FindEnumMemberReferences(workspace, m.Member, includeDeclaration: true),
            FieldTarget f => ReferenceFinder.FindFieldReferences(workspace, f.Field, includeDeclaration: true),
            _ => throw new LocalRpcException("Only records, events, enums, scalars, fields and enum members can be renamed.") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest },
        };

        var changes = new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal);
        var renamedTrees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var group in spans.Distinct().GroupBy(s => s.Path))
        {
            var file = workspace.FindByPath(group.Key);
            if (file is null) continue;
            var ordered = group.OrderBy(s => s.Span.Start).ToList();
            changes[file.Uri] = ordered.Select(s => new TextEdit(file.Lines.GetRange(s.Span.Start, s.Span.End), newName)).ToArray();
            renamedTrees[file.Path] = SyntaxTree.Parse(new SourceText(file.Path, Apply(file.Text.Text, ordered.Select(s => s.Span), newName)));
        }
        RefuseWhatBreaksTheSchema(workspace.Compilation, Renamed(workspace.Compilation, renamedTrees), newName);
        return new WorkspaceEdit(changes);
    }

    // A contracts assembly's declarations have no file here to edit, and renaming only their uses would break them.
    private static void RefuseWhatACompiledAssemblyDeclares(SymbolTarget? target)
    {
        (string? name, Language.Semantics.DeclarationSymbol? declaration) = target switch
        {
            DeclarationTarget d => (d.Declaration.Name, d.Declaration),
            FieldTarget f => (f.Field.Name, f.Field.ContainingRecord),
            EnumMemberTarget m => (m.Member.Name, m.Member.ContainingEnum),
            _ => default((string?, Language.Semantics.DeclarationSymbol?)),
        };
        if (declaration?.ReferenceName is not { } assembly) return;
        throw new LocalRpcException($"'{name}' is declared by the compiled assembly '{assembly}', not by a schema file here: rename it in that library's schema files, then update the reference.") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest };
    }

    // One file is rebound incrementally; several are bound once together. Replacing them one at a time rebinds the
    // workspace once per file, since a renamed declaration changes what other files see (seconds for a hundred files).
    private static Language.SchemaCompilation Renamed(Language.SchemaCompilation compilation, Dictionary<string, SyntaxTree> renamedTrees)
    {
        if (renamedTrees.Count == 0) return compilation;
        if (renamedTrees.Count == 1) return compilation.WithSyntaxTree(renamedTrees.Values.First(), Language.Binding.IncrementalBinding.DependentFiles.Direct);
        var trees = compilation.SyntaxTrees.Select(tree => renamedTrees.TryGetValue(tree.FilePath, out var renamed) ? renamed : tree);
        return Language.SchemaCompilation.Create(trees, compilation.References);
    }

    // The front end decides what a name may be: a rename that adds an error of a kind (a duplicate name, a built-in
    // type's name) is refused with that error. Errors that were there already, reworded by the rename, do not count.
    private static void RefuseWhatBreaksTheSchema(Language.SchemaCompilation before, Language.SchemaCompilation after, string newName)
    {
        var errorsBefore = before.Diagnostics.Where(d => d.IsError).GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var code in after.Diagnostics.Where(d => d.IsError).GroupBy(d => d.Code))
        {
            if (code.Count() <= errorsBefore.GetValueOrDefault(code.Key)) continue;
            var known = before.Diagnostics.Where(d => d.Code == code.Key).Select(d => d.Message).ToHashSet(StringComparer.Ordinal);
            var added = code.FirstOrDefault(d => !known.Contains(d.Message)) ?? code.First();
            throw new LocalRpcException($"Renaming to '{newName}' would break the schema: {added.Message}") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        }
    }

    private static string Apply(string text, IEnumerable<TextSpan> spans, string replacement)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        int at = 0;
        foreach (var span in spans)
        {
            builder.Append(text, at, span.Start - at).Append(replacement);
            at = span.End;
        }
        return builder.Append(text, at, text.Length - at).ToString();
    }

    private static bool IsIdentifier(string name)
        => name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
