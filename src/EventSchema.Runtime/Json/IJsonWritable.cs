using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// A value that writes itself as JSON with its generated writer. Every generated record, event and union implements
/// it, so shared code can write any of them without a delegate per type.
/// </summary>
public interface IJsonWritable
{
    /// <summary>Writes this value as JSON to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    void WriteJson(Utf8JsonWriter writer);
}
