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
internal sealed record GeneratedJsonLayout(EquatableArray<string> PartIds, EquatableArray<GeneratedJsonPart> Parts)
{
    /// <summary>No type to cover: no <c>GeneratedJson</c> at all.</summary>
    public static readonly GeneratedJsonLayout Empty = new(EquatableArray<string>.Empty, EquatableArray<GeneratedJsonPart>.Empty);

    /// <summary>
    /// The layout for <paramref name="own"/> and <paramref name="referenced"/>. A project type comes first, so it wins
    /// over a referenced type of the same C# name (which the compiler reports); property names are assigned across all
    /// of them (<see cref="JsonTypeInfoNames"/>), so a part changes when a type of another namespace takes its name.
    /// </summary>
    public static GeneratedJsonLayout From(IEnumerable<ProjectTypeEntry> own, IEnumerable<ReferencedJsonType> referenced)
    {
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
                    .ToEquatableArray()))
            .ToEquatableArray();
        return new GeneratedJsonLayout(parts.Select(part => part.Id).ToEquatableArray(), parts);
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

/// <summary>The part of <c>GeneratedJson</c> for the types of one C# namespace.</summary>
/// <param name="Id">An identifier made from the namespace, for the part's hint name and resolver method.</param>
/// <param name="Types">Its types, by property name (ordinal).</param>
internal sealed record GeneratedJsonPart(string Id, EquatableArray<GeneratedJsonType> Types);

/// <summary>One type of <c>GeneratedJson</c>.</summary>
/// <param name="FullName">The full C# name, without <c>global::</c>.</param>
/// <param name="OwnConverter">The full C# name of the converter class an enum or scalar keeps beside it; null for the runtime's shared converter over the type's <c>ReadJson</c>.</param>
/// <param name="Property">The name of its <c>JsonTypeInfo&lt;T&gt;</c> property.</param>
internal readonly record struct GeneratedJsonType(string FullName, string? OwnConverter, string Property);
