using System;
using System.Globalization;
using System.Text;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution.Lock;

/// <summary>
/// A strict RFC 8259 JSON parser for lock files: no comments, no trailing commas, no leading zeros, no unescaped control
/// characters, and at most <see cref="MaxDepth"/> levels of nesting. The front end cannot depend on System.Text.Json
/// (the generator loads it into the compiler), so it has its own; it keeps every value's span for located errors.
/// </summary>
internal sealed class LockJsonParser
{
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private LockJsonParser(string text) => _text = text;

    /// <summary>Parses one JSON text; on failure returns null with the reason and the span it is about.</summary>
    public static LockJsonValue? Parse(string text, out string? error, out TextSpan errorSpan)
    {
        var parser = new LockJsonParser(text);
        try
        {
            parser.SkipWhitespace();
            var value = parser.ParseValue(0);
            parser.SkipWhitespace();
            if (parser._position != text.Length) throw parser.Error("Unexpected " + parser.DescribeCurrent() + " after the JSON value");
            error = null;
            errorSpan = default;
            return value;
        }
        catch (LockJsonException exception)
        {
            error = exception.Message;
            errorSpan = exception.Span;
            return null;
        }
    }

    private LockJsonValue ParseValue(int depth)
    {
        if (_position >= _text.Length) throw Error("Expected a JSON value but found the end of the file");
        char c = _text[_position];
        switch (c)
        {
            case '{': return ParseObject(depth + 1);
            case '[': return ParseArray(depth + 1);
            case '"':
            {
                int start = _position;
                string value = ParseString();
                return new LockJsonValue(LockJsonKind.String, TextSpan.FromBounds(start, _position)) { Text = value };
            }
            case 't': return ParseLiteral("true", LockJsonKind.True);
            case 'f': return ParseLiteral("false", LockJsonKind.False);
            case 'n': return ParseLiteral("null", LockJsonKind.Null);
            default:
                if (c == '-' || c >= '0' && c <= '9') return ParseNumber();
                throw Error("Expected a JSON value but found " + DescribeCurrent());
        }
    }

