using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventSchema.Json;

/// <summary>
/// The base of every generated scalar's converter: beside the value (the converter's own <c>Read</c> and <c>Write</c>),
/// it makes the scalar a dictionary key for <see cref="JsonSerializer"/> (<c>Dictionary&lt;CountryCode, int&gt;</c> in a
/// type of your own), with reflection and through <c>GeneratedJson</c> alike. A key is the scalar's wire text as a
/// property name: a string's text, a number's (or <c>true</c>/<c>false</c>'s) JSON text, which for numbers is their
/// invariant text as System.Text.Json writes number keys. A key is read back through the converter's own
/// <c>Read</c>, so it meets the same wire form and rules as a value, and one that breaks them is a
/// <see cref="JsonException"/> naming the key.
/// </summary>
/// <typeparam name="TScalar">The generated scalar.</typeparam>
/// <typeparam name="TValue">The scalar's underlying C# type (<c>string</c>, <c>int</c>, <c>DateOnly</c>…).</typeparam>
/// <remarks>Generated code derives from this type; one implementation in the runtime rather than members per scalar.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ScalarJsonConverter<TScalar, TValue> : JsonConverter<TScalar>
{
    // Whether the wire form is a bare JSON token (number, true, false) rather than a string.
    private static readonly bool IsBareToken =
        typeof(TValue) == typeof(int) || typeof(TValue) == typeof(long) || typeof(TValue) == typeof(double)
        || typeof(TValue) == typeof(decimal) || typeof(TValue) == typeof(bool);

    private static readonly string ScalarName = typeof(TScalar).Name;

    /// <summary>Reads a dictionary key: the key's text read as the scalar's value, with the scalar's rules.</summary>
    /// <exception cref="JsonException">The key is not a value of the scalar; the message names the key and the reason.</exception>
    public override TScalar ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.PropertyName) throw JsonReadErrors.UnexpectedToken("a property name", reader.TokenType);
        string key = KeyText(ref reader);
        byte[]? rented = null;
        try
        {
            ReadOnlySpan<byte> value;
            if (IsBareToken)
            {
                // The key's text is the value's JSON text: one number (or true/false) and nothing around it.
                int length = Encoding.UTF8.GetByteCount(key);
                rented = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                value = rented.AsSpan(0, Encoding.UTF8.GetBytes(key, 0, key.Length, rented, 0));
            }
            else
            {
                // The key as written (escapes and all) between quotes is the value's JSON string.
                int length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
                rented = ArrayPool<byte>.Shared.Rent(length + 2);
                rented[0] = (byte)'"';
                if (reader.HasValueSequence) reader.ValueSequence.CopyTo(rented.AsSpan(1));
                else reader.ValueSpan.CopyTo(rented.AsSpan(1));
                rented[length + 1] = (byte)'"';
                value = rented.AsSpan(0, length + 2);
            }
            var inner = new Utf8JsonReader(value, isFinalBlock: true, state: default);
            if (IsBareToken && !EventSchema.ScalarText.IsOneBareToken(ref inner, value.Length)) throw NotAKey(key, BareForm());
            inner = new Utf8JsonReader(value, isFinalBlock: true, state: default);
            inner.Read();
            try
            {
                return Read(ref inner, typeof(TScalar), options)!;
            }
            catch (JsonException error)
            {
                throw InvalidKey(key, JsonReadErrors.ReasonOf(error), error);
            }
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes a dictionary key: the scalar's wire text, through the converter's own <c>Write</c>.</summary>
    /// <exception cref="InvalidOperationException">The scalar has no value, or breaks its rules: the reader would refuse the key.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TScalar value, JsonSerializerOptions options)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        byte[] json = JsonText.ToUtf8Bytes((Converter: this, Value: value, Options: options), static (inner, state) => state.Converter.Write(inner, state.Value, state.Options));
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (reader.ValueIsEscaped)
        {
            // A string the writer escaped: unescaped here and escaped again by the writer's own encoder, as a value is.
            writer.WritePropertyName(reader.GetString()!);
        }
        else
        {
            // Text written as is (a number, true or false, or a string with nothing to escape such as a date-time's
            // '+04:00'): the key is the same text, as System.Text.Json writes its own number and date keys.
            writer.WritePropertyName(JsonEncodedText.Encode(reader.ValueSpan, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        }
    }

    private static string BareForm()
        => typeof(TValue) == typeof(bool) ? "true or false" : "a number written as JSON writes it";

    private static JsonException NotAKey(string key, string expected)
        => InvalidKey(key, "The key is not " + expected + ", as a " + ScalarName + " key is.", null);

    // Path is left unset, so JsonSerializer gives the exception the place of the key in the document.
    private static JsonException InvalidKey(string key, string reason, Exception? inner)
        => new("Key \"" + JsonMapKeys.Shorten(key) + "\": " + reason, inner);


    private static string KeyText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            // Not Unicode text: let the converter's own reader give the reason.
            var bytes = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
