using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using EventSchema.Language;
using EventSchema.Language.References;
using EventSchema.Language.Syntax;

namespace EventSchema.Generator.Building;

/// <summary>
/// Binds the project's schema files, starting from the compilation the previous run bound when only a few files
/// changed: <see cref="SchemaCompilation.WithSyntaxTree(SyntaxTree, CancellationToken)"/> binds an edited file and what reaches it, and gives what
/// binding every file gives. The driver passes the same parsed trees for files it did not see change, and each tree
/// remembers the last compilation it was bound in; a compilation lives only as long as one of its trees does.
/// </summary>
internal static class CompilationReuse
{
    // Beyond a few changed files (a branch switch, a search and replace), binding everything once is as quick.
    private const int MostChangedFiles = 4;

    private sealed class LastCompilation
    {
        public SchemaCompilation? Compilation;
    }

    private static readonly ConditionalWeakTable<SyntaxTree, LastCompilation> LastBoundIn = new();

    private static readonly object Rebinding = new();

    /// <summary>The compilation of <paramref name="trees"/>, equal to <see cref="SchemaCompilation.Create(IEnumerable{SyntaxTree}, ReferencedSchemas, CancellationToken)"/>'s.</summary>
    public static SchemaCompilation Bind(IReadOnlyList<SyntaxTree> trees, ReferencedSchemas references, CancellationToken cancellationToken)
    {
        var compilation = TryRebind(trees, references, cancellationToken) ?? SchemaCompilation.Create(trees, references, cancellationToken);
        foreach (var tree in compilation.SyntaxTrees) LastBoundIn.GetValue(tree, static _ => new LastCompilation()).Compilation = compilation;
        return compilation;
    }

    private static SchemaCompilation? TryRebind(IReadOnlyList<SyntaxTree> trees, ReferencedSchemas references, CancellationToken cancellationToken)
    {
        SchemaCompilation? previous = null;
        // The first tree may be the edited one; an unchanged file among the first few names the previous compilation.
        for (int i = 0; i < trees.Count && i <= MostChangedFiles && previous is null; i++)
        {
            if (LastBoundIn.TryGetValue(trees[i], out var last)) previous = last.Compilation;
        }
        if (previous is null || previous.SyntaxTrees.Count != trees.Count || !ReferenceEquals(previous.References, references)) return null;

        var previousTrees = new HashSet<SyntaxTree>(previous.SyntaxTrees, ReferenceComparer.Instance);
        var previousPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in previous.SyntaxTrees)
        {
            // A path given twice is bound in the order the caller gives; leave that to a full binding.
            if (!previousPaths.Add(tree.FilePath)) return null;
        }
        var changed = new List<SyntaxTree>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            if (!paths.Add(tree.FilePath) || !previousPaths.Contains(tree.FilePath)) return null;
            if (previousTrees.Contains(tree)) continue;
            changed.Add(tree);
            if (changed.Count > MostChangedFiles) return null;
        }
        // Binding again marks the kept symbols it reaches (cycle checks, spread records), and those symbols are shared by
        // every compilation that kept them: two runs of the driver at once, on two snapshots, take turns here.
        lock (Rebinding)
        {
            var compilation = previous;
            foreach (var tree in changed) compilation = compilation.WithSyntaxTree(tree, cancellationToken);
            return compilation;
        }
    }

    private sealed class ReferenceComparer : IEqualityComparer<SyntaxTree>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(SyntaxTree? x, SyntaxTree? y) => ReferenceEquals(x, y);

        public int GetHashCode(SyntaxTree obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
