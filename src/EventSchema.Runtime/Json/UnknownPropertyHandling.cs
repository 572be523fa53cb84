namespace EventSchema.Json;

/// <summary>What a generated reader does with a JSON property its schema does not declare.</summary>
public enum UnknownPropertyHandling
{
    /// <summary>Skip it, so newer producers can add fields without breaking older consumers.</summary>
    Skip,

    /// <summary>Fail with a <see cref="System.Text.Json.JsonException"/> naming the property.</summary>
    Reject,
}
