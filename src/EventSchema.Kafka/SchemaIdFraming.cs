namespace EventSchema.Kafka;

/// <summary>How a serializer marks the schema-registry id of the schema a value follows.</summary>
public enum SchemaIdFraming
{
    /// <summary>Plain JSON, no schema id.</summary>
    None,

    /// <summary>Confluent's wire format: magic byte 0 and the 4-byte big-endian schema id before the JSON.</summary>
    Prefix,

    /// <summary>The JSON alone, the id in the <c>__value_schema_id</c> (or <c>__key_schema_id</c>) header: byte 0 and the 4-byte big-endian id.</summary>
    Header,
}
