namespace EventSchema.Kafka;

/// <summary>How a CloudEvent travels in a Kafka message (CloudEvents Kafka protocol binding).</summary>
public enum CloudEventContentMode
{
    /// <summary>The event's JSON is the value; the context attributes are <c>ce_*</c> headers and <c>content-type</c> is <c>application/json</c>.</summary>
    Binary,

    /// <summary>The whole CloudEvent (attributes and data) is the value, as <c>application/cloudevents+json</c>.</summary>
    Structured,
}
