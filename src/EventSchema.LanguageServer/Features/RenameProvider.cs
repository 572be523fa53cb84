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
        if (!IsIdentifier(newName))
            throw new LocalRpcException($"'{newName}' is not a valid name: use ASCII letters, digits and '_', starting with a letter or '_', and no keyword.") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        var target = SymbolLocator.Locate(workspace.Compilation, document, offset);
        List<(string Path, TextSpan Span)> spans = target switch
        {
            DeclarationTarget d => ReferenceFinder.FindDeclarationReferences(workspace, d.Declaration, includeDeclaration: true),
            EnumMemberTarget m => ReferenceFinder.FindEnumMemberReferences(workspace, m.Member, includeDeclaration: true),
            FieldTarget f => ReferenceFinder.FindFieldReferences(workspace, f.Field, includeDeclaration: true),
            _ => throw new LocalRpcException("Only records, events, enums, scalars, fields and enum members can be renamed.") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest },
        };

        var changes = new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal);
        foreach (var group in spans.Distinct().GroupBy(s => s.Path))
        {
            var file = workspace.FindByPath(group.Key);
            if (file is null) continue;
            changes[file.Uri] = group.OrderBy(s => s.Span.Start)
                .Select(s => new TextEdit(file.Lines.GetRange(s.Span.Start, s.Span.End), newName))
                .ToArray();
        }
        return new WorkspaceEdit(changes);
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_')) return false;
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return !Enum.GetValues<TokenKind>().Any(k => TokenFacts.IsKeyword(k) && TokenFacts.GetText(k) == name);
    }
}
