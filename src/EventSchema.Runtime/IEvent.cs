namespace EventSchema;

/// <summary>
/// An event generated from an <c>event</c> declaration: it knows its event type string and schema
/// version, and can check itself against its schema's constraints.
/// </summary>
public interface IEvent : IValidatable
{
    /// <summary>The event type string, such as <c>diplomacy.credentials-presented.v1</c>.</summary>
    string EventType { get; }

    /// <summary>The schema version from <c>@version(n)</c>.</summary>
    int SchemaVersion { get; }
}
