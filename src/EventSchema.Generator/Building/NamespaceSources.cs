using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Building;

/// <summary>Groups the generated schema files by C# namespace, one generated source each.</summary>
internal static class NamespaceSources
{
    public static EquatableArray<NamespaceSource> Group(ImmutableArray<FileGeneration> generations)
    {
        var byNamespace = new Dictionary<string, List<SchemaFileSpec>>(StringComparer.Ordinal);
        foreach (FileGeneration generation in generations)
        {
            if (generation.Spec is not { } spec) continue;
            if (!byNamespace.TryGetValue(spec.Namespace, out List<SchemaFileSpec>? files)) byNamespace[spec.Namespace] = files = new List<SchemaFileSpec>();
            files.Add(spec);
        }
        // Ordered by namespace and path, so the output does not depend on the order of the additional files.
        return byNamespace
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new NamespaceSource(
                HintNames.ForNamespace(pair.Key),
                pair.Key,
                pair.Value.OrderBy(file => file.FilePath, StringComparer.Ordinal).ToEquatableArray()))
            .ToEquatableArray();
    }
}
