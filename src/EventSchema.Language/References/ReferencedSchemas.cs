using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using EventSchema.Language.Binding;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.References;

/// <summary>
/// The declarations of every referenced assembly, bound together once so that a compilation's files can use them
/// like their own (by simple name in their namespace, through <c>using</c>, or fully qualified), without declaring
/// them again. References whose model this version cannot read are kept apart, so that using one of their
/// namespaces is a located error (ES0070) instead of an unknown namespace.
/// </summary>
public sealed class ReferencedSchemas
{
    private readonly Dictionary<DeclarationSymbol, string> _hostData;
    private readonly Dictionary<string, SchemaReference> _unreadableByNamespace;
    private Dictionary<string, IReadOnlyList<string>> _declaredByMore = new(StringComparer.Ordinal);

    private ReferencedSchemas(
        IReadOnlyList<SchemaReference> references,
        IReadOnlyList<SyntaxTree> syntaxTrees,
        IReadOnlyList<DeclarationSymbol> declarations,
        Dictionary<DeclarationSymbol, string> hostData,
        Dictionary<string, SchemaReference> unreadableByNamespace)
    {
        References = references;
        SyntaxTrees = syntaxTrees;
        Declarations = declarations;
        _hostData = hostData;
        _unreadableByNamespace = unreadableByNamespace;
    }

    /// <summary>No references.</summary>
    public static ReferencedSchemas Empty { get; } = new(
        [], [], [], new Dictionary<DeclarationSymbol, string>(), new Dictionary<string, SchemaReference>(StringComparer.Ordinal));

    /// <summary>The references, as given.</summary>
    public IReadOnlyList<SchemaReference> References { get; }

    /// <summary>The schema text of the readable references' declarations, one file per assembly and namespace.</summary>
    public IReadOnlyList<SyntaxTree> SyntaxTrees { get; }

    /// <summary>Every declaration of a readable reference; each has <see cref="DeclarationSymbol.ReferenceName"/> set.</summary>
    public IReadOnlyList<DeclarationSymbol> Declarations { get; }

    /// <summary>The host data the declaring assembly stored with <paramref name="declaration"/>; null for a declaration of no reference.</summary>
    public string? GetHostData(DeclarationSymbol declaration)
        => declaration is not null && _hostData.TryGetValue(declaration, out string? data) ? data : null;

    /// <summary>The unreadable reference that declares <paramref name="ns"/>; null when none does.</summary>
    public SchemaReference? FindUnreadable(string ns)
        => ns is not null && _unreadableByNamespace.TryGetValue(ns, out var reference) ? reference : null;

    /// <summary>
    /// The assemblies (in ordinal order) that declare <paramref name="fullName"/> when more than one of the references
    /// does; null when at most one does. Only the first one's declaration binds; the C# type is ambiguous to a project that
    /// references both.
    /// </summary>
    public IReadOnlyList<string>? AssembliesDeclaring(string fullName)
        => fullName is not null && _declaredByMore.TryGetValue(fullName, out var assemblies) ? assemblies : null;

    /// <summary>Whether this version can read <paramref name="reference"/>'s declarations.</summary>
    public static bool CanRead(SchemaReference reference)
        => reference is not null && SchemaReferenceModel.Read(reference.Model, reference.FormatVersion) is not null;

    /// <summary>Reads and binds the declarations of <paramref name="references"/>.</summary>
    public static ReferencedSchemas Bind(IEnumerable<SchemaReference> references, CancellationToken cancellationToken = default)
    {
        if (references is null) throw new ArgumentNullException(nameof(references));
        var all = new List<SchemaReference>();
        var unreadable = new Dictionary<string, SchemaReference>(StringComparer.Ordinal);
        var expected = new Dictionary<string, (string AssemblyName, ReferencedDeclaration Declaration)>(StringComparer.Ordinal);
        var declaredByMore = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        var paths = new List<string>();
        foreach (SchemaReference reference in references)
        {
            if (reference is null) continue;
            all.Add(reference);
            IReadOnlyList<ReferencedDeclaration>? model = SchemaReferenceModel.Read(reference.Model, reference.FormatVersion);
            if (model is null)
            {
                foreach (string ns in reference.Namespaces)
                {
                    if (!unreadable.ContainsKey(ns)) unreadable[ns] = reference;
                }
                continue;
            }
            foreach (ReferencedDeclaration declaration in model)
            {
                string fullName = declaration.Namespace.Length == 0 ? declaration.Name : declaration.Namespace + "." + declaration.Name;
                // The first assembly to declare a name is the one whose declaration binds, as the first file's does.
                if (expected.TryGetValue(fullName, out var first))
                {
                    if (!string.Equals(first.AssemblyName, reference.AssemblyName, StringComparison.OrdinalIgnoreCase))
                    {
                        var assemblies = declaredByMore.TryGetValue(fullName, out var known) ? new List<string>(known) : new List<string> { first.AssemblyName };
                        if (!assemblies.Contains(reference.AssemblyName, StringComparer.OrdinalIgnoreCase)) assemblies.Add(reference.AssemblyName);
                        assemblies.Sort(StringComparer.Ordinal);
                        declaredByMore[fullName] = assemblies;
                    }
                    continue;
                }
                expected[fullName] = (reference.AssemblyName, declaration);
                string path = reference.AssemblyName + "/" + (declaration.Namespace.Length == 0 ? "global" : declaration.Namespace) + ".eventschema";
                if (!texts.TryGetValue(path, out StringBuilder? text))
                {
                    texts[path] = text = new StringBuilder();
                    paths.Add(path);
                    if (declaration.Namespace.Length > 0) text.Append("namespace ").Append(declaration.Namespace).Append(";\n");
                }
                text.Append('\n').Append(declaration.Text);
            }
        }
        if (paths.Count == 0)
        {
            return all.Count == 0 && unreadable.Count == 0
                ? Empty
                : new ReferencedSchemas(all, [], [], new Dictionary<DeclarationSymbol, string>(), unreadable);
        }

        paths.Sort(StringComparer.Ordinal);
        var trees = new List<SyntaxTree>(paths.Count);
        foreach (string path in paths) trees.Add(SyntaxTree.Parse(new SourceText(path, texts[path].ToString()), cancellationToken));

        // Diagnostics of the references' own text are not this compilation's to report: each assembly was built
        // without errors, and a declaration that reaches a missing one simply has an error type there.
        var bound = Binder.Bind(trees, Empty, cancellationToken);
        var declarations = new List<DeclarationSymbol>(bound.Declarations.Count);
        var hostData = new Dictionary<DeclarationSymbol, string>();
        foreach (DeclarationSymbol declaration in bound.Declarations)
        {
            if (!expected.TryGetValue(declaration.FullName, out var origin) || hostData.ContainsKey(declaration)) continue;
            if (!declaration.FilePath.StartsWith(origin.AssemblyName + "/", StringComparison.Ordinal)) continue;
            declaration.ReferenceName = origin.AssemblyName;
            if (declaration is RecordSymbol record)
            {
                foreach (FieldSymbol field in record.Fields) field.HasFixedJsonName = true;
                // The text carries no history decorators: which past versions the assembly reads, it says apart.
                if (record.IsEvent) record.PastVersions = origin.Declaration.PastVersions;
            }
            hostData[declaration] = origin.Declaration.HostData;
            declarations.Add(declaration);
        }
        return new ReferencedSchemas(all, trees, declarations, hostData, unreadable) { _declaredByMore = declaredByMore };
    }
}
