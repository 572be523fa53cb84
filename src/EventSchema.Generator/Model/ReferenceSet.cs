using System;
using System.Collections.Generic;
using System.Threading;
using EventSchema.Language.References;

namespace EventSchema.Generator.Model;

/// <summary>
/// The schema declarations of the compilation's references, bound once and kept while the references are
/// unchanged. Equal by the references' content, so a C# edit (which leaves them alone) changes nothing downstream.
/// </summary>
internal sealed class ReferenceSet : IEquatable<ReferenceSet>
{
    private ReferenceSet(EquatableArray<SchemaReference> references, ReferencedSchemas bound)
    {
        References = references;
        Bound = bound;
    }

    private static ReferenceSet? LastBinding;

    public static ReferenceSet Empty { get; } = new(EquatableArray<SchemaReference>.Empty, ReferencedSchemas.Empty);

    public EquatableArray<SchemaReference> References { get; }

    /// <summary>The references bound together; not part of equality.</summary>
    public ReferencedSchemas Bound { get; }

    public static ReferenceSet Bind(IEnumerable<SchemaReference?> references, CancellationToken cancellationToken)
    {
        var list = new List<SchemaReference>();
        foreach (SchemaReference? reference in references)
        {
            if (reference is not null) list.Add(reference);
        }
        if (list.Count == 0) return Empty;
        // Ordered by name, so the same references bind the same way whatever order the compiler lists them in.
        list.Sort(static (x, y) => string.CompareOrdinal(x.AssemblyName, y.AssemblyName));
        var key = list.ToEquatableArray();
        // The analyzer binds once per compilation, and the references rarely change between two: reuse the last binding.
        ReferenceSet? last = Volatile.Read(ref LastBinding);
        if (last is not null && last.References.Equals(key)) return last;
        var bound = new ReferenceSet(key, ReferencedSchemas.Bind(list, cancellationToken));
        Volatile.Write(ref LastBinding, bound);
        return bound;
    }

    public bool Equals(ReferenceSet? other) => other is not null && (ReferenceEquals(this, other) || References.Equals(other.References));

    public override bool Equals(object? obj) => Equals(obj as ReferenceSet);

    public override int GetHashCode() => References.GetHashCode();
}
