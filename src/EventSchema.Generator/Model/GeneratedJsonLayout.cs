using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Json;

namespace EventSchema.Generator.Model;

/// <summary>
/// <c>GeneratedJson</c> laid out as its generated sources: one part per C# namespace of the types it covers (their
/// <c>JsonTypeInfo&lt;T&gt;</c> properties and resolver lines), and the list of parts the main source chains. Adding a
/// record changes its namespace's part only, so the parts of the other namespaces are not written again.
/// </summary>
/// <param name="PartIds">The parts' identifiers, in namespace order (ordinal).</param>
/// <param name="Parts">The parts, in the same order.</param>
/// <param name="Registry">What the main source of the schema type registry lists; its parts are those of <paramref name="Parts"/> that hold a type of the project.</param>
internal sealed record GeneratedJsonLayout(EquatableArray<string> PartIds, EquatableArray<GeneratedJsonPart> Parts, SchemaTypeRegistryLayout Registry)
{
    /// <summary>No type to cover: no <c>GeneratedJson</c> and no registry at all.</summary>
    public static readonly GeneratedJsonLayout Empty = new(EquatableArray<string>.Empty, EquatableArray<GeneratedJsonPart>.Empty, SchemaTypeRegistryLayout.Empty);

    /// <summary>
    /// The layout for <paramref name="own"/> and <paramref name="referenced"/>. A project type comes first, so it wins
    /// over a referenced type of the same C# name (which the compiler reports); property names are assigned across all
    /// of them (<see cref="JsonTypeInfoNames"/>), so a part changes when a type of another namespace takes its name.
    /// </summary>
    public static GeneratedJsonLayout From(EquatableArray<ProjectTypeEntry> own, EquatableArray<ReferencedJsonType> referenced)
    {
        // The registry lists the project's own types with their JSON Schemas, by namespace (no registry without one).
        var schemaTypes = own
            .GroupBy(type => type.Namespace, System.StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(SchemaTypeRegistryEmitter.Line).ToEquatableArray(), System.StringComparer.Ordinal);
        var types = own
            .SelectMany(type => WithPastVersions(type.Namespace, type.Name, type.HasOwnConverter, type.PastVersions))
            .Concat(referenced.SelectMany(type => WithPastVersions(type.Namespace, type.Name, type.HasOwnConverter, type.PastVersions)))
            .GroupBy(type => (type.Namespace, type.Name))
            .Select(group => group.First())
            .ToList();
        if (types.Count == 0) return Empty;
        IReadOnlyDictionary<string, string> names = JsonTypeInfoNames.Assign(types.Select(type => (type.Namespace, type.Name)).ToList());
        var parts = types
            .GroupBy(type => type.Namespace, System.StringComparer.Ordinal)
            .OrderBy(group => group.Key, System.StringComparer.Ordinal)
            .Select(group => new GeneratedJsonPart(
                GeneratedJsonEmitter.PartId(group.Key),
                group.Select(type => new GeneratedJsonType(
                        JsonTypeInfoNames.FullName(type.Namespace, type.Name),
                        type.HasOwnConverter ? JsonTypeInfoNames.FullName(type.Namespace, JsonCode.ConverterName(type.Name)) : null,
                        names[JsonTypeInfoNames.FullName(type.Namespace, type.Name)]))
                    .OrderBy(type => type.Property, System.StringComparer.Ordinal)
                    .ToEquatableArray(),
                schemaTypes.TryGetValue(group.Key, out var lines) ? lines : EquatableArray<SchemaTypeLine>.Empty))
            .ToEquatableArray();
        var registry = schemaTypes.Count == 0
            ? SchemaTypeRegistryLayout.Empty
            : new SchemaTypeRegistryLayout(
                parts.Where(part => part.SchemaTypes.Count > 0).Select(part => part.Id).ToEquatableArray(),
                referenced.Select(SchemaTypeRegistryEmitter.Line).ToEquatableArray());
        return new GeneratedJsonLayout(parts.Select(part => part.Id).ToEquatableArray(), parts, registry);
    }

    /// <summary>
    /// A generated type, and for an event with a history its past versions' records (<c>CredentialsPresented.V1</c>),
    /// so <c>JsonSerializer</c> reads a stored payload in its own version's shape without reflection too; the same for
    /// an event of a referenced assembly, whose description lists the versions it generated a record for.
    /// </summary>
    private static IEnumerable<(string Namespace, string Name, bool HasOwnConverter)> WithPastVersions(string ns, string name, bool hasOwnConverter, IEnumerable<int> pastVersions)
    {
        yield return (ns, name, hasOwnConverter);
        foreach (int version in pastVersions) yield return (ns, name + "." + Building.CSharpNames.PastVersionTypeName(version), false);
    }
}

/// <summary>The part of <c>GeneratedJson</c> and of the schema type registry for the types of one C# namespace.</summary>
/// <param name="Id">An identifier made from the namespace, for the part's hint name and methods.</param>
/// <param name="Types">Its types, by property name (ordinal).</param>
/// <param name="SchemaTypes">The project's own types of the namespace, as the registry lists them; empty for a namespace of referenced types only.</param>
internal sealed record GeneratedJsonPart(string Id, EquatableArray<GeneratedJsonType> Types, EquatableArray<SchemaTypeLine> SchemaTypes);

/// <summary>What the main source of the schema type registry lists.</summary>
/// <param name="PartIds">The parts that hold a type of the project; empty when the project generates none (then there is no registry).</param>
/// <param name="Referenced">The referenced assemblies' types its schemas can use.</param>
internal sealed record SchemaTypeRegistryLayout(EquatableArray<string> PartIds, EquatableArray<SchemaTypeLine> Referenced)
{
    /// <summary>No registry.</summary>
    public static readonly SchemaTypeRegistryLayout Empty = new(EquatableArray<string>.Empty, EquatableArray<SchemaTypeLine>.Empty);
}

/// <summary>One type of the schema type registry.</summary>
/// <param name="FullName">The full C# name, with <c>global::</c>.</param>
/// <param name="SchemaName">The full schema name.</param>
/// <param name="JsonSchema">The C# expression of its JSON Schema: its <c>JsonSchema</c> property, a literal for an enum or scalar, or <c>null</c> for a referenced type.</param>
internal readonly record struct SchemaTypeLine(string FullName, string SchemaName, string JsonSchema);

/// <summary>One type of <c>GeneratedJson</c>.</summary>
/// <param name="FullName">The full C# name, without <c>global::</c>.</param>
/// <param name="OwnConverter">The full C# name of the converter class an enum or scalar keeps beside it; null for the runtime's shared converter over the type's <c>ReadJson</c>.</param>
/// <param name="Property">The name of its <c>JsonTypeInfo&lt;T&gt;</c> property.</param>
internal readonly record struct GeneratedJsonType(string FullName, string? OwnConverter, string Property);
