using System.Collections.Generic;
using EventSchema.Language;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Generator.Building;

/// <summary>
/// For each schema file, a 64-bit FNV-1a hash over every declaration its generated code depends on: its own
/// declarations and every declaration reached from them through field types (list, set and map elements
/// included), at any depth, since specs hold referenced C# names and the JSON Schema of a record embeds the
/// schemas of everything it reaches. Each declaration contributes its full name, its source text (documentation
/// and decorators included) and the C# names chosen for it; the file's unresolved names make it ungenerable,
/// which the plan compares separately.
/// </summary>
internal sealed class DependencyFingerprints
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private readonly SchemaCompilation _compilation;
    private readonly NameTable _names;
    private readonly Dictionary<string, SourceText> _texts = new(System.StringComparer.Ordinal);
    private readonly Dictionary<DeclarationSymbol, ulong> _own = new();

    public DependencyFingerprints(SchemaCompilation compilation, NameTable names)
    {
        _compilation = compilation;
        _names = names;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!_texts.ContainsKey(tree.FilePath)) _texts[tree.FilePath] = tree.Text;
        }
    }

    /// <summary>The fingerprint of the file at <paramref name="path"/>.</summary>
    public ulong Of(string path)
    {
        ulong hash = OffsetBasis;
        var reached = new HashSet<DeclarationSymbol>();
        var pending = new Queue<DeclarationSymbol>();
        foreach (DeclarationSymbol declaration in _compilation.GetDeclarations(path))
        {
            if (reached.Add(declaration)) pending.Enqueue(declaration);
        }
        // Breadth first in field order: the same declarations give the same order, hence the same hash.
        while (pending.Count > 0)
        {
            DeclarationSymbol declaration = pending.Dequeue();
            hash = Combine(hash, OwnFingerprint(declaration));
            if (declaration is not RecordSymbol record) continue;
            foreach (FieldSymbol field in record.Fields) Reach(field.Type, reached, pending);
        }
        return hash;
    }

    private static void Reach(SchemaType? type, HashSet<DeclarationSymbol> reached, Queue<DeclarationSymbol> pending)
    {
        switch (type)
        {
            case NamedType named:
                if (reached.Add(named.Declaration)) pending.Enqueue(named.Declaration);
                break;
            case ListType list: Reach(list.ElementType, reached, pending); break;
            case SetType set: Reach(set.ElementType, reached, pending); break;
            case MapType map: Reach(map.ValueType, reached, pending); break;
        }
    }

    // One declaration on its own: computed once per binding, as many files may reach it.
    private ulong OwnFingerprint(DeclarationSymbol declaration)
    {
        if (_own.TryGetValue(declaration, out ulong known)) return known;
        ulong hash = OffsetBasis;
        hash = Add(hash, declaration.FullName);
        hash = Add(hash, declaration.FilePath);
        if (_texts.TryGetValue(declaration.FilePath, out SourceText? text))
        {
            string source = text.Text;
            int end = System.Math.Min(declaration.Span.End, source.Length);
            for (int i = declaration.Span.Start; i < end; i++) hash = (hash ^ source[i]) * Prime;
        }
        hash = Separator(hash);
        hash = Add(hash, _names.FullTypeName(declaration));
        if (declaration is EnumSymbol enumSymbol) hash = Add(hash, _names.FullExtensionsName(enumSymbol));
        _own[declaration] = hash;
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
