using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSchema.Json;

/// <summary>
/// The bodies of one generated type's public JSON entry points (<c>ReadJson</c>, both <c>FromJson</c>, <c>ToJson</c>,
/// <c>ToJsonUtf8Bytes</c>): the type keeps one instance, made with its reader, and each entry point is one call to it.
/// One object per type instead of a delegate per entry point keeps the members the compiler binds per type few.
/// </summary>
/// <typeparam name="T">The generated type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonTypeEntryPoints<T>
    where T : class, IJsonWritable
{
    private static readonly Action<Utf8JsonWriter, T> s_write = static (writer, value) => value.WriteJson(writer);

    private readonly JsonValueRead<T> _read;
    private readonly JsonNameMap? _names;
    private readonly JsonTopLevelRead<T> _readTopLevel;

    /// <summary>Entry points over <paramref name="read"/>.</summary>
    /// <param name="read">The type's reader (its <c>__ReadJson</c>).</param>
    /// <param name="names">
    /// The type's map from schema field names to JSON names when it has <c>Validate()</c>, so reading validates when
    /// <see cref="EventJsonOptions.ValidateOnRead"/> asks and reports the payload's paths; null when it has none.
    /// </param>
    public JsonTypeEntryPoints(JsonValueRead<T> read, JsonNameMap? names = null)
    {
        _read = read ?? throw new ArgumentNullException(nameof(read));
        _names = names;
        _readTopLevel = ReadJson;
        Converter = new GeneratedTypeConverter<T>(_readTopLevel);
        GeneratedTypeConverterFactory.Register(Converter);
    }

    /// <summary>The type's System.Text.Json converter: <see cref="ReadJson"/> and the type's <c>WriteJson</c>.</summary>
    public JsonConverter<T> Converter { get; }

    /// <summary>
    /// Reads a value from JSON as <see cref="JsonReadEntryPoints.Read{T}"/> does, then, when the type validates and
    /// <see cref="EventJsonOptions.ValidateOnRead"/> is on, validates it: a value that breaks its constraints is a
    /// <see cref="JsonException"/> whose paths are the payload's.
    /// </summary>
    /// <param name="reader">The reader, on the value's first token or not started; it ends on the value's last.</param>
    /// <param name="options">The reading options, or null for <see cref="EventJsonOptions.Default"/>.</param>
    public T ReadJson(ref Utf8JsonReader reader, EventJsonOptions? options)
    {
        options ??= EventJsonOptions.Default;
        var value = JsonReadEntryPoints.Read(ref reader, options, _read);
        if (_names is not null && value is IValidatable validatable) JsonReadEntryPoints.ThrowIfInvalid(validatable, options, _names);
        return value;
    }

    /// <summary>Reads a whole UTF-8 JSON text with <see cref="ReadJson"/>; nothing but whitespace may follow the value.</summary>
    /// <param name="utf8Json">The UTF-8 JSON text.</param>
    /// <param name="options">The reading options, or null for <see cref="EventJsonOptions.Default"/>.</param>
    public T FromUtf8(ReadOnlySpan<byte> utf8Json, EventJsonOptions? options)
        => JsonReadEntryPoints.FromUtf8(utf8Json, options, _readTopLevel);

    /// <summary>Reads a whole JSON text; see <see cref="FromUtf8"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The reading options, or null for <see cref="EventJsonOptions.Default"/>.</param>
    public T FromText(string json, EventJsonOptions? options)
        => JsonReadEntryPoints.FromText(json, options, _readTopLevel);

    /// <summary>The JSON text of <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public string ToJson(T value) => JsonText.ToString(value, s_write);

    /// <summary>The UTF-8 JSON of <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public byte[] ToJsonUtf8Bytes(T value) => JsonText.ToUtf8Bytes(value, s_write);
}
