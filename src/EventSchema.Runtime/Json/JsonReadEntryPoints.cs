using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// The bodies of the public reading entry points every generated type has (<c>ReadJson</c>, <c>FromJson</c>): the
/// top-level checks, the error path noted on the way out, validation on read. Generated code passes its own reader.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonReadEntryPoints
{
    /// <summary>
    /// Reads a value from JSON: strictly (a wrong or missing value is a <see cref="JsonException"/> whose message and
    /// <c>Path</c> name the field), within the limits of <paramref name="options"/>. The reader is on the value's first
    /// token (or not started) and ends on its last.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="options">The reading options, or null for <see cref="EventJsonOptions.Default"/>.</param>
    /// <param name="read">The type's reader.</param>
    public static T Read<T>(ref Utf8JsonReader reader, EventJsonOptions? options, JsonValueRead<T> read)
    {
        if (read is null) throw new ArgumentNullException(nameof(read));
        options ??= EventJsonOptions.Default;
        if (reader.TokenType == JsonTokenType.None) JsonValueReader.Read(ref reader);
        try
        {
            return read(ref reader, options);
        }
        catch (JsonException error) when (JsonReadErrors.HasNotedPath(error))
        {
            throw JsonReadErrors.WithNotedPath(error);
        }
    }

    /// <summary>
    /// Reads a value as <see cref="Read{T}"/> does, then, when <see cref="EventJsonOptions.ValidateOnRead"/> is on,
    /// validates it: a value that breaks its constraints is a <see cref="JsonException"/> whose paths are the payload's.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="options">The reading options, or null for <see cref="EventJsonOptions.Default"/>.</param>
    /// <param name="read">The type's reader.</param>
    /// <param name="names">The type's map from schema field names to JSON names.</param>
    public static T ReadValidated<T>(ref Utf8JsonReader reader, EventJsonOptions? options, JsonValueRead<T> read, JsonNameMap names)
        where T : IValidatable
    {
        options ??= EventJsonOptions.Default;
        var value = Read(ref reader, options, read);
        ThrowIfInvalid(value, options, names);
        return value;
    }

    /// <summary>
    /// When <see cref="EventJsonOptions.ValidateOnRead"/> is on, validates a value just read: one that breaks its
    /// constraints is a <see cref="JsonException"/> whose paths are the payload's (through <paramref name="names"/>).
    /// </summary>
    internal static void ThrowIfInvalid(IValidatable value, EventJsonOptions options, JsonNameMap names)
    {
        if (!options.ValidateOnRead) return;
        var result = value.Validate();
        if (!result.IsValid) throw JsonReadErrors.Invalid(result, names);
    }

    /// <summary>Reads a whole UTF-8 JSON text with <paramref name="readJson"/>; nothing but whitespace may follow the value.</summary>
    /// <param name="utf8Json">The UTF-8 JSON text.</param>
    /// <param name="options">The reading options, or null for <see cref="EventJsonOptions.Default"/>.</param>
    /// <param name="readJson">The type's <c>ReadJson</c>.</param>
    public static T FromUtf8<T>(ReadOnlySpan<byte> utf8Json, EventJsonOptions? options, JsonTopLevelRead<T> readJson)
    {
        if (readJson is null) throw new ArgumentNullException(nameof(readJson));
        options ??= EventJsonOptions.Default;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        var value = readJson(ref reader, options);
        JsonValueReader.ExpectEnd(ref reader);
        return value;
    }

    /// <summary>Reads a whole JSON text with <paramref name="readJson"/>; see <see cref="FromUtf8{T}"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The reading options, or null for <see cref="EventJsonOptions.Default"/>.</param>
    /// <param name="readJson">The type's <c>ReadJson</c>.</param>
    public static T FromText<T>(string json, EventJsonOptions? options, JsonTopLevelRead<T> readJson)
        => FromUtf8(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), options, readJson);
}
