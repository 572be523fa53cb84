using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>Go to definition: from a type name, a default value or a declaration to where it is declared.</summary>
internal static class DefinitionProvider
{
    public static Location[]? GetDefinition(SchemaWorkspace workspace, WorkspaceDocument document, int offset)
    {
        var target = SymbolLocator.Locate(workspace.Compilation, document, offset);
        var location = target switch
        {
            DeclarationTarget d => ReferenceFinder.ToLocation(workspace, d.Declaration.FilePath, d.Declaration.NameSpan),
            FieldTarget f => ReferenceFinder.ToLocation(workspace, f.Field.ContainingRecord.FilePath, f.Field.NameSpan),
            EnumMemberTarget m => ReferenceFinder.ToLocation(workspace, m.Member.ContainingEnum.FilePath, m.Member.NameSpan),
            _ => null,
        };
        return location is null ? null : [location];
    }
}
