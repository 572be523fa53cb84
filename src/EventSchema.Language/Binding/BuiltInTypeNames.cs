using System;
using System.Collections.Generic;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Binding;

/// <summary>The binder's views of <see cref="BuiltInType.All"/>: the names no declaration may take, and the primitives by keyword.</summary>
internal static class BuiltInTypeNames
{
    public static HashSet<string> Reserved()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in BuiltInType.All) names.Add(type.Keyword);
        return names;
    }

    public static Dictionary<string, PrimitiveKind> Primitives()
    {
        var primitives = new Dictionary<string, PrimitiveKind>(StringComparer.Ordinal);
        foreach (var type in BuiltInType.All)
        {
            if (type.Primitive is { } kind) primitives[type.Keyword] = kind;
        }
        return primitives;
    }
}
