namespace EventSchema.Json;

/// <summary>What <see cref="EventCatalog.Lookup"/> found for an event type string.</summary>
public enum EventTypeLookup
{
    /// <summary>The catalog reads this event type string, in its current version or a past one.</summary>
    Known,

    /// <summary>
    /// The string names a version of a known event that this program does not know, most often a newer one written
    /// by a program built from a later schema; the lookup's info is the current version the catalog does know.
    /// </summary>
    UnknownVersion,

    /// <summary>The catalog knows no event by this string in any version.</summary>
    Unknown,
}
