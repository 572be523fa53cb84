using System.Collections.Generic;
using System.Linq;

namespace EventSchema.Language.Diagnostics;

/// <summary>
/// Every diagnostic the front end can report, for hosts that list rules up front (the Roslyn generator, the CLI, the
/// docs test). Each code is defined once, next to its factory in <c>DiagnosticBuilder</c>; this class only lists them.
/// Codes are grouped: ES0001–ES0019 syntax, ES0020–ES0029 names and declarations, ES0030–ES0039 decorators,
/// ES0040–ES0049 constraints, defaults and summaries, ES0050–ES0069 structure, ES0070–ES0079 referenced assemblies,
/// ES0080–ES0099 code generation, ES0100–ES0119 unions, ES0700–ES0799 schema evolution. A code, once published, keeps its meaning.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>The category of the compatibility checker's codes: they need a lock file, so no schema alone shows them.</summary>
    public const string Compatibility = "Compatibility";

    /// <summary>Every definition, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDefinition> All { get; } =
        DiagnosticBuilder.Definitions.OrderBy(definition => definition.Code, System.StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, DiagnosticDefinition> ByCode = All.ToDictionary(definition => definition.Code, System.StringComparer.Ordinal);

    /// <summary>The definition of <paramref name="code"/> (such as <c>ES0020</c>), or null when the front end has no such code.</summary>
    public static DiagnosticDefinition? Find(string code) => code is not null && ByCode.TryGetValue(code, out var definition) ? definition : null;
}
