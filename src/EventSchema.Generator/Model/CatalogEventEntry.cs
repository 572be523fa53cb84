using System.Linq;

namespace EventSchema.Generator.Model;

/// <summary>
/// What the event catalog needs of one event: its C# name, type string, version and past versions, not its fields. An
/// edit inside an event leaves this equal, so the catalog is not written again.
/// </summary>
internal sealed record CatalogEventEntry
{
    /// <summary>The C# namespace; empty for the global namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The C# type name.</summary>
    public required string Name { get; init; }

    /// <summary>The event type string.</summary>
    public required string EventType { get; init; }

    /// <summary>The schema version.</summary>
    public required int Version { get; init; }

    /// <summary>The past versions, oldest first; null when the event has no history.</summary>
    public EquatableArray<CatalogPastVersion>? PastVersions { get; init; }

    /// <summary>The entries of every event of <paramref name="files"/>, in file and declaration order.</summary>
    public static EquatableArray<CatalogEventEntry> From(EquatableArray<SchemaFileSpec> files)
        => files.SelectMany(file => file.Types.OfType<RecordSpec>().Where(record => record.Event is not null).Select(record => new CatalogEventEntry
        {
            Namespace = file.Namespace,
            Name = record.Name,
            EventType = record.Event!.EventType,
            Version = record.Event.Version,
            PastVersions = record.History?.PastVersions.Select(past => new CatalogPastVersion(past.EventType, past.Version, past.Shape.Name)).ToEquatableArray(),
        })).ToEquatableArray();
}

/// <summary>A past version of an event, as its catalog entry lists it.</summary>
/// <param name="EventType">The event type string of that version.</param>
/// <param name="Version">The version number.</param>
/// <param name="ShapeName">The nested record of that version's shape (<c>V1</c>, …).</param>
internal readonly record struct CatalogPastVersion(string EventType, int Version, string ShapeName);
