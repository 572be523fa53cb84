using System;
using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EventSchema.Json;

/// <summary>
/// The one writing path of generated code. With a compact writer and the default encoder (the common case), a whole
/// object is written as UTF-8 JSON into a reused buffer below <see cref="Utf8JsonWriter"/>: constant fragments
/// (<c>{"name":</c>, <c>,"title":</c>) are copied as pre-encoded bytes, numbers and dates are formatted straight into
/// the buffer and strings are escaped here, then the object is handed to the writer in one
/// <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> call; the bytes are exactly those the writer
/// would write, and what the writer refuses (a non-finite double, nesting past its depth limit, a string too long)
/// fails with the writer's own exception. With any other writer (indented, an encoder of its own) every call goes
/// straight to the writer, so indentation and escaping are the writer's. Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct JsonRawWriter
{
    // The writer's default depth limit when JsonWriterOptions.MaxDepth is 0.
    private const int DefaultMaxDepth = 1000;
    // The buffer kept for the next object on this thread; larger ones are let go after use.
    private const int KeptBufferLength = 1024 * 1024;
    // Strings up to this length are copied character by character.
    private const int ShortString = 24;
    // Long strings are escaped this many UTF-16 units at a time, so room for six bytes a unit is never asked at once.
    private const int StringPiece = 16 * 1024;
    // The longest string Utf8JsonWriter writes (its limit of 10^9 bytes over six bytes a character); longer ones are
    // handed to a writer, which refuses them with its own exception.
    private const int LongestWriterString = 1_000_000_000 / 6;

    [ThreadStatic] private static byte[]? t_buffer;

    private readonly Utf8JsonWriter _writer;
    // Every call goes to the writer; the buffer stays empty, so each write's room check fails into the direct branch.
    private readonly bool _direct;
    private byte[] _buffer;
    private int _position;
    private int _depth;
    private readonly int _maxDepth;

    private JsonRawWriter(Utf8JsonWriter writer)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _position = 0;
        _depth = 0;
#if NET8_0_OR_GREATER
        var options = writer.Options;
        if (!options.Indented && options.Encoder is null)
        {
            _buffer = t_buffer ?? new byte[4096];
            t_buffer = null; // a nested use on this thread (not made by generated code) gets its own buffer
            // The writer refuses a start token once its depth has reached the limit: so may the objects written here.
            _maxDepth = (options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth) - writer.CurrentDepth;
            _direct = false;
            return;
        }
#endif
        // Other options change the output, and on older frameworks the writer formats numbers its own way.
        _buffer = Array.Empty<byte>();
        _maxDepth = int.MaxValue;
        _direct = true;
    }

    /// <summary>Starts writing one value to <paramref name="writer"/>; <see cref="Complete"/> ends it.</summary>
    public static JsonRawWriter Start(Utf8JsonWriter writer) => new(writer);

    /// <summary>Hands what was written to the writer (as one raw value, when it was buffered) and keeps the buffer for the next value.</summary>
    public void Complete()
    {
        if (_direct) return;
        _writer.WriteRawValue(_buffer.AsSpan(0, _position), skipInputValidation: true);
        if (_buffer.Length <= KeptBufferLength) t_buffer = _buffer;
        _buffer = null!;
    }

    /// <summary>Writes <c>{</c>.</summary>
    public void StartObject()
    {
        if (++_depth > _maxDepth) DepthExceeded();
        if (_position == _buffer.Length && !Grow(1))
        {
            _writer.WriteStartObject();
            return;
        }
        _buffer[_position++] = (byte)'{';
    }

    /// <summary>Writes <c>}</c>.</summary>
    public void EndObject()
    {
        _depth--;
        if (_position == _buffer.Length && !Grow(1))
        {
            _writer.WriteEndObject();
            return;
        }
        _buffer[_position++] = (byte)'}';
    }

    /// <summary>Writes <c>[</c>.</summary>
    public void StartArray()
    {
        if (++_depth > _maxDepth) DepthExceeded();
        if (_position == _buffer.Length && !Grow(1))
        {
            _writer.WriteStartArray();
            return;
        }
        _buffer[_position++] = (byte)'[';
    }

    /// <summary>Writes <c>]</c>.</summary>
    public void EndArray()
    {
        _depth--;
        if (_position == _buffer.Length && !Grow(1))
        {
            _writer.WriteEndArray();
            return;
        }
        _buffer[_position++] = (byte)']';
    }

    /// <summary>Writes the separator before an array item or a map entry unless it is the first (the writer places its own).</summary>
    public void Separator()
    {
        if (_position != 0 && _buffer[_position - 1] is not ((byte)'[' or (byte)'{')) Byte((byte)',');
    }

    /// <summary>
    /// Writes a property name fragment <c>,"name":</c> (plain ASCII, pre-encoded, comma included), dropping the comma
    /// when the property is the object's first.
    /// </summary>
    public void Name(ReadOnlySpan<byte> commaQuotedNameColon)
    {
        if (_buffer.Length - _position < commaQuotedNameColon.Length && !Grow(commaQuotedNameColon.Length))
        {
            WritePlainName(commaQuotedNameColon.Slice(2, commaQuotedNameColon.Length - 4));
            return;
        }
        if (_buffer[_position - 1] == (byte)'{') commaQuotedNameColon = commaQuotedNameColon.Slice(1);
        commaQuotedNameColon.CopyTo(_buffer.AsSpan(_position));
        _position += commaQuotedNameColon.Length;
    }

    // A schema's property names are written as encoded once with the default encoder, whatever the writer's encoder;
    // a plain name is its own encoding, so the writer may take it as it is unless its encoder would change it.
    private void WritePlainName(ReadOnlySpan<byte> name)
    {
        var encoder = _writer.Options.Encoder;
        if (encoder is null || encoder.FindFirstCharacterToEncodeUtf8(name) < 0) _writer.WritePropertyName(name);
        else _writer.WritePropertyName(JsonEncodedText.Encode(name));
    }

    /// <summary>Writes a property name from its <see cref="JsonEncodedText"/> bytes (already escaped), with its separator.</summary>
    public void Name(JsonEncodedText name)
    {
        var encoded = name.EncodedUtf8Bytes;
        if (_buffer.Length - _position < encoded.Length + 4 && !Grow(encoded.Length + 4))
        {
            _writer.WritePropertyName(name);
            return;
        }
        if (_buffer[_position - 1] != (byte)'{') _buffer[_position++] = (byte)',';
        _buffer[_position++] = (byte)'"';
        encoded.CopyTo(_buffer.AsSpan(_position));
        _position += encoded.Length;
        _buffer[_position++] = (byte)'"';
        _buffer[_position++] = (byte)':';
    }

    /// <summary>Writes a map key, escaped as the writer escapes property names, and its <c>:</c>.</summary>
    public void Key(string key)
    {
        if (_direct)
        {
            _writer.WritePropertyName(key);
            return;
        }
        String(key);
        Byte((byte)':');
    }

    /// <summary>Writes a map key of an <c>int</c> map: its digits as a property name, with no string made.</summary>
    public void Key(int key)
    {
        Span<byte> text = stackalloc byte[11];
        Utf8Formatter.TryFormat(key, text, out var written);
        PlainKey(text.Slice(0, written));
    }

    /// <summary>Writes a map key of a <c>long</c> map: its digits as a property name, with no string made.</summary>
    public void Key(long key)
    {
        Span<byte> text = stackalloc byte[20];
        Utf8Formatter.TryFormat(key, text, out var written);
        PlainKey(text.Slice(0, written));
    }

    /// <summary>Writes a map key of a <c>uuid</c> map: hyphenated lower-case hex as a property name.</summary>
    public void Key(Guid key)
    {
        Span<byte> text = stackalloc byte[36];
        Utf8Formatter.TryFormat(key, text, out var written);
        PlainKey(text.Slice(0, written));
    }

    /// <summary>Writes a map key of a <c>date</c> map held as a <see cref="DateTime"/>: <c>yyyy-MM-dd</c> as a property name.</summary>
    public void Key(DateTime key)
    {
        Span<byte> text = stackalloc byte[IsoFormats.MaxDateLength];
        PlainKey(text.Slice(0, IsoFormats.FormatDate(key.Year, key.Month, key.Day, text)));
    }

