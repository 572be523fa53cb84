using System;
using System.ComponentModel;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EventSchema.Json;

namespace EventSchema;

/// <summary>
/// Reads a generated scalar from its text for <c>Parse</c> and <c>TryParse</c>: the text is the value as the wire holds
/// it, without the quotes of a JSON string (<c>CN</c>, <c>42</c>, <c>2025-04-17</c>), read by the scalar's own JSON reader,
/// so it meets the same form and rules as a value in a payload.
/// </summary>
/// <remarks>Generated code uses this type.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScalarText
{
    /// <summary>Reads <paramref name="text"/> as a <typeparamref name="TScalar"/>.</summary>
    /// <param name="text">The text, such as <c>CN</c> or <c>42</c>.</param>
    /// <param name="isJsonString">Whether the wire holds the value as a JSON string (text, dates, UUIDs) rather than a number or boolean.</param>
    /// <param name="read">The scalar's JSON reader.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a value of the scalar; the message says why.</exception>
    public static TScalar Parse<TScalar>(string text, bool isJsonString, JsonValueRead<TScalar> read)
        => Parse(text, isJsonString ? null : "a number, or true or false", read);

    /// <summary>Reads <paramref name="text"/> as a <typeparamref name="TScalar"/> whose wire value is a number or a boolean.</summary>
    /// <param name="text">The text, such as <c>42</c> or <c>true</c>.</param>
    /// <param name="expected">What the text must be, for the message when it is something else: <c>a whole number</c>, <c>a number</c>, <c>true or false</c>.</param>
    /// <param name="read">The scalar's JSON reader.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a value of the scalar; the message says why.</exception>
    public static TScalar ParseBare<TScalar>(string text, string expected, JsonValueRead<TScalar> read)
        => Parse(text, expected ?? throw new ArgumentNullException(nameof(expected)), read);

    // bareExpected: null for a scalar the wire holds as a JSON string; else what its bare token must be.
    private static TScalar Parse<TScalar>(string text, string? bareExpected, JsonValueRead<TScalar> read)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (TryRead(text, bareExpected, read, out var value, out var reason, out var refusal)) return value;
        string subject = "\"" + JsonMapKeys.Shorten(text) + "\" is not a valid " + typeof(TScalar).Name;
        // A rule of the scalar refused the value: From's message already says that it is not a valid one and why, so
        // the text takes the place of the value From shows ("7 is not a valid Stars (maximum): …") and nothing repeats.
        if (refusal is not null && RuleBroken(refusal, typeof(TScalar).Name) is { } rule) throw new FormatException(subject + rule, refusal);
        throw new FormatException(subject + ": " + reason);
    }

    // " (maximum): it must be at most 5." of "7 is not a valid Stars (maximum): it must be at most 5."; null when the
    // message is not From's.
    private static string? RuleBroken(ArgumentException refusal, string scalarName)
    {
        string message = JsonReadErrors.WithoutParameterName(refusal);
        string subject = " is not a valid " + scalarName;
        int at = message.IndexOf(subject + " (", StringComparison.Ordinal);
        return at < 0 ? null : message.Substring(at + subject.Length);
    }

    /// <summary>Reads <paramref name="text"/> as a <typeparamref name="TScalar"/>; false when it is null or not a value of the scalar.</summary>
    /// <param name="text">The text, such as <c>CN</c> or <c>42</c>.</param>
    /// <param name="isJsonString">Whether the wire holds the value as a JSON string rather than a number or boolean.</param>
    /// <param name="read">The scalar's JSON reader.</param>
    /// <param name="value">The scalar, or <c>default</c>.</param>
    public static bool TryParse<TScalar>(string? text, bool isJsonString, JsonValueRead<TScalar> read, out TScalar value)
    {
        if (text is not null && TryRead(text, isJsonString ? null : string.Empty, read, out value, out _, out _)) return true;
        value = default!;
        return false;
    }

    /// <summary>A string scalar's <c>Parse</c>: its <c>From</c>, with a broken rule as a <see cref="FormatException"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text breaks a rule of the scalar; the message names it.</exception>
    public static TScalar ParseString<TScalar>(string text, Func<string, TScalar> from)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (from is null) throw new ArgumentNullException(nameof(from));
        try
        {
            return from(text);
        }
        catch (ArgumentException error)
        {
            throw new FormatException(JsonReadErrors.WithoutParameterName(error), error);
        }
    }

    // refusal: the scalar's own From refused the value the text holds (a rule of the scalar), with its message.
    private static bool TryRead<TScalar>(string text, string? bareExpected, JsonValueRead<TScalar> read, out TScalar value, out string reason, out ArgumentException? refusal)
    {
        if (read is null) throw new ArgumentNullException(nameof(read));
        refusal = null;
        try
        {
            var json = bareExpected is null ? AsJsonString(text) : Encoding.UTF8.GetBytes(text);
            if (bareExpected is not null)
            {
                var probe = new Utf8JsonReader(json, isFinalBlock: true, state: default);
                if (!IsOneBareToken(ref probe, json.Length))
                {
                    value = default!;
                    reason = "the text must be " + bareExpected + ", as JSON writes it, with nothing around it.";
                    return false;
                }
            }
            var reader = new Utf8JsonReader(json, isFinalBlock: true, state: default);
            reader.Read();
            value = read(ref reader, EventJsonOptions.Default);
            reason = string.Empty;
            return true;
        }
        catch (JsonException error)
        {
            value = default!;
            reason = JsonReadErrors.ReasonOf(error);
            // The scalar's reader wraps what From threw (JsonReadErrors.InvalidScalar).
            refusal = error.InnerException as ArgumentException;
            return false;
        }
        catch (ArgumentException error)
        {
            // Text that has no UTF-8 form at all (a lone surrogate).
            value = default!;
            reason = error.Message;
            return false;
        }
    }

    // The text as a JSON string: quotes around it and what JSON must escape escaped, nothing more.
    private static byte[] AsJsonString(string text)
    {
        var encoded = JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes;
        var json = new byte[encoded.Length + 2];
        json[0] = (byte)'"';
        encoded.CopyTo(json.AsSpan(1));
        json[json.Length - 1] = (byte)'"';
        return json;
    }

    /// <summary>Whether the reader holds one number, <c>true</c> or <c>false</c>, and nothing before or after it.</summary>
    internal static bool IsOneBareToken(ref Utf8JsonReader reader, int length)
    {
        try
        {
            return reader.Read()
                && reader.TokenType is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False
                && reader.TokenStartIndex == 0
                && reader.BytesConsumed == length;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
