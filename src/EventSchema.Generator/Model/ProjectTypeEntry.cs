using System.Linq;
using EventSchema.Generator.Json;

namespace EventSchema.Generator.Model;

/// <summary>
/// What <c>GeneratedJson</c> and the schema type registry need of one generated type: its names, its converter and
/// its past versions, not its members. An edit inside a type leaves these equal, so those sources are not written again.
/// </summary>
internal sealed record ProjectTypeEntry
{
    /// <summary>The C# namespace; empty for the global namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The C# type name.</summary>
    public required string Name { get; init; }

    /// <summary>The full schema name (<c>Diplomacy.Official</c>).</summary>
    public required string SchemaName { get; init; }

    /// <summary>Whether it is an enum or a scalar, which have a converter class of their own beside them.</summary>
    public bool HasOwnConverter { get; init; }

    /// <summary>The versions of its past-version records (<c>V1</c>, …); empty unless it is an event with a history.</summary>
    public EquatableArray<int> PastVersions { get; init; } = EquatableArray<int>.Empty;

    /// <summary>Whether the type has a <c>JsonSchema</c> property (records, events and unions).</summary>
    public bool HasJsonSchemaProperty { get; init; }

    /// <summary>The compact JSON Schema of an enum or scalar, which keep no property of their own; null otherwise.</summary>
    public string? InlineJsonSchema { get; init; }

    /// <summary>The entries of every type of <paramref name="files"/>, in file and declaration order.</summary>
    public static EquatableArray<ProjectTypeEntry> From(EquatableArray<SchemaFileSpec> files)
        => files.SelectMany(file => file.Types.Select(type => new ProjectTypeEntry
        {
            Namespace = file.Namespace,
            Name = type.Name,
            SchemaName = type.Reference is { } reference ? JsonTypeInfoNames.FullName(reference.Namespace, reference.Name) : JsonTypeInfoNames.FullName(file.Namespace, type.SchemaName),
            HasOwnConverter = type is EnumSpec or ScalarSpec,
            PastVersions = type is RecordSpec { History: { } history } ? history.PastVersions.Select(past => past.Version).ToEquatableArray() : EquatableArray<int>.Empty,
            HasJsonSchemaProperty = type is RecordSpec { JsonSchema: not null } or UnionSpec,
            InlineJsonSchema = type switch
            {
                EnumSpec enumSpec => enumSpec.JsonSchema,
                ScalarSpec scalar => scalar.JsonSchema,
                _ => null,
            },
        })).ToEquatableArray();
}
