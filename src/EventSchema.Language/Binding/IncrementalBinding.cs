using System;
using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Binding;

/// <summary>
/// Decides what an edit of one file needs bound again: that file, and every file whose binding read its declarations
/// (through a field type, a spread, a default, a union or a <c>@summary</c> path), directly or through other files.
/// The other files keep their symbols and diagnostics: nothing they bound, and nothing their symbols lead to, was bound
/// again. An edit that declares, removes or renames records, enums, scalars or unions also binds every file that
/// mentions an affected name, since its names may now resolve differently. The whole compilation is bound again
/// instead when the edit moves the file to another namespace, touches an event's declaration line (event types are
/// decided across files), adds a name another file or C# name already has, or when the compilation reports what only
/// a full binding decides the same way (duplicates, clashes across files, unknown or ambiguous names).
/// </summary>
/// <remarks>
/// An editor can ask for less (<see cref="DependentFiles.Direct"/>): the files that read the edited one directly and
/// those on a cycle of references with them. Diagnostics are the same, but the symbols of a kept file may then lead
/// to the previous objects of a file bound again, so such a caller compares declarations by full name.
/// </remarks>
internal static class IncrementalBinding
{
    /// <summary>Which of the files that reach an edited file are bound again.</summary>
    internal enum DependentFiles
    {
        /// <summary>Every file that reaches it through any number of others: no kept symbol leads to a replaced one.</summary>
        All,

        /// <summary>The files that read it directly, and the files on a cycle of references with them.</summary>
        Direct,
    }

    /// <summary>What to bind again: the trees, in path order; and the declarations reused from the other files.</summary>
    internal sealed record Plan(IReadOnlyList<SyntaxTree> Rebound, HashSet<string> ReboundPaths, IReadOnlyList<DeclarationSymbol> Reused);

    /// <summary>The plan for replacing <paramref name="oldTree"/> by <paramref name="newTree"/>; null to bind everything again.</summary>
    public static Plan? TryPlan(SchemaCompilation compilation, SyntaxTree oldTree, SyntaxTree newTree, DependentFiles dependentFiles)
    {
        var oldOutline = FileOutline.Of(oldTree);
        var newOutline = FileOutline.Of(newTree);
        if (!string.Equals(oldOutline.Namespace, newOutline.Namespace, StringComparison.Ordinal)) return null;
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
        var affectedNames = AffectedNames(compilation, oldOutline, newOutline);
        if (affectedNames is null) return null;

        var dependents = Dependents(compilation);
        if (dependents is null) return null;

        var rebound = new HashSet<string>(StringComparer.Ordinal) { newTree.FilePath };
        foreach (var tree in compilation.SyntaxTrees)
        {
            // A file that declares nothing still names a namespace other files' 'using' may need: it is cheap to bind.
            if (compilation.GetDeclarations(tree.FilePath).Count == 0) rebound.Add(tree.FilePath);
            else if (affectedNames.Count > 0 && MentionsAny(tree, affectedNames)) rebound.Add(tree.FilePath);
        }
        if (dependentFiles == DependentFiles.All)
        {
            // Every file that reaches a file bound again is bound again too, so no kept symbol leads to a replaced one.
            var pending = new Stack<string>(rebound);
            while (pending.Count > 0)
            {
                if (!dependents.TryGetValue(pending.Pop(), out var users)) continue;
                foreach (string user in users)
                {
                    if (rebound.Add(user)) pending.Push(user);
                }
            }
        }
        else
        {
            foreach (string seed in new List<string>(rebound))
            {
                if (dependents.TryGetValue(seed, out var direct)) rebound.UnionWith(direct);
            }
            // The cycle check walks a cycle of references as one: every file on it is bound again together.
            var uses = Reverse(dependents);
            foreach (string file in new List<string>(rebound))
            {
                foreach (string member in CycleMembers(dependents, uses, file)) rebound.Add(member);
            }
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
    /// The names whose declaration the edit adds, removes or changes the kind of; null when such an edit needs every
    /// file bound again.
    /// </summary>
    private static HashSet<string>? AffectedNames(SchemaCompilation compilation, FileOutline oldOutline, FileOutline newOutline)
    {
        var affected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in oldOutline.Declarations)
        {
            if (!newOutline.Contains(entry)) affected.Add(entry.Name);
        }
        foreach (var entry in newOutline.Declarations)
        {
            if (oldOutline.Contains(entry)) continue;
            affected.Add(entry.Name);
            if (oldOutline.Declares(entry.Name)) continue;
            // A new name: it must not be taken in the namespace, by another file, a referenced assembly or an inline
            // union, nor be one C# type with another name there.
            string fullName = newOutline.Namespace.Length == 0 ? entry.Name : newOutline.Namespace + "." + entry.Name;
            if (compilation.GetDeclaration(fullName) is not null) return null;
            string key = FieldNameHints.CSharpKey(entry.Name);
            foreach (var declaration in compilation.Declarations)
            {
                if (string.Equals(declaration.Namespace, newOutline.Namespace, StringComparison.Ordinal) && string.Equals(FieldNameHints.CSharpKey(declaration.Name), key, StringComparison.Ordinal)) return null;
            }
        }
        if (affected.Count == 0) return affected;
        foreach (var outline in new[] { oldOutline, newOutline })
        {
            foreach (var entry in outline.Declarations)
            {
                // Event types and their duplicates are decided over every file at once.
                if (entry.IsEvent && affected.Contains(entry.Name)) return null;
            }
        }
        foreach (var diagnostic in compilation.Diagnostics)
        {
            // An unknown or ambiguous name anywhere may resolve, or be suggested, differently once names change.
            if (diagnostic.Code == DiagnosticBuilder.UnknownTypeDefinition.Code || diagnostic.Code == DiagnosticBuilder.AmbiguousTypeDefinition.Code) return null;
        }
        return affected;
    }

    /// <summary>Whether the file's text contains one of <paramref name="names"/> anywhere: more files than need it, never fewer.</summary>
    private static bool MentionsAny(SyntaxTree tree, HashSet<string> names)
    {
        foreach (string name in names)
        {
            if (tree.Text.Text.IndexOf(name, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
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
                    // The spreading record copies the spread one's fields. Whether a record is spread at all is worked
                    // out again over the whole compilation (SchemaCompilation.MarkSpreadRecords), so that is no use here.
                    foreach (var spread in record.Spreads) AddUse(dependents, record.FilePath, spread);
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
}
