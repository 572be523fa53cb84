using System;
using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// Writes a whole generated object as UTF-8 JSON into a reused buffer, below <see cref="Utf8JsonWriter"/>: constant
/// fragments (<c>{"name":</c>, <c>,"title":</c>) are copied as pre-encoded bytes, numbers and dates are formatted
/// straight into the buffer and strings are escaped here, then the object is handed to the writer in one
/// <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> call. The bytes are exactly those the writer
/// would write with default options; where they could differ (indented output, a custom encoder, a lone surrogate,
/// a non-finite double, nesting near the writer's depth limit) the caller is told to write through the writer instead.
/// Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct JsonRawWriter
{
    // The writer's default depth limit when JsonWriterOptions.MaxDepth is 0.
    private const int DefaultMaxDepth = 1000;
    // The buffer kept for the next object on this thread; larger ones are let go after use.
    private const int KeptBufferLength = 1024 * 1024;
    // Longest string written here; longer ones go through the writer, which has its own limits.
    private const int MaxStringLength = 16 * 1024 * 1024;
    // Strings up to this length are copied character by character.
    private const int ShortString = 24;

    [ThreadStatic] private static byte[]? t_buffer;

    private byte[] _buffer;
    private int _position;
    private int _depth;
    private readonly int _maxDepth;

    private JsonRawWriter(int maxDepth)
    {
        _buffer = t_buffer ?? new byte[4096];
        t_buffer = null; // a nested use on this thread (not made by generated code) gets its own buffer
        _position = 0;
        _depth = 0;
        _maxDepth = maxDepth;
    }

    /// <summary>
    /// Starts a raw write for <paramref name="writer"/>; false when its options make its output differ from what is
    /// written here (indentation, an encoder of its own) or on frameworks where the raw path is not used.
    /// </summary>
    public static bool TryStart(Utf8JsonWriter writer, out JsonRawWriter raw)
    {
#if NET8_0_OR_GREATER
        var options = writer.Options;
        if (!options.Indented && options.Encoder is null)
        {
            // Stay two levels inside the writer's limit, so nesting the writer would refuse is always left to it.
            var maxDepth = (options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth) - writer.CurrentDepth - 2;
            raw = new JsonRawWriter(maxDepth);
            return true;
        }
#endif
        raw = default;
        return false;
    }

    /// <summary>Hands the object written to <paramref name="writer"/> as one raw value and keeps the buffer for the next one.</summary>
    public void Complete(Utf8JsonWriter writer)
    {
        writer.WriteRawValue(_buffer.AsSpan(0, _position), skipInputValidation: true);
        Release();
    }

    /// <summary>Drops what was written (the caller writes the value through the writer instead) and keeps the buffer.</summary>
    public void Abandon() => Release();

    private void Release()
    {
        if (_buffer.Length <= KeptBufferLength) t_buffer = _buffer;
        _buffer = null!;
    }

    /// <summary>Writes <c>{</c>; false when the object would come too close to the writer's depth limit.</summary>
    public bool StartObject()
    {
        if (++_depth > _maxDepth) return false;
        Byte((byte)'{');
        return true;
    }

    /// <summary>Writes <c>}</c>.</summary>
    public void EndObject()
    {
        _depth--;
        Byte((byte)'}');
    }

    /// <summary>Writes <c>[</c>; false when the array would come too close to the writer's depth limit.</summary>
    public bool StartArray()
    {
        if (++_depth > _maxDepth) return false;
        Byte((byte)'[');
        return true;
    }

    /// <summary>Writes <c>]</c>.</summary>
    public void EndArray()
    {
        _depth--;
        Byte((byte)']');
    }

    /// <summary>Writes the separator before an array item or a map entry unless it is the first.</summary>
    public void Separator()
    {
        if (_buffer[_position - 1] is not ((byte)'[' or (byte)'{')) Byte((byte)',');
    }

    /// <summary>
    /// Writes a property name fragment <c>,"name":</c> (pre-encoded, comma included), dropping the comma when the
    /// property is the object's first.
    /// </summary>
    public void Name(ReadOnlySpan<byte> commaQuotedNameColon)
    {
        if (_buffer[_position - 1] == (byte)'{') commaQuotedNameColon = commaQuotedNameColon.Slice(1);
        Literal(commaQuotedNameColon);
    }

    /// <summary>Writes a property name from its <see cref="JsonEncodedText"/> bytes (already escaped), with its separator.</summary>
    public void Name(JsonEncodedText name)
    {
        var encoded = name.EncodedUtf8Bytes;
        Ensure(encoded.Length + 4);
        if (_buffer[_position - 1] != (byte)'{') _buffer[_position++] = (byte)',';
        _buffer[_position++] = (byte)'"';
        encoded.CopyTo(_buffer.AsSpan(_position));
        _position += encoded.Length;
        _buffer[_position++] = (byte)'"';
        _buffer[_position++] = (byte)':';
    }

    /// <summary>Writes the <c>:</c> between a map key and its value.</summary>
    public void Colon() => Byte((byte)':');

    /// <summary>Copies pre-encoded JSON bytes.</summary>
    public void Literal(ReadOnlySpan<byte> utf8)
    {
        Ensure(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_position));
        _position += utf8.Length;
    }

    /// <summary>Writes a pre-encoded string value (its <see cref="JsonEncodedText"/> bytes) in quotes.</summary>
    public void String(JsonEncodedText value)
    {
        var encoded = value.EncodedUtf8Bytes;
        Ensure(encoded.Length + 2);
        _buffer[_position++] = (byte)'"';
        encoded.CopyTo(_buffer.AsSpan(_position));
        _position += encoded.Length;
        _buffer[_position++] = (byte)'"';
    }

    /// <summary>Writes <c>null</c>.</summary>
    public void Null() => Literal("null"u8);

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void Boolean(bool value) => Literal(value ? "true"u8 : "false"u8);

    /// <summary>Writes an integer.</summary>
    public void Number(int value)
    {
        Ensure(11);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    /// <summary>Writes an integer.</summary>
    public void Number(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    /// <summary>Writes a decimal as the writer does.</summary>
    public void Number(decimal value)
    {
        Ensure(64);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    /// <summary>Writes a double in its shortest round-trip form; false for NaN and infinities, which the writer refuses.</summary>
    public bool Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return false;
        Ensure(128);
        if (!ShortDecimal.TryFormat(value, _buffer.AsSpan(_position), out var written))
        {
            Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out written);
        }
        _position += written;
        return true;
    }

    /// <summary>Writes a uuid as hyphenated lower-case hex in quotes.</summary>
    public void String(Guid value)
    {
        Ensure(38);
        _buffer[_position++] = (byte)'"';
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
        _buffer[_position++] = (byte)'"';
    }

    /// <summary>
    /// Writes a date-time as the writer does: <c>yyyy-MM-ddTHH:mm:ss</c>, the fraction without trailing zeros when
    /// there is one, and the offset (<c>+00:00</c> for UTC).
    /// </summary>
    public void String(DateTimeOffset value)
    {
        Ensure(40);
        var buffer = _buffer;
        var n = _position;
        buffer[n++] = (byte)'"';
        // The round-trip format is yyyy-MM-ddTHH:mm:ss.fffffff+HH:MM, always 33 bytes; the writer trims the fraction.
        Utf8Formatter.TryFormat(value, buffer.AsSpan(n), out _, new StandardFormat('O'));
        var fractionEnd = n + 27;
        var kept = fractionEnd;
        while (kept > n + 20 && buffer[kept - 1] == (byte)'0') kept--;
        if (kept == n + 20) kept = n + 19; // no fraction at all: the dot goes too
        if (kept != fractionEnd) buffer.AsSpan(fractionEnd, 6).CopyTo(buffer.AsSpan(kept));
        n = kept + 6;
        buffer[n++] = (byte)'"';
        _position = n;
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c> in quotes.</summary>
    public void Date(int year, int month, int day)
    {
        Ensure(IsoFormats.MaxDateLength + 2);
        _buffer[_position++] = (byte)'"';
        _position += IsoFormats.FormatDate(year, month, day, _buffer.AsSpan(_position));
        _buffer[_position++] = (byte)'"';
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c> in quotes, ignoring any time of day.</summary>
    public void String(DateTime date)
    {
#if NET8_0_OR_GREATER
        date.Deconstruct(out int year, out int month, out int day);
        Date(year, month, day);
#else
        Date(date.Year, date.Month, date.Day);
#endif
    }

#if NET8_0_OR_GREATER
    /// <summary>Writes a date as <c>yyyy-MM-dd</c> in quotes.</summary>
    public void String(DateOnly date)
    {
        date.Deconstruct(out int year, out int month, out int day);
        Date(year, month, day);
    }
#elif NET6_0_OR_GREATER
    /// <summary>Writes a date as <c>yyyy-MM-dd</c> in quotes.</summary>
    public void String(DateOnly date) => Date(date.Year, date.Month, date.Day);
#endif

    /// <summary>Writes a time of day and its offset as an RFC 3339 full-time in quotes.</summary>
    public void String(OffsetTime value)
    {
        Ensure(IsoFormats.MaxTimeLength + 2);
        _buffer[_position++] = (byte)'"';
        _position += IsoFormats.FormatOffsetTime(value, _buffer.AsSpan(_position));
        _buffer[_position++] = (byte)'"';
    }

    /// <summary>Writes an ISO 8601 duration in its shortest form in quotes.</summary>
    public void String(IsoDuration value)
    {
        Ensure(IsoFormats.MaxDurationLength + 2);
        if (IsoFormats.TryFormatDuration(value, _buffer.AsSpan(_position + 1), out var written))
        {
            _buffer[_position] = (byte)'"';
            _position += written + 1;
            _buffer[_position++] = (byte)'"';
        }
        else
        {
            String(value.ToString());
        }
    }

    /// <summary>Writes a URI exactly as it was given; it must be an RFC 3986 URI reference, as readers require.</summary>
    public bool String(Uri value) => String(JsonValueWriter.CheckedUriText(value));

    /// <summary>
    /// Writes a string in quotes, escaped exactly as <see cref="Utf8JsonWriter"/> escapes it with the default encoder;
    /// false for text the writer would treat otherwise (a lone surrogate, a very long string).
    /// </summary>
    public bool String(string value)
    {
        if (value.Length > MaxStringLength) return false;
        // Each UTF-16 unit becomes at most six bytes (\uXXXX); both quotes beside.
        Ensure(value.Length * 6 + 2);
        var buffer = _buffer;
        var n = _position;
        buffer[n++] = (byte)'"';
        ReadOnlySpan<char> text = value.AsSpan();
        if (text.Length <= ShortString)
        {
            // Short strings (names, codes, keys) are copied in one pass; the vectorised search pays off on longer ones.
            var i = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (!JsonEscaping.IsPlainAscii(c)) break;
                buffer[n + i] = (byte)c;
            }
            n += i;
            text = text.Slice(i);
        }
        while (text.Length > 0)
        {
            var plain = JsonEscaping.PlainPrefixLength(text);
            n += JsonEscaping.CopyAscii(text.Slice(0, plain), buffer.AsSpan(n));
            if (plain == text.Length) break;
            var c = text[plain];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || plain + 1 >= text.Length || !char.IsLowSurrogate(text[plain + 1])) return false;
                n = JsonEscaping.WriteUnicodeEscape(c, buffer, n);
                n = JsonEscaping.WriteUnicodeEscape(text[plain + 1], buffer, n);
                text = text.Slice(plain + 2);
            }
            else
            {
                n = JsonEscaping.WriteEscaped(c, buffer, n);
                text = text.Slice(plain + 1);
            }
        }
        buffer[n++] = (byte)'"';
        _position = n;
        return true;
    }

    private void Byte(byte value)
    {
        if (_position == _buffer.Length) Grow(1);
        _buffer[_position++] = value;
    }

    private void Ensure(int count)
    {
        if (_buffer.Length - _position < count) Grow(count);
    }

    private void Grow(int count)
    {
        var grown = new byte[Math.Max(_buffer.Length * 2, _position + count)];
        _buffer.AsSpan(0, _position).CopyTo(grown);
        _buffer = grown;
    }
}
