using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSchema.Json;

/// <summary>
/// The System.Text.Json converter of a generated record, event or union: reads with the type's <c>ReadJson</c> (the
/// <see cref="EventJsonOptions"/> attached to the serializer options apply) and writes with its <c>WriteJson</c>.
/// One generic class in the runtime instead of a converter class generated beside every type.
/// </summary>
/// <typeparam name="T">The generated type.</typeparam>
/// <remarks>Generated code uses this type: <c>GeneratedJson</c>'s metadata, and <see cref="GeneratedTypeConverterFactory"/>.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GeneratedTypeConverter<T> : JsonConverter<T>
    where T : class, IJsonWritable
{
    private readonly JsonTopLevelRead<T> _readJson;

    /// <summary>A converter that reads with <paramref name="readJson"/>, the type's <c>ReadJson</c>.</summary>
    /// <param name="readJson">The type's <c>ReadJson(ref Utf8JsonReader, EventJsonOptions?)</c>.</param>
    public GeneratedTypeConverter(JsonTopLevelRead<T> readJson)
        => _readJson = readJson ?? throw new ArgumentNullException(nameof(readJson));

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.CurrentDepth == 0) return _readJson(ref reader, EventJsonOptions.For(options));
        try
        {
            return _readJson(ref reader, EventJsonOptions.For(options));
        }
        catch (JsonException error) when (error.Path is not null)
        {
            // Inside a list or another object the reader's path starts at this value, not at the document. System.Text.Json
            // knows where the value sits and sets Path on an exception that has none, so the inner path moves to the message.
            throw JsonReadErrors.WithinValue(error);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => value.WriteJson(writer);
}
