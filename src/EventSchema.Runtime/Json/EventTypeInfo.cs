using System;
using System.Collections.Generic;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>Reads one event type's JSON; the reader is on the event object's first token.</summary>
public delegate IEvent EventJsonReadFunc(ref Utf8JsonReader reader, EventJsonOptions options);

/// <summary>Writes one event as a JSON object.</summary>
public delegate void EventJsonWriteAction(Utf8JsonWriter writer, IEvent value);

/// <summary>What an <see cref="EventCatalog"/> knows about one generated event type.</summary>
public sealed class EventTypeInfo
{
    private readonly EventJsonReadFunc _read;
    private readonly EventJsonWriteAction _write;

    /// <summary>Describes an event type; generated catalogs create these.</summary>
    /// <param name="eventType">The event type string, such as <c>diplomacy.credentials-presented.v1</c>.</param>
    /// <param name="clrType">The generated record type.</param>
    /// <param name="schemaVersion">The schema version from <c>@version(n)</c>.</param>
    /// <param name="jsonSchema">The type's JSON Schema (draft 2020-12).</param>
    /// <param name="read">The generated reader.</param>
    /// <param name="write">The generated writer.</param>
    public EventTypeInfo(string eventType, Type clrType, int schemaVersion, string jsonSchema, EventJsonReadFunc read, EventJsonWriteAction write)
    {
        if (string.IsNullOrEmpty(eventType)) throw new ArgumentException("An event type string is required.", nameof(eventType));
        EventType = eventType;
        ClrType = clrType ?? throw new ArgumentNullException(nameof(clrType));
        SchemaVersion = schemaVersion;
        JsonSchema = jsonSchema ?? throw new ArgumentNullException(nameof(jsonSchema));
        _read = read ?? throw new ArgumentNullException(nameof(read));
        _write = write ?? throw new ArgumentNullException(nameof(write));
        Current = this;
        PastVersions = Array.Empty<EventTypeInfo>();
    }

    /// <summary>
    /// Describes the current version of an event type together with the past versions it still reads
    /// (<see cref="PastVersion"/>); generated catalogs create these for events with a history.
    /// </summary>
    /// <param name="eventType">The current event type string, such as <c>diplomacy.credentials-presented.v3</c>.</param>
    /// <param name="clrType">The generated record type.</param>
    /// <param name="schemaVersion">The current schema version.</param>
    /// <param name="jsonSchema">The JSON Schema (draft 2020-12) of the current version.</param>
    /// <param name="read">The generated reader of the current version.</param>
    /// <param name="write">The generated writer, which writes the current version.</param>
    /// <param name="pastVersions">The past versions, each read into <paramref name="clrType"/>.</param>
    public EventTypeInfo(string eventType, Type clrType, int schemaVersion, string jsonSchema, EventJsonReadFunc read, EventJsonWriteAction write, IEnumerable<EventTypeInfo> pastVersions)
        : this(eventType, clrType, schemaVersion, jsonSchema, read, write)
    {
        if (pastVersions is null) throw new ArgumentNullException(nameof(pastVersions));
        var list = new List<EventTypeInfo>();
        foreach (var past in pastVersions)
        {
            if (past is null || !past.IsPastVersion || past.ClrType != clrType || !ReferenceEquals(past.Current, past))
            {
                throw new ArgumentException($"Each past version of {clrType.FullName} must be a fresh EventTypeInfo.PastVersion of that type.", nameof(pastVersions));
            }
            if (past.SchemaVersion >= schemaVersion)
            {
                throw new ArgumentException($"Past version {past.SchemaVersion} of {clrType.FullName} is not older than its current version {schemaVersion}.", nameof(pastVersions));
            }
            past.Current = this;
            list.Add(past);
        }
        PastVersions = list;
    }

    private EventTypeInfo(string eventType, Type clrType, int schemaVersion, string jsonSchema, EventJsonReadFunc read)
        : this(eventType, clrType, schemaVersion, jsonSchema, read, static (_, _) => throw new InvalidOperationException("A past version is never written."))
    {
        IsPastVersion = true;
    }

    /// <summary>
    /// Describes a past version of an event type: its payloads are read, and converted, into the current type
    /// <paramref name="clrType"/>; nothing is written in it. Pass it to the current version's constructor.
    /// </summary>
    /// <param name="eventType">The event type string of that version, such as <c>diplomacy.credentials-presented.v1</c>.</param>
    /// <param name="clrType">The generated record type of the current version.</param>
    /// <param name="schemaVersion">The past schema version.</param>
    /// <param name="jsonSchema">The JSON Schema (draft 2020-12) of that version's JSON form.</param>
    /// <param name="read">Reads that version's JSON and returns the current type.</param>
    public static EventTypeInfo PastVersion(string eventType, Type clrType, int schemaVersion, string jsonSchema, EventJsonReadFunc read)
        => new(eventType, clrType, schemaVersion, jsonSchema, read);

    /// <summary>Whether this describes a past version, read into the current type but never written.</summary>
    public bool IsPastVersion { get; }

    /// <summary>The current version of this event type; this instance itself unless it is a past version.</summary>
    public EventTypeInfo Current { get; private set; }

    /// <summary>The past versions this event type still reads, oldest first; empty for a past version.</summary>
    public IReadOnlyList<EventTypeInfo> PastVersions { get; }

    /// <summary>The event type string, the CloudEvents <c>type</c> attribute.</summary>
    public string EventType { get; }

    /// <summary>The generated record type.</summary>
    public Type ClrType { get; }

    /// <summary>The schema version.</summary>
    public int SchemaVersion { get; }

    /// <summary>The JSON Schema (draft 2020-12) of the event's JSON form.</summary>
    public string JsonSchema { get; }

    /// <summary>Reads one event of this type; the reader is on the object's first token and ends on its last.</summary>
    public IEvent Read(ref Utf8JsonReader reader, EventJsonOptions? options = null) => _read(ref reader, options ?? EventJsonOptions.Default);

    /// <summary>Writes <paramref name="value"/>, which must be of <see cref="ClrType"/>; only the current version is written.</summary>
    public void Write(Utf8JsonWriter writer, IEvent value)
    {
        if (IsPastVersion)
        {
            throw new InvalidOperationException($"'{EventType}' is a past version of {ClrType.FullName}, which is read but never written; writers write the current version, '{Current.EventType}'.");
        }
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) throw new ArgumentNullException(nameof(value));
        if (value.GetType() != ClrType) throw new ArgumentException($"Expected an event of type {ClrType.FullName} but got {value.GetType().FullName}.", nameof(value));
        _write(writer, value);
    }

    /// <inheritdoc />
    public override string ToString() => EventType;
}
