using EventSchema.Language.Semantics;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>Go to symbol in workspace: declarations whose name contains the query's characters in order, ignoring case.</summary>
internal static class WorkspaceSymbolProvider
{
    private const int MaxResults = 200;

    public static SymbolInformation[] Find(SchemaWorkspace workspace, string query)
        => workspace.Compilation.Declarations
            .Where(d => Matches(d.Name, query))
            .OrderBy(d => d.Name.StartsWith(query, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(d => d.FullName, StringComparer.Ordinal)
            .Take(MaxResults)
            .Select(d => (Declaration: d, Location: ReferenceFinder.ToLocation(workspace, d.FilePath, d.NameSpan)))
            .Where(x => x.Location is not null)
            .Select(x => new SymbolInformation(x.Declaration.Name, Kind(x.Declaration.Kind), x.Location!, x.Declaration.Namespace))
            .ToArray();

    private static bool Matches(string name, string query)
    {
        int next = 0;
        foreach (char c in name)
        {
            if (next < query.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(query[next])) next++;
        }
        return next == query.Length;
    }

    private static SymbolKind Kind(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Event => SymbolKind.Event,
        DeclarationKind.Record => SymbolKind.Class,
        DeclarationKind.Enum => SymbolKind.Enum,
        _ => SymbolKind.Struct,
    };
}
