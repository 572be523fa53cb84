using EventSchema.Language;
using EventSchema.Language.Semantics;

namespace EventSchema.LanguageServer.Features;

/// <summary>Every declaration a schema file can name: the workspace's own, then those of the contracts assemblies it references.</summary>
internal static class NameableDeclarations
{
    public static IEnumerable<DeclarationSymbol> Nameable(this SchemaCompilation compilation)
    {
        var declared = new HashSet<string>(compilation.Declarations.Select(d => d.FullName), StringComparer.Ordinal);
        // A full name both declare is the workspace's (the build reports the clash at the workspace's declaration).
        return compilation.Declarations.Concat(compilation.References.Declarations.Where(d => !declared.Contains(d.FullName)));
    }
}
