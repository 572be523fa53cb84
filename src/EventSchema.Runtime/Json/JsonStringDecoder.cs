using System;
using System.ComponentModel;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// Decodes JSON strings and property names for generated readers. <see cref="Utf8JsonReader"/> accepts bytes that are
/// not UTF-8 and escaped lone surrogates (<c>"\uD800"</c>) while tokenizing and only fails when the text is decoded,
/// with an <see cref="InvalidOperationException"/>; these methods report that as the <see cref="JsonException"/> every
/// other bad payload gets, so the enclosing readers can name the field.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonStringDecoder
{
    /// <summary>The current string or property name as .NET text.</summary>
    public static string GetString(in Utf8JsonReader reader)
    {
#if NET8_0_OR_GREATER
        if (reader.ValueIsEscaped && !reader.HasValueSequence) return JsonEscapedText.Decode(reader.ValueSpan);
#endif
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw JsonReadErrors.InvalidText();
        }
    }

    /// <summary>The current property name (a map key) as .NET text, within <see cref="EventJsonOptions.MaxStringLength"/>.</summary>
    public static string GetPropertyName(in Utf8JsonReader reader, EventJsonOptions options)
    {
        var name = options.ReuseStrings && !reader.HasValueSequence && !reader.ValueIsEscaped ? JsonStringPool.GetOrAdd(reader.ValueSpan) : null;
        name ??= GetString(in reader);
        if (name.Length > options.MaxStringLength) throw JsonReadErrors.NameTooLong(options.MaxStringLength);
        return name;
    }

    /// <summary>
    /// Fails when the current string or property name has escapes that do not decode, before it is compared with
    /// <c>ValueTextEquals</c>, which would throw <see cref="InvalidOperationException"/>. Costs nothing for unescaped text.
    /// </summary>
    public static void CheckEscapes(in Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped) GetString(in reader);
    }
}
