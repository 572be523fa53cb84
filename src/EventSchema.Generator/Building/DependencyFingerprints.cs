using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using EventSchema.Language;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Generator.Building;

/// <summary>
/// For each schema file, a 64-bit FNV-1a hash over every declaration its generated code depends on: its own
/// declarations and every declaration reached from them through field types (list, set and map elements
/// included), at any depth, since specs hold referenced C# names and the JSON Schema of a record embeds the
/// schemas of everything it reaches. Each declaration contributes its full name, its source text (documentation
/// and decorators included), the C# names chosen for it and, for an event of a referenced assembly, the past
/// versions its description lists; the file's unresolved names make it ungenerable,
/// which the plan compares separately.
/// </summary>
/// <remarks>
/// Many files reach the same declarations, so each declaration's hash over what it reaches is computed once,
/// per strongly connected group of declarations (records may reach each other through optional fields and
/// collections), in one pass of Tarjan's algorithm. Hashes of a group's members and of what it reaches are
/// combined in sorted order, so the result does not depend on the order in which the pass met them.
/// </remarks>
internal sealed class DependencyFingerprints
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private readonly SchemaCompilation _compilation;
    private readonly CSharpNameTable _names;
    private readonly Dictionary<string, SourceText> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<DeclarationSymbol, ulong> _own = new();
    private readonly Dictionary<DeclarationSymbol, ulong> _reaching = new();
    private readonly Dictionary<DeclarationSymbol, int> _index = new();
    private readonly HashSet<DeclarationSymbol> _onStack = new();
    private readonly List<DeclarationSymbol> _stack = new();

    public DependencyFingerprints(SchemaCompilation compilation, CSharpNameTable names)
    {
        _compilation = compilation;
        _names = names;
        foreach (var tree in compilation.References.SyntaxTrees)
        {
            if (!_texts.ContainsKey(tree.FilePath)) _texts[tree.FilePath] = tree.Text;
        }
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!_texts.ContainsKey(tree.FilePath)) _texts[tree.FilePath] = tree.Text;
        }
    }

    /// <summary>The fingerprint of the file at <paramref name="path"/>.</summary>
    public ulong Of(string path)
    {
        ulong hash = OffsetBasis;
        foreach (DeclarationSymbol declaration in _compilation.GetDeclarations(path))
        {
            hash = Combine(hash, OwnFingerprint(declaration));
            hash = Combine(hash, Reaching(declaration));
        }
        return hash;
    }

    private ulong Reaching(DeclarationSymbol declaration)
    {
        if (!_reaching.TryGetValue(declaration, out ulong hash))
        {
            Visit(declaration);
            hash = _reaching[declaration];
        }
        return hash;
    }

    private sealed class Frame(DeclarationSymbol node, int index, List<DeclarationSymbol> successors)
    {
        public DeclarationSymbol Node { get; } = node;
        public int Index { get; } = index;
        public int Low { get; set; } = index;
        public List<DeclarationSymbol> Successors { get; } = successors;
        public int Next { get; set; }
    }

    // Tarjan's algorithm without recursion: chains of records can be thousands long.
    private void Visit(DeclarationSymbol root)
    {
        var frames = new Stack<Frame>();
        frames.Push(Enter(root));
        while (frames.Count > 0)
        {
            Frame frame = frames.Peek();
            if (frame.Next < frame.Successors.Count)
            {
                DeclarationSymbol next = frame.Successors[frame.Next++];
                if (_reaching.ContainsKey(next)) continue;
                if (!_index.TryGetValue(next, out int nextIndex)) frames.Push(Enter(next));
                else if (_onStack.Contains(next)) frame.Low = Math.Min(frame.Low, nextIndex);
                continue;
            }
            frames.Pop();
            if (frames.Count > 0) frames.Peek().Low = Math.Min(frames.Peek().Low, frame.Low);
            if (frame.Low != frame.Index) continue;
            if (ReferenceEquals(_stack[_stack.Count - 1], frame.Node)) CloseSingle(frame);
            else CloseGroup(frame.Node);
        }
    }

    private Frame Enter(DeclarationSymbol declaration)
    {
        int index = _index.Count;
        _index[declaration] = index;
        _stack.Add(declaration);
        _onStack.Add(declaration);
        return new Frame(declaration, index, Successors(declaration));
    }

    // Most declarations are a group of their own: the same hash as CloseGroup, from the successors already listed.
    private void CloseSingle(Frame frame)
    {
        DeclarationSymbol node = frame.Node;
        _stack.RemoveAt(_stack.Count - 1);
        _onStack.Remove(node);
        var reached = new ulong[frame.Successors.Count];
        int count = 0;
        foreach (DeclarationSymbol successor in frame.Successors)
        {
            if (!ReferenceEquals(successor, node)) reached[count++] = _reaching[successor];
        }
        Array.Sort(reached, 0, count);
        ulong hash = Combine(OffsetBasis, OwnFingerprint(node));
        _reaching[node] = HashReached(Separator(hash), reached, count);
    }

    // The hashes of what a group reaches outside itself, sorted, each once: a declaration reached twice counts once.
    private static ulong HashReached(ulong hash, IReadOnlyList<ulong> reached, int count)
    {
        ulong previous = 0;
        for (int i = 0; i < count; i++)
        {
            if (i > 0 && reached[i] == previous) continue;
            hash = Combine(hash, reached[i]);
            previous = reached[i];
        }
        return hash;
    }

    // Pops one strongly connected group; everything it reaches outside itself is already hashed.
    private void CloseGroup(DeclarationSymbol head)
    {
        var members = new List<DeclarationSymbol>();
        DeclarationSymbol popped;
        do
        {
            popped = _stack[_stack.Count - 1];
            _stack.RemoveAt(_stack.Count - 1);
            _onStack.Remove(popped);
            members.Add(popped);
        }
        while (!ReferenceEquals(popped, head));

        var memberSet = new HashSet<DeclarationSymbol>(members);
        var own = new List<ulong>(members.Count);
        var reached = new List<ulong>();
        foreach (DeclarationSymbol member in members)
        {
            own.Add(OwnFingerprint(member));
            foreach (DeclarationSymbol successor in Successors(member))
            {
                if (!memberSet.Contains(successor)) reached.Add(_reaching[successor]);
            }
        }
        own.Sort();
        reached.Sort();
        ulong hash = OffsetBasis;
        foreach (ulong value in own) hash = Combine(hash, value);
        hash = HashReached(Separator(hash), reached, reached.Count);
        foreach (DeclarationSymbol member in members) _reaching[member] = hash;
    }

    private static List<DeclarationSymbol> Successors(DeclarationSymbol declaration)
    {
        var result = new List<DeclarationSymbol>();
        if (declaration is RecordSymbol record)
        {
            foreach (FieldSymbol field in record.Fields) AddReferenced(field.Type, result);
            // The interfaces of spread records are implemented here, so their names and fields are part of this code.
            result.AddRange(record.Spreads);
        }
        // A union's code holds its members' JSON Schemas and calls their readers: it reaches each member.
        if (declaration is UnionSymbol union)
        {
            foreach (UnionMemberSymbol member in union.Members) result.Add(member.Record);
        }
        return result;
    }

    private static void AddReferenced(SchemaType? type, List<DeclarationSymbol> result)
    {
        switch (type)
        {
            case NamedType named: result.Add(named.Declaration); break;
            case ListType list: AddReferenced(list.ElementType, result); break;
            case SetType set: AddReferenced(set.ElementType, result); break;
            case MapType map: AddReferenced(map.KeyType, result); AddReferenced(map.ValueType, result); break;
        }
    }

    // One declaration on its own: computed once per binding, as many files may reach it.
    private ulong OwnFingerprint(DeclarationSymbol declaration)
    {
        if (_own.TryGetValue(declaration, out ulong known)) return known;
        ulong hash = OffsetBasis;
        hash = Add(hash, declaration.FullName);
        hash = Add(hash, declaration.FilePath);
        if (_texts.TryGetValue(declaration.FilePath, out SourceText? text)) hash = Combine(hash, TextHash(text, declaration.Span));
        hash = Separator(hash);
        hash = Add(hash, _names.FullTypeName(declaration));
        if (declaration is EnumSymbol enumSymbol) hash = Add(hash, _names.FullExtensionsName(enumSymbol));
        // A referenced event's past versions are not in its text: a union of this project reads each of them.
        if (declaration is RecordSymbol { IsEvent: true, ReferenceName: not null } referencedEvent)
        {
            foreach (var past in referencedEvent.PastVersions)
            {
                hash = Add(Add(hash, past.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), past.EventType);
            }
        }
        // Whether another file spreads a record decides whether its interface is generated.
        if (declaration is RecordSymbol shared && _names.InterfaceName(shared) is { } interfaceName) hash = Add(hash, interfaceName);
        _own[declaration] = hash;
        return hash;
    }

    // The text of an unchanged file is the same object in the next run (the driver keeps its parsed schema), so its
    // declarations' text is hashed once per session rather than on every edit of any file.
    private static readonly ConditionalWeakTable<SourceText, Dictionary<TextSpan, ulong>> TextHashes = new();

    private static ulong TextHash(SourceText text, TextSpan span)
    {
        var known = TextHashes.GetValue(text, static _ => new Dictionary<TextSpan, ulong>());
        lock (known)
        {
            if (known.TryGetValue(span, out ulong cached)) return cached;
        }
        string source = text.Text;
        ulong hash = OffsetBasis;
        int end = Math.Min(span.End, source.Length);
        for (int i = span.Start; i < end; i++) hash = (hash ^ source[i]) * Prime;
        lock (known) known[span] = hash;
        return hash;
    }

    private static ulong Add(ulong hash, string value)
    {
        foreach (char c in value) hash = (hash ^ c) * Prime;
        return Separator(hash);
    }

    // A character no identifier or path holds, so that "ab"+"c" and "a"+"bc" hash differently.
    private static ulong Separator(ulong hash) => (hash ^ 0xFFFF) * Prime;

    private static ulong Combine(ulong hash, ulong value)
    {
        for (int shift = 0; shift < 64; shift += 8) hash = (hash ^ ((value >> shift) & 0xFF)) * Prime;
        return hash;
    }
}
