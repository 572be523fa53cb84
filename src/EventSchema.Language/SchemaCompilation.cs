using System;
using System.Collections.Generic;
using System.Threading;
using EventSchema.Language.Binding;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.References;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language;

/// <summary>
/// Every schema file of a project, parsed and bound together: names resolve across files, and every
/// problem is a <see cref="Diagnostic"/>. No input text makes it throw; only cancellation does.
/// </summary>
public sealed class SchemaCompilation
{
    private static readonly IReadOnlyList<DeclarationSymbol> NoDeclarations = [];
    private static readonly IReadOnlyList<Diagnostic> NoDiagnostics = [];

    private readonly Dictionary<string, List<DeclarationSymbol>> _declarationsByFile;
    private readonly Dictionary<string, List<Diagnostic>> _diagnosticsByFile;
    private readonly Dictionary<string, DeclarationSymbol> _declarationsByFullName;

    private SchemaCompilation(IReadOnlyList<SyntaxTree> syntaxTrees, IReadOnlyList<DeclarationSymbol> declarations, IReadOnlyList<Diagnostic> diagnostics, ReferencedSchemas references)
    {
        References = references;
        SyntaxTrees = syntaxTrees;
        Declarations = declarations;
        Diagnostics = diagnostics;
        // Sized once: at tens of thousands of declarations, growing these tables is a large share of the copying.
        _declarationsByFile = new Dictionary<string, List<DeclarationSymbol>>(syntaxTrees.Count, StringComparer.Ordinal);
        _declarationsByFullName = new Dictionary<string, DeclarationSymbol>(declarations.Count, StringComparer.Ordinal);
        for (int i = 0; i < declarations.Count; i++)
        {
            var declaration = declarations[i];
            if (!_declarationsByFile.TryGetValue(declaration.FilePath, out var list))
            {
                // Declarations come ordered by file, so the run from here is the file's count (more may follow only out of order).
                int run = 1;
                while (i + run < declarations.Count && string.Equals(declarations[i + run].FilePath, declaration.FilePath, StringComparison.Ordinal)) run++;
                _declarationsByFile[declaration.FilePath] = list = new List<DeclarationSymbol>(run);
            }
            list.Add(declaration);
            // The first declaration of a name is the one that binds; later ones are reported duplicates.
            if (!_declarationsByFullName.ContainsKey(declaration.FullName)) _declarationsByFullName[declaration.FullName] = declaration;
        }
        _diagnosticsByFile = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (!_diagnosticsByFile.TryGetValue(diagnostic.FilePath, out var list)) _diagnosticsByFile[diagnostic.FilePath] = list = new List<Diagnostic>();
            list.Add(diagnostic);
        }
    }

    /// <summary>Parses and binds <paramref name="sources"/>.</summary>
    public static SchemaCompilation Create(IEnumerable<SourceText> sources, CancellationToken cancellationToken = default)
        => Create(sources, ReferencedSchemas.Empty, cancellationToken);

    /// <summary>Parses and binds <paramref name="sources"/>; their names may also resolve to the declarations of <paramref name="references"/>.</summary>
    public static SchemaCompilation Create(IEnumerable<SourceText> sources, ReferencedSchemas references, CancellationToken cancellationToken = default)
    {
        if (sources is null) throw new ArgumentNullException(nameof(sources));
        var trees = new List<SyntaxTree>();
        foreach (var source in sources)
        {
            if (source is null) continue;
            trees.Add(SyntaxTree.Parse(source, cancellationToken));
        }
        return Create(trees, references, cancellationToken);
    }

    /// <summary>Binds already parsed <paramref name="syntaxTrees"/>, so a host can reuse the trees of unchanged files.</summary>
    public static SchemaCompilation Create(IEnumerable<SyntaxTree> syntaxTrees, CancellationToken cancellationToken = default)
        => Create(syntaxTrees, ReferencedSchemas.Empty, cancellationToken);

    /// <summary>Binds already parsed <paramref name="syntaxTrees"/>; their names may also resolve to the declarations of <paramref name="references"/>.</summary>
    public static SchemaCompilation Create(IEnumerable<SyntaxTree> syntaxTrees, ReferencedSchemas references, CancellationToken cancellationToken = default)
    {
        if (references is null) throw new ArgumentNullException(nameof(references));
        if (syntaxTrees is null) throw new ArgumentNullException(nameof(syntaxTrees));
        var trees = new List<SyntaxTree>();
        foreach (var tree in syntaxTrees)
        {
            if (tree is not null) trees.Add(tree);
        }
        // A stable sort, so files given twice under one path keep the caller's order.
        var ordered = new List<(SyntaxTree Tree, int Index)>(trees.Count);
        for (int i = 0; i < trees.Count; i++) ordered.Add((trees[i], i));
        ordered.Sort(static (x, y) =>
        {
            int byPath = string.CompareOrdinal(x.Tree.FilePath, y.Tree.FilePath);
            return byPath != 0 ? byPath : x.Index.CompareTo(y.Index);
        });
        trees.Clear();
        foreach (var (tree, _) in ordered) trees.Add(tree);

        var result = Binder.Bind(trees, references, cancellationToken);
        var diagnostics = DiagnosticOrder.SortAndDeduplicate(result.Diagnostics);
        return new SchemaCompilation(trees, result.Declarations, diagnostics, references);
    }

    /// <summary>
    /// This compilation with <paramref name="syntaxTree"/> in place of the tree of the same path (or added when there
    /// is none), for an editor to call on every keystroke. Only that file and the files whose binding reads its
    /// declarations, directly or through other files, are bound again (and, when the edit declares or removes names,
    /// the files that mention them); the others keep their symbols and diagnostics. Diagnostics and declarations are
    /// those <see cref="Create(IEnumerable{SyntaxTree}, ReferencedSchemas, CancellationToken)"/> would give, and every
    /// symbol reached from a declaration is this compilation's own.
    /// </summary>
    public SchemaCompilation WithSyntaxTree(SyntaxTree syntaxTree, CancellationToken cancellationToken = default)
        => WithSyntaxTree(syntaxTree, IncrementalBinding.DependentFiles.All, cancellationToken);

    /// <summary>
    /// <see cref="WithSyntaxTree(SyntaxTree, CancellationToken)"/>, binding again only the files that read the edited
    /// one directly when <paramref name="dependentFiles"/> says so: the same diagnostics and declarations, quicker on a
    /// keystroke, but a kept file's symbols may lead to the previous objects of a file bound again.
    /// </summary>
    internal SchemaCompilation WithSyntaxTree(SyntaxTree syntaxTree, IncrementalBinding.DependentFiles dependentFiles, CancellationToken cancellationToken = default)
    {
        if (syntaxTree is null) throw new ArgumentNullException(nameof(syntaxTree));
        SyntaxTree? previous = null;
        foreach (var tree in SyntaxTrees)
        {
            if (!string.Equals(tree.FilePath, syntaxTree.FilePath, StringComparison.Ordinal)) continue;
            if (previous is not null) return Replace(syntaxTree, cancellationToken); // The path twice: bind everything.
            previous = tree;
        }
        if (ReferenceEquals(previous, syntaxTree)) return this;
        if (previous is null || IncrementalBinding.TryPlan(this, previous, syntaxTree, dependentFiles) is not { } plan) return Replace(syntaxTree, cancellationToken);

        var result = Binder.Bind(plan.Rebound, References, plan.Reused, cancellationToken);
        var diagnostics = new List<Diagnostic>(result.Diagnostics);
        foreach (var diagnostic in Diagnostics)
        {
            if (!plan.ReboundPaths.Contains(diagnostic.FilePath)) diagnostics.Add(diagnostic);
        }
        var reboundByFile = new Dictionary<string, List<DeclarationSymbol>>(StringComparer.Ordinal);
        foreach (var declaration in result.Declarations)
        {
            if (!reboundByFile.TryGetValue(declaration.FilePath, out var list)) reboundByFile[declaration.FilePath] = list = new List<DeclarationSymbol>();
            list.Add(declaration);
        }
        var trees = new List<SyntaxTree>(SyntaxTrees.Count);
        var declarations = new List<DeclarationSymbol>(Declarations.Count);
        foreach (var tree in SyntaxTrees)
        {
            bool rebound = plan.ReboundPaths.Contains(tree.FilePath);
            trees.Add(ReferenceEquals(tree, previous) ? syntaxTree : tree);
            if (!rebound) declarations.AddRange(GetDeclarations(tree.FilePath));
            else if (reboundByFile.TryGetValue(tree.FilePath, out var list)) declarations.AddRange(list);
        }
        MarkSpreadRecords(declarations);
        return new SchemaCompilation(trees, declarations, DiagnosticOrder.SortAndDeduplicate(diagnostics), References);
    }

    /// <summary>
    /// Whether each record is spread by another, over every file: binding marks the records a rebound file spreads,
    /// but only this sees that a kept record is no longer spread by the file bound again.
    /// </summary>
    private static void MarkSpreadRecords(List<DeclarationSymbol> declarations)
    {
        // By full name: a kept record may spread the previous object of a record bound again.
        var spread = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            if (declaration is not RecordSymbol record) continue;
            foreach (var target in record.Spreads) spread.Add(target.FullName);
        }
        foreach (var declaration in declarations)
        {
            if (declaration is RecordSymbol { ReferenceName: null } record) record.IsSpread = spread.Contains(record.FullName);
        }
    }

    private SchemaCompilation Replace(SyntaxTree syntaxTree, CancellationToken cancellationToken)
    {
        var trees = new List<SyntaxTree>(SyntaxTrees.Count + 1) { syntaxTree };
        foreach (var tree in SyntaxTrees)
        {
            if (!string.Equals(tree.FilePath, syntaxTree.FilePath, StringComparison.Ordinal)) trees.Add(tree);
        }
        return Create(trees, References, cancellationToken);
    }

    /// <summary>The referenced assemblies' declarations the files were bound against.</summary>
    public ReferencedSchemas References { get; }

    /// <summary>The parsed files, ordered by path (ordinal).</summary>
    public IReadOnlyList<SyntaxTree> SyntaxTrees { get; }

    /// <summary>Every declaration, ordered by file path (ordinal), then position.</summary>
    public IReadOnlyList<DeclarationSymbol> Declarations { get; }

    /// <summary>Every syntax and semantic diagnostic, ordered by file path (ordinal), then span start, then code.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.IsError) return true;
            }
            return false;
        }
    }

    /// <summary>The declarations of one file, in source order.</summary>
    public IReadOnlyList<DeclarationSymbol> GetDeclarations(string filePath)
        => filePath is not null && _declarationsByFile.TryGetValue(filePath, out var list) ? list : NoDeclarations;

    /// <summary>The diagnostics located in one file.</summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics(string filePath)
        => filePath is not null && _diagnosticsByFile.TryGetValue(filePath, out var list) ? list : NoDiagnostics;

    /// <summary>The declaration with the given full name, such as <c>Diplomacy.Official</c>, a referenced assembly's included; null when there is none.</summary>
    public DeclarationSymbol? GetDeclaration(string fullName)
    {
        if (fullName is null) return null;
        if (_declarationsByFullName.TryGetValue(fullName, out var declaration)) return declaration;
        foreach (var external in References.Declarations)
        {
            if (string.Equals(external.FullName, fullName, StringComparison.Ordinal)) return external;
        }
        return null;
    }
}
