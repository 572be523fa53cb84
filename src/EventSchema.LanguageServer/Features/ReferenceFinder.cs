using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>Finds every place, in every workspace file, that names a declaration or an enum member.</summary>
internal static class ReferenceFinder
{
    public static Location[]? GetReferences(SchemaWorkspace workspace, WorkspaceDocument document, int offset, bool includeDeclaration)
    {
        var target = SymbolLocator.Locate(workspace.Compilation, document, offset);
        var spans = target switch
        {
            DeclarationTarget d => FindDeclarationReferences(workspace, d.Declaration, includeDeclaration),
            EnumMemberTarget m => FindEnumMemberReferences(workspace, m.Member, includeDeclaration),
            FieldTarget f => FindFieldReferences(workspace, f.Field, includeDeclaration),
            _ => null,
        };
        return spans?.Select(s => ToLocation(workspace, s.Path, s.Span)).Where(l => l is not null).Select(l => l!).ToArray();
    }

    /// <summary>The spans of the simple name in every type reference to <paramref name="declaration"/>, and of its own name when asked.</summary>
    public static List<(string Path, TextSpan Span)> FindDeclarationReferences(SchemaWorkspace workspace, DeclarationSymbol declaration, bool includeDeclaration)
    {
        var compilation = workspace.Compilation;
        var result = new List<(string, TextSpan)>();
        if (includeDeclaration) result.Add((declaration.FilePath, declaration.NameSpan));
        foreach (var document in workspace.Documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            if (!document.Text.Text.Contains(declaration.Name, StringComparison.Ordinal)) continue;
            var root = document.Tree.Root;
            var (ns, usings) = SyntaxQueries.GetScope(root);
            foreach (var node in SyntaxQueries.DescendantNodes(root))
            {
                var name = node switch
                {
                    NamedTypeSyntax named => named.Name,
                    GenericTypeSyntax generic => generic.Name,
                    SpreadSyntax spread => spread.Name,
                    _ => null,
                };
                if (name is null || name.IsMissing || name.Identifiers[^1].Text != declaration.Name) continue;
                if (SymbolLocator.ResolveTypeName(compilation, ns, usings, name.Text) == declaration)
                    result.Add((document.Path, name.Identifiers[^1].Span));
            }
        }
        return result;
    }

    /// <summary>A field's declaration and the <c>@summary</c> holes that name it, in every file.</summary>
    public static List<(string Path, TextSpan Span)> FindFieldReferences(SchemaWorkspace workspace, FieldSymbol field, bool includeDeclaration)
    {
        var result = new List<(string, TextSpan)>();
        if (includeDeclaration) result.Add((field.ContainingRecord.FilePath, field.NameSpan));
        foreach (var document in workspace.Documents.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            if (!document.Text.Text.Contains("@summary", StringComparison.Ordinal)) continue;
            foreach (var segment in SummaryHoles.Find(workspace.Compilation, document.Path, document.Tree.Root))
            {
                // Holes of records that spread the field's record name a copy of it, so fields are matched by where they come from.
                if (segment.Field.Origin.Name == field.Origin.Name && segment.Field.Origin.ContainingRecord.FullName == field.Origin.ContainingRecord.FullName) result.Add((document.Path, segment.Span));
            }
        }
        return result;
    }

    /// <summary>An enum member's declaration and the field defaults that name it.</summary>
    public static List<(string Path, TextSpan Span)> FindEnumMemberReferences(SchemaWorkspace workspace, EnumMemberSymbol member, bool includeDeclaration)
    {
        var result = new List<(string, TextSpan)>();
        if (includeDeclaration) result.Add((member.ContainingEnum.FilePath, member.NameSpan));
        foreach (var record in workspace.Compilation.Declarations.OfType<RecordSymbol>())
        {
            foreach (var field in record.Fields)
            {
                if (field.Default is { Kind: LiteralKind.EnumMember, Value: EnumMemberSymbol named } value
                    && named.Name == member.Name && named.ContainingEnum.FullName == member.ContainingEnum.FullName)
                    result.Add((record.FilePath, value.Span));
            }
        }
        return result;
    }

    public static Location? ToLocation(SchemaWorkspace workspace, string path, TextSpan span)
    {
        var document = workspace.FindByPath(path);
        if (document is null) return null;
        return new Location(document.Uri, document.Lines.GetRange(span.Start, span.End));
    }
}