    private LockJsonValue ParseObject(int depth)
    {
        if (depth > MaxDepth) throw Error($"JSON is nested more than {MaxDepth} levels deep");
        int start = _position++;
        var result = new LockJsonValue(LockJsonKind.Object, default);
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return WithSpan(result, start);
        }
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"') throw Error("Expected a property name in double quotes but found " + DescribeCurrent());
            int nameStart = _position;
            string name = ParsePropertyName();
            var nameSpan = TextSpan.FromBounds(nameStart, _position);
            SkipWhitespace();
            if (Peek() != ':') throw Error("Expected ':' after the property name but found " + DescribeCurrent());
            _position++;
            SkipWhitespace();
            var value = ParseValue(depth);
            result.Properties.Add(new LockJsonProperty(name, nameSpan, value));
            SkipWhitespace();
            char next = Peek();
            if (next == ',') { _position++; continue; }
            if (next == '}') { _position++; return WithSpan(result, start); }
            throw Error("Expected ',' or '}' but found " + DescribeCurrent());
        }
    }

    private LockJsonValue ParseArray(int depth)
    {
        if (depth > MaxDepth) throw Error($"JSON is nested more than {MaxDepth} levels deep");
        int start = _position++;
        var result = new LockJsonValue(LockJsonKind.Array, default);
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return WithSpan(result, start);
        }
        while (true)
        {
            SkipWhitespace();
            result.Items.Add(ParseValue(depth));
            SkipWhitespace();
            char next = Peek();
            if (next == ',') { _position++; continue; }
            if (next == ']') { _position++; return WithSpan(result, start); }
            throw Error("Expected ',' or ']' but found " + DescribeCurrent());
        }
    }

    private LockJsonValue WithSpan(LockJsonValue value, int start)
    {
        value.Span = TextSpan.FromBounds(start, _position);
        return value;
    }

    private LockJsonValue ParseLiteral(string literal, LockJsonKind kind)
    {
        if (_position + literal.Length > _text.Length || string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error("Expected a JSON value but found " + DescribeCurrent());
        }
        int start = _position;
        _position += literal.Length;
        return new LockJsonValue(kind, TextSpan.FromBounds(start, _position));
    }

    private LockJsonValue ParseNumber()
    {
        int start = _position;
        if (Peek() == '-') _position++;
        if (Peek() == '0')
        {
            _position++;
            if (IsDigit(Peek())) throw Error("A JSON number cannot have a leading zero");
        }
        else if (IsDigit(Peek()))
        {
            while (IsDigit(Peek())) _position++;
        }
        else throw Error("Expected a digit but found " + DescribeCurrent());
        if (Peek() == '.')
        {
            _position++;
            if (!IsDigit(Peek())) throw Error("Expected a digit after the decimal point but found " + DescribeCurrent());
            while (IsDigit(Peek())) _position++;
        }
        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-') _position++;
            if (!IsDigit(Peek())) throw Error("Expected a digit in the exponent but found " + DescribeCurrent());
            while (IsDigit(Peek())) _position++;
        }
        return new LockJsonValue(LockJsonKind.Number, TextSpan.FromBounds(start, _position)) { Text = _text.Substring(start, _position - start) };
    }

    // A lock file repeats a few keys ("name", "type", "optional", ...) thousands of times: one string each.
    private readonly string?[] _names = new string?[256];

    /// <summary>A property name; an unescaped one is shared with every earlier occurrence of the same name.</summary>
    private string ParsePropertyName()
    {
        int start = _position + 1;
        int end = start;
        int hash = 17;
        while (end < _text.Length && _text[end] != '"' && _text[end] != '\\' && _text[end] >= ' ')
        {
            hash = unchecked(hash * 31 + _text[end]);
            end++;
        }
        if (end >= _text.Length || _text[end] != '"') return ParseString();
        int length = end - start;
        int bucket = hash & (_names.Length - 1);
        string? known = _names[bucket];
        _position = end + 1;
        if (known is not null && known.Length == length && string.CompareOrdinal(_text, start, known, 0, length) == 0) return known;
        string name = _text.Substring(start, length);
        _names[bucket] = name;
        return name;
    }

    private string ParseString()
    {
        _position++; // the opening quote
        // Most strings have no escapes: take them as a substring without building them character by character.
        int start = _position;
        while (_position < _text.Length && _text[_position] != '"' && _text[_position] != '\\' && _text[_position] >= ' ') _position++;
        if (_position < _text.Length && _text[_position] == '"')
        {
            _position++;
            return _text.Substring(start, _position - 1 - start);
        }
        var builder = new StringBuilder(_text, start, _position - start, _position - start + 16);
        while (true)
        {
            if (_position >= _text.Length) throw Error("This string has no closing '\"'");
            char c = _text[_position];
            if (c == '"') { _position++; return builder.ToString(); }
            if (c < ' ') throw Error($"A control character (U+{(int)c:X4}) must be escaped in a JSON string");
            if (c != '\\') { builder.Append(c); _position++; continue; }
            _position++;
            if (_position >= _text.Length) throw Error("This string has no closing '\"'");
            char escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code) || !IsHex(_text, _position, 4))
                    {
                        _position -= 2;
                        throw Error("'\\u' must be followed by four hexadecimal digits");
                    }
                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    _position -= 2;
                    throw Error($"Unknown escape sequence '\\{escape}'");
            }
        }
    }

    private static bool IsHex(string text, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) return false;
        }
        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r') _position++;
    }

    private string DescribeCurrent()
    {
        if (_position >= _text.Length) return "the end of the file";
        char c = _text[_position];
        return c < ' ' || c > '~' ? $"U+{(int)c:X4}" : "'" + c + "'";
    }

    private LockJsonException Error(string message)
        => new(message, new TextSpan(Math.Min(_position, _text.Length), _position < _text.Length ? 1 : 0));

    private sealed class LockJsonException(string message, TextSpan span) : Exception(message)
    {
        public TextSpan Span { get; } = span;
    }
}
