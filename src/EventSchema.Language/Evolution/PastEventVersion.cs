namespace EventSchema.Language.Evolution;

/// <summary>
/// A past version of an event that is read in its own shape (the generated <c>V1</c>, <c>V2</c>, … records): its number
/// and the event type string its payloads carry, such as <c>diplomacy.credentials-presented.v1</c>.
/// </summary>
/// <param name="Version">The version, from 1 to one less than the event's current version.</param>
/// <param name="EventType">The event type string of that version.</param>
public sealed record PastEventVersion(int Version, string EventType);
