using System;
using System.Collections.Generic;
using System.Text;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Binding;

/// <summary>
/// Decides what an edit of one file needs bound again: that file, the files whose binding read its declarations
/// (through a field type, a default or a <c>@summary</c> path), and every file on a cycle of references with one of
/// those, since the cycle check walks them together. The other files keep their symbols and diagnostics: nothing
/// they bound read the edited file. When the edit changes what the file declares (its namespace, the kinds and names
/// of its declarations, the version or type of its events), or the compilation reports duplicates, name lookup or the
/// workspace-wide checks of other files could change too, and the whole compilation is bound again instead.
/// </summary>
internal static class IncrementalBinding
{
    /// <summary>What to bind again: the trees, in path order; and the declarations reused from the other files.</summary>
    internal sealed record Plan(IReadOnlyList<SyntaxTree> Rebound, HashSet<string> ReboundPaths, IReadOnlyList<DeclarationSymbol> Reused);

    /// <summary>The plan for replacing <paramref name="oldTree"/> by <paramref name="newTree"/>; null to bind everything again.</summary>
    public static Plan? TryPlan(SchemaCompilation compilation, SyntaxTree oldTree, SyntaxTree newTree)
    {
        if (!string.Equals(Outline(oldTree), Outline(newTree), StringComparison.Ordinal)) return null;
        foreach (var diagnostic in compilation.Diagnostics)
        {
            // Duplicates are decided across files in path order: only a full binding reports them the same way.
            if (diagnostic.Code == DiagnosticBuilder.DuplicateDeclarationDefinition.Code || diagnostic.Code == DiagnosticBuilder.DuplicateEventTypeDefinition.Code) return null;
            // So are names clashing with a name of another file (two types with one C# name): the diagnostic also
            // points there, which an edit of that file moves.
            foreach (var related in diagnostic.Related)
            {
                if (!string.Equals(related.FilePath, diagnostic.FilePath, StringComparison.Ordinal)) return null;
            }
        }
        var dependents = Dependents(compilation);
        if (dependents is null) return null;

        var rebound = new HashSet<string>(StringComparer.Ordinal) { newTree.FilePath };
        if (dependents.TryGetValue(newTree.FilePath, out var direct)) rebound.UnionWith(direct);
        var uses = Reverse(dependents);
        foreach (string file in new List<string>(rebound))
        {
            foreach (string member in CycleMembers(dependents, uses, file)) rebound.Add(member);
        }

        var trees = new List<SyntaxTree>();
        var reused = new List<DeclarationSymbol>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (ReferenceEquals(tree, oldTree)) trees.Add(newTree);
            else if (rebound.Contains(tree.FilePath)) trees.Add(tree);
            else reused.AddRange(compilation.GetDeclarations(tree.FilePath));
        }
        return new Plan(trees, rebound, reused);
    }

    /// <summary>
    /// For each file, the files whose bound symbols refer to its declarations; null when a declaration or type is of
    /// a kind this walk does not know, so nothing can be reused safely.
    /// </summary>
    private static Dictionary<string, HashSet<string>>? Dependents(SchemaCompilation compilation)
    {
        var dependents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var declaration in compilation.Declarations)
        {
            switch (declaration)
            {
                case RecordSymbol record:
                    foreach (var field in record.Fields)
                    {
                        if (!AddUses(dependents, record.FilePath, field.Type)) return null;
                        if (field.Default?.Value is EnumMemberSymbol member) AddUse(dependents, record.FilePath, member.ContainingEnum);
                    }
                    foreach (var field in record.RemovedFields)
                    {
                        if (!AddUses(dependents, record.FilePath, field.Type)) return null;
                    }
                    foreach (var spread in record.Spreads)
                    {
                        // Both ways: the spreading record copies the spread one's fields, and binding it marks the spread
                        // record as shared (its generated interface), so an edit to either binds both again.
                        AddUse(dependents, record.FilePath, spread);
                        AddUse(dependents, spread.FilePath, record);
                    }
                    if (record.Summary is { } summary)
                    {
                        foreach (var segment in summary.Segments)
                        {
                            if (segment is not SummaryHole hole) continue;
                            foreach (var step in hole.Path) AddUse(dependents, record.FilePath, step.ContainingRecord);
                        }
                    }
                    break;
                case UnionSymbol union:
                    foreach (var member in union.Members) AddUse(dependents, union.FilePath, member.Record);
                    foreach (var nested in union.NestedUnions) AddUse(dependents, union.FilePath, nested);
                    break;
                case EnumSymbol or ScalarSymbol:
                    break;
                default:
                    return null;
            }
        }
        return dependents;
    }

    private static bool AddUses(Dictionary<string, HashSet<string>> dependents, string user, SchemaType? type)
    {
        switch (type)
        {
            case null or PrimitiveType or ErrorType:
                return true;
            case ListType list:
                return AddUses(dependents, user, list.ElementType);
            case SetType set:
                return AddUses(dependents, user, set.ElementType);
            case MapType map:
                return AddUses(dependents, user, map.KeyType) && AddUses(dependents, user, map.ValueType);
            case NamedType named:
                AddUse(dependents, user, named.Declaration);
                return true;
            default:
                return false;
        }
    }

    private static void AddUse(Dictionary<string, HashSet<string>> dependents, string user, DeclarationSymbol used)
    {
        if (used.ReferenceName is not null || string.Equals(used.FilePath, user, StringComparison.Ordinal)) return;
        if (!dependents.TryGetValue(used.FilePath, out var users)) dependents[used.FilePath] = users = new HashSet<string>(StringComparer.Ordinal);
        users.Add(user);
    }

    /// <summary>The files on a cycle of references through <paramref name="file"/>: those it reaches that also reach it.</summary>
    private static HashSet<string> CycleMembers(Dictionary<string, HashSet<string>> dependents, Dictionary<string, List<string>> uses, string file)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        // A file that uses nothing, or that nothing uses, is on no cycle: the common case costs nothing more.
        if (!uses.ContainsKey(file) || !dependents.ContainsKey(file)) return members;
        var reached = Closure(uses, file);
        if (!reached.Contains(file)) return members;
        var reaching = Closure(dependents, file);
        foreach (string candidate in reached)
        {
            if (reaching.Contains(candidate)) members.Add(candidate);
        }
        return members;
    }

    /// <summary>For each file, the files whose declarations it uses.</summary>
    private static Dictionary<string, List<string>> Reverse(Dictionary<string, HashSet<string>> dependents)
    {
        var uses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in dependents)
        {
            foreach (string user in entry.Value)
            {
                if (!uses.TryGetValue(user, out var list)) uses[user] = list = new List<string>();
                list.Add(entry.Key);
            }
        }
        return uses;
    }

    private static HashSet<string> Closure<TSet>(Dictionary<string, TSet> edges, string start)
        where TSet : IEnumerable<string>
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            if (!edges.TryGetValue(pending.Pop(), out var next)) continue;
            foreach (string item in next)
            {
                if (seen.Add(item)) pending.Push(item);
            }
        }
        return seen;
    }

    /// <summary>What other files can see of a file: its namespace, its declarations' kinds and names, and what sets its events' types.</summary>
    private static string Outline(SyntaxTree tree)
    {
        var outline = new StringBuilder();
        foreach (var member in tree.Root.Members)
        {
            switch (member)
            {
                case NamespaceDeclarationSyntax ns:
                    outline.Append("namespace ").Append(ns.Name.IsMissing ? string.Empty : ns.Name.Text).Append(';');
                    break;
                case DeclarationSyntax declaration:
                    outline.Append(declaration.Keyword.Text).Append(' ').Append(declaration.Name.IsMissing ? string.Empty : declaration.Name.Text);
                    foreach (var decorator in declaration.Decorators)
                    {
                        string name = decorator.Name.Text;
                        if (name == DecoratorDefinition.Version.Name || name == DecoratorDefinition.Type.Name)
                            outline.Append(' ').Append(tree.Text.Text, decorator.Span.Start, decorator.Span.Length);
                    }
                    outline.Append(';');
                    break;
            }
        }
        return outline.ToString();
    }
}
