using System;
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
    }

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

    /// <summary>Writes <paramref name="value"/>, which must be of <see cref="ClrType"/>.</summary>
    public void Write(Utf8JsonWriter writer, IEvent value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) throw new ArgumentNullException(nameof(value));
        if (value.GetType() != ClrType) throw new ArgumentException($"Expected an event of type {ClrType.FullName} but got {value.GetType().FullName}.", nameof(value));
        _write(writer, value);
    }

    /// <inheritdoc />
    public override string ToString() => EventType;
}
