using System;
using EventSchema.Json;

namespace EventSchema.Kafka;

/// <summary>How the Kafka serializers and deserializers of this package write and read events.</summary>
public sealed class EventSerdeOptions
{
    /// <summary>The options used when none are given: validate on write, registry framing off, safe reading limits.</summary>
    public static EventSerdeOptions Default { get; } = new();

    /// <summary>
    /// Whether a serializer checks every constraint of an event before writing it, and refuses (with a
    /// <see cref="SchemaValidationException"/> inside Kafka's <c>ProduceException</c>) an event that breaks one. Default: true.
    /// </summary>
    public bool ValidateOnWrite { get; init; } = true;

    /// <summary>
    /// How readers treat the JSON: unknown properties, size limits and <see cref="EventJsonOptions.ValidateOnRead"/>.
    /// Default: <see cref="EventJsonOptions.Default"/>.
    /// </summary>
    public EventJsonOptions Json { get; init; } = EventJsonOptions.Default;

    /// <summary>How a serializer marks the schema id. Anything but <see cref="SchemaIdFraming.None"/> needs <see cref="SchemaIds"/>. Default: none.</summary>
    public SchemaIdFraming Framing { get; init; }

    /// <summary>The registered schema ids serializers frame values with.</summary>
    public EventSchemaIds? SchemaIds { get; init; }

    internal EventSerdeOptions Checked()
    {
        if (Json is null) throw new ArgumentException("EventSerdeOptions.Json must not be null.");
        if (Framing != SchemaIdFraming.None && SchemaIds is null)
        {
            throw new ArgumentException($"Schema id framing '{Framing}' needs EventSerdeOptions.SchemaIds: the registered ids to write.");
        }
        return this;
    }
}