#if NET6_0_OR_GREATER
    /// <summary>Writes a map key of a <c>date</c> map: <c>yyyy-MM-dd</c> as a property name.</summary>
    public void Key(DateOnly key)
    {
        Span<byte> text = stackalloc byte[IsoFormats.MaxDateLength];
        PlainKey(text.Slice(0, IsoFormats.FormatDate(key.Year, key.Month, key.Day, text)));
    }
#endif

    // Digits, hex and '-' need no escaping under any encoder.
    private void PlainKey(scoped ReadOnlySpan<byte> key)
    {
        if (_direct)
        {
            _writer.WritePropertyName(key);
            return;
        }
        Ensure(key.Length + 3);
        var buffer = _buffer;
        var n = _position;
        buffer[n++] = (byte)'"';
        key.CopyTo(buffer.AsSpan(n));
        n += key.Length;
        buffer[n++] = (byte)'"';
        buffer[n++] = (byte)':';
        _position = n;
    }

    /// <summary>Writes a pre-encoded string value (its <see cref="JsonEncodedText"/> bytes) in quotes.</summary>
    public void String(JsonEncodedText value)
    {
        var encoded = value.EncodedUtf8Bytes;
        if (_buffer.Length - _position < encoded.Length + 2 && !Grow(encoded.Length + 2))
        {
            _writer.WriteStringValue(value);
            return;
        }
        _buffer[_position++] = (byte)'"';
        encoded.CopyTo(_buffer.AsSpan(_position));
        _position += encoded.Length;
        _buffer[_position++] = (byte)'"';
    }

    /// <summary>Writes <c>null</c>.</summary>
    public void Null()
    {
        if (_buffer.Length - _position < 4 && !Grow(4))
        {
            _writer.WriteNullValue();
            return;
        }
        "null"u8.CopyTo(_buffer.AsSpan(_position));
        _position += 4;
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void Boolean(bool value)
    {
        if (_buffer.Length - _position < 5 && !Grow(5))
        {
            _writer.WriteBooleanValue(value);
            return;
        }
        var text = value ? "true"u8 : "false"u8;
        text.CopyTo(_buffer.AsSpan(_position));
        _position += text.Length;
    }

    /// <summary>Writes an integer.</summary>
    public void Number(int value)
    {
        if (_buffer.Length - _position < 11 && !Grow(11))
        {
            _writer.WriteNumberValue(value);
            return;
        }
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    /// <summary>Writes an integer.</summary>
    public void Number(long value)
    {
        if (_buffer.Length - _position < 20 && !Grow(20))
        {
            _writer.WriteNumberValue(value);
            return;
        }
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    /// <summary>Writes a decimal as the writer does.</summary>
    public void Number(decimal value)
    {
        if (_buffer.Length - _position < 64 && !Grow(64))
        {
            _writer.WriteNumberValue(value);
            return;
        }
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    /// <summary>Writes a double in its shortest round-trip form; NaN and infinities fail as the writer fails.</summary>
    public void Number(double value)
    {
        if (_buffer.Length - _position < 128 && !Grow(128))
        {
            _writer.WriteNumberValue(value);
            return;
        }
#if NET8_0_OR_GREATER
        if (!double.IsFinite(value))
#else
        if (double.IsNaN(value) || double.IsInfinity(value))
#endif
        {
            WriteThroughWriter(value);
            return;
        }
        if (!ShortDecimal.TryFormat(value, _buffer.AsSpan(_position), out var written))
        {
            Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out written);
        }
        _position += written;
    }

    /// <summary>Writes a uuid as hyphenated lower-case hex in quotes.</summary>
    public void String(Guid value)
    {
        if (_buffer.Length - _position < 38 && !Grow(38))
        {
            _writer.WriteStringValue(value);
            return;
        }
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
        if (_buffer.Length - _position < 40 && !Grow(40))
        {
            _writer.WriteStringValue(value);
            return;
        }
        var buffer = _buffer;
        var n = _position;
        buffer[n++] = (byte)'"';
#if NET8_0_OR_GREATER
        n += DateTimeOffsetText.Format(value, buffer.AsSpan(n));
#else
        // The round-trip format is yyyy-MM-ddTHH:mm:ss.fffffff+HH:MM, always 33 bytes; the writer trims the fraction.
        Utf8Formatter.TryFormat(value, buffer.AsSpan(n), out _, new StandardFormat('O'));
        var fractionEnd = n + 27;
        var kept = fractionEnd;
        while (kept > n + 20 && buffer[kept - 1] == (byte)'0') kept--;
        if (kept == n + 20) kept = n + 19; // no fraction at all: the dot goes too
        if (kept != fractionEnd) buffer.AsSpan(fractionEnd, 6).CopyTo(buffer.AsSpan(kept));
        n = kept + 6;
#endif
        buffer[n++] = (byte)'"';
        _position = n;
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c> in quotes.</summary>
    public void Date(int year, int month, int day)
    {
        if (_buffer.Length - _position < IsoFormats.MaxDateLength + 2 && !Grow(IsoFormats.MaxDateLength + 2))
        {
            Span<byte> text = stackalloc byte[IsoFormats.MaxDateLength];
            _writer.WriteStringValue(text.Slice(0, IsoFormats.FormatDate(year, month, day, text)));
            return;
        }
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
        if (_buffer.Length - _position < IsoFormats.MaxTimeLength + 2 && !Grow(IsoFormats.MaxTimeLength + 2))
        {
            JsonValueWriter.WriteTime(_writer, value);
            return;
        }
        _buffer[_position++] = (byte)'"';
        _position += IsoFormats.FormatOffsetTime(value, _buffer.AsSpan(_position));
        _buffer[_position++] = (byte)'"';
    }

    /// <summary>Writes an ISO 8601 duration in its shortest form in quotes.</summary>
    public void String(IsoDuration value)
    {
        if (_buffer.Length - _position < IsoFormats.MaxDurationLength + 2 && !Grow(IsoFormats.MaxDurationLength + 2))
        {
            JsonValueWriter.WriteDuration(_writer, value);
            return;
        }
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
    public void String(Uri value) => String(JsonValueWriter.CheckedUriText(value));

    /// <summary>
    /// Writes a string in quotes, escaped exactly as <see cref="Utf8JsonWriter"/> escapes it with the default encoder:
    /// a lone surrogate becomes <c>\uFFFD</c>, as the writer replaces it.
    /// </summary>
    public void String(string value)
    {
        if (_direct)
        {
            _writer.WriteStringValue(value);
            return;
        }
        ReadOnlySpan<char> text = value.AsSpan();
        if (text.Length > StringPiece)
        {
            WriteLongString(value);
            return;
        }
        // Each UTF-16 unit becomes at most six bytes (\uXXXX); both quotes beside.
        Ensure(text.Length * 6 + 2);
        var buffer = _buffer;
        var n = _position;
        buffer[n++] = (byte)'"';
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
        if (text.Length > 0) n = Escape(text, buffer, n);
        buffer[n++] = (byte)'"';
        _position = n;
    }

    // Escapes text into buffer at n, which has room for six bytes a unit; returns the new position.
    private static int Escape(ReadOnlySpan<char> text, byte[] buffer, int n)
    {
        while (text.Length > 0)
        {
            var plain = JsonEscaping.PlainPrefixLength(text);
            n += JsonEscaping.CopyAscii(text.Slice(0, plain), buffer.AsSpan(n));
            if (plain == text.Length) break;
            var c = text[plain];
            if (!char.IsSurrogate(c))
            {
                n = JsonEscaping.WriteEscaped(c, buffer, n);
                text = text.Slice(plain + 1);
            }
            else if (char.IsHighSurrogate(c) && plain + 1 < text.Length && char.IsLowSurrogate(text[plain + 1]))
            {
                n = JsonEscaping.WriteUnicodeEscape(c, buffer, n);
                n = JsonEscaping.WriteUnicodeEscape(text[plain + 1], buffer, n);
                text = text.Slice(plain + 2);
            }
            else
            {
                // The writer replaces a surrogate without its other half by the replacement character.
                n = JsonEscaping.WriteUnicodeEscape('\uFFFD', buffer, n);
                text = text.Slice(plain + 1);
            }
        }
        return n;
    }

    // A long string is escaped a piece at a time, never splitting a surrogate pair; one the writer would refuse for its
    // length is handed to a writer for the refusal.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteLongString(string value)
    {
        if (value.Length > LongestWriterString)
        {
            WriteThroughWriter(value);
            return;
        }
        Byte((byte)'"');
        ReadOnlySpan<char> text = value.AsSpan();
        while (text.Length > 0)
        {
            var length = Math.Min(text.Length, StringPiece);
            if (length < text.Length && char.IsHighSurrogate(text[length - 1])) length--;
            Ensure(length * 6);
            _position = Escape(text.Slice(0, length), _buffer, _position);
            text = text.Slice(length);
        }
        Byte((byte)'"');
    }

    // What the writer does with a value this writer does not write itself: most often it throws, and then its own
    // exception is the one the caller sees; if it writes the value, its bytes are copied.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteThroughWriter(double value)
    {
        var output = new ByteBufferWriter(128);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true })) writer.WriteNumberValue(value);
        Copy(output.WrittenSpan);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteThroughWriter(string value)
    {
        var output = new ByteBufferWriter(128);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true })) writer.WriteStringValue(value);
        Copy(output.WrittenSpan);
    }

    // The writer refuses a start token once its depth has reached its limit: the same refusal, from a writer with that
    // limit taken to that depth.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void DepthExceeded()
    {
        var limit = _writer.CurrentDepth + _maxDepth;
        using var writer = new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { MaxDepth = limit, SkipValidation = true });
        for (var i = 0; i <= limit; i++) writer.WriteStartArray();
    }

    private void Copy(ReadOnlySpan<byte> utf8)
    {
        Ensure(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_position));
        _position += utf8.Length;
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

    // False when every call goes to the writer; otherwise the buffer grows to hold count more bytes.
    private bool Grow(int count)
    {
        if (_direct) return false;
        var grown = new byte[Math.Max(_buffer.Length * 2, _position + count)];
        _buffer.AsSpan(0, _position).CopyTo(grown);
        _buffer = grown;
        return true;
    }
}
