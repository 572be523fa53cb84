using System.Collections.Generic;
using System.Threading;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Syntax;

/// <summary>
/// Turns source text into tokens in one pass, attaching whitespace, line breaks and comments as trivia.
/// Every character lands in exactly one token or trivia, so the tokens reproduce the text exactly.
/// </summary>
internal sealed class Lexer : ITriviaProblems
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Diagnostic> _diagnostics;
    private readonly IdentifierInterner _names = IdentifierInterner.Rent();
    private int _position;

    private Lexer(SourceText source, List<Diagnostic> diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    /// <summary>Lexes the whole text; the last token is always <see cref="TokenKind.EndOfFile"/>.</summary>
    public static SyntaxToken[] Lex(SourceText source, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var lexer = new Lexer(source, diagnostics);
        lexer.CheckDecoding();
        // Tokens collect in a reused per-thread list and are copied out once, at their exact count.
        var tokens = s_tokenBuffer ??= new List<SyntaxToken>(1024);
        s_tokenBuffer = null; // a nested or re-entrant call gets its own list
        tokens.Clear();
        try
        {
            while (true)
            {
                if ((tokens.Count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var token = lexer.NextToken();
                tokens.Add(token);
                if (token.Kind == TokenKind.EndOfFile) return tokens.ToArray();
            }
        }
        finally
        {
            tokens.Clear();
            if (tokens.Capacity <= MaxPooledTokens) s_tokenBuffer = tokens;
        }
    }

    /// <summary>
    /// A file read as UTF-8 holds U+FFFD where its bytes were not UTF-8 (a Latin-1 'é'): the text differs from what was
    /// written, in a pattern or a name as much as in a comment. Reported once, at the first, with the number of others.
    /// </summary>
    private void CheckDecoding()
    {
        int first = _text.IndexOf(CharacterFacts.ReplacementCharacter);
        if (first < 0) return;
        int count = 0;
        for (int i = first; i >= 0; i = _text.IndexOf(CharacterFacts.ReplacementCharacter, i + 1)) count++;
        Report(DiagnosticBuilder.At(_source, new TextSpan(first, 1)).NotUtf8(count));
    }

    private const int MaxPooledTokens = 1 << 16;

    [System.ThreadStatic]
    private static List<SyntaxToken>? s_tokenBuffer;

    private SyntaxToken NextToken()
    {
        int fullStart = _position;
        int start = ReadTrivia(trailing: false);
        if (start >= _text.Length)
        {
            return SyntaxToken.Create(TokenKind.EndOfFile, string.Empty, new TextSpan(start, 0), _text, fullStart, start);
        }
        int diagnosticsBefore = _diagnostics.Count;
        var kind = ScanToken(out string text);
        var span = TextSpan.FromBounds(start, _position);
        bool malformed = _diagnostics.Count > diagnosticsBefore;
        int fullEnd = ReadTrivia(trailing: true);
        var token = SyntaxToken.Create(kind, text, span, _text, fullStart, fullEnd);
        if (malformed) token.HasLexicalError = true;
        return token;
    }

    private int ReadTrivia(bool trailing)
    {
        _position = TriviaScanner.Scan(_text, _position, trailing, into: null, problems: this);
        return _position;
    }

    void ITriviaProblems.BidirectionalControl(int position)
        => Report(DiagnosticBuilder.At(_source, new TextSpan(position, 1)).BidirectionalControlCharacter(_text[position].ToString()));

    void ITriviaProblems.Invisible(int position)
        => Report(DiagnosticBuilder.At(_source, new TextSpan(position, 1)).InvisibleCharacter(_text[position].ToString()));

    void ITriviaProblems.UnterminatedComment(int start)
        => Report(DiagnosticBuilder.At(_source, new TextSpan(start, 2)).UnterminatedComment());

    /// <summary>Comments and strings may hold any character, except those that make text display out of order.</summary>
    private void CheckHiddenInText(int position)
    {
        char c = _text[position];
        if (c >= '\u061C' && CharacterFacts.IsBidirectionalControl(c))
        {
            Report(DiagnosticBuilder.At(_source, new TextSpan(position, 1)).BidirectionalControlCharacter(c.ToString()));
        }
    }

    private TokenKind ScanToken(out string text)
    {
        string source = _text;
        int start = _position;
        char c = source[start];
        switch (c)
        {
            case '{': _position++; text = "{"; return TokenKind.OpenBrace;
            case '}': _position++; text = "}"; return TokenKind.CloseBrace;
            case '(': _position++; text = "("; return TokenKind.OpenParen;
            case ')': _position++; text = ")"; return TokenKind.CloseParen;
            case '<': _position++; text = "<"; return TokenKind.LessThan;
            case '>': _position++; text = ">"; return TokenKind.GreaterThan;
            case ';': _position++; text = ";"; return TokenKind.Semicolon;
            case ':': _position++; text = ":"; return TokenKind.Colon;
            case ',': _position++; text = ","; return TokenKind.Comma;
            case '.':
                if (start + 2 < source.Length && source[start + 1] == '.' && source[start + 2] == '.') { _position += 3; text = "..."; return TokenKind.Ellipsis; }
                _position++; text = "."; return TokenKind.Dot;
            case '?': _position++; text = "?"; return TokenKind.Question;
            case '=': _position++; text = "="; return TokenKind.Equals;
            case '@': _position++; text = "@"; return TokenKind.At;
            case '|': _position++; text = "|"; return TokenKind.Bar;
            case '"': return ScanString(out text);
            case '[': return ScanBracketedValue(out text);
            case '\u201C' or '\'':
                if (TryScanMisquotedString(out text)) return TokenKind.StringLiteral;
                break;
        }
        if (CharacterFacts.IsDigit(c) || (c == '-' && start + 1 < source.Length && CharacterFacts.IsDigit(source[start + 1])))
        {
            return ScanNumber(out text);
        }
        if (CharacterFacts.IsAsciiIdentifierStart(c))
        {
            return ScanIdentifier(out text);
        }
        if (CharacterFacts.ExtendedIdentifierStartLength(source, start) > 0)
        {
            return ScanIdentifier(out text);
        }
        return ScanBadCharacters(out text);
    }

    private TokenKind ScanIdentifier(out string text)
    {
        string source = _text;
        int start = _position;
        bool sawExtended = false;
        while (_position < source.Length)
        {
            char c = source[_position];
            if (CharacterFacts.IsAsciiIdentifierPart(c)) { _position++; continue; }
            int extended = CharacterFacts.ExtendedIdentifierPartLength(source, _position);
            if (extended == 0) break;
            sawExtended = true;
            _position += extended;
        }
        if (!sawExtended && IsHyphenatedNameContinuation(_position))
        {
            // "port-code": one name with one error, rather than a name, a stray '-' and another name.
            while (IsHyphenatedNameContinuation(_position))
            {
                _position++;
                while (_position < source.Length && CharacterFacts.IsAsciiIdentifierPart(source[_position])) _position++;
            }
            string written = source.Substring(start, _position - start);
            Report(DiagnosticBuilder.At(_source, TextSpan.FromBounds(start, _position)).HyphenInName(written, HyphenatedToCamelCase(written)));
            text = _names.Get(source, start, _position - start);
            return TokenKind.Identifier;
        }
        int length = _position - start;
        if (sawExtended) CheckExtendedName(start, length);
        if (TokenFacts.TryGetKeyword(source, start, length, out var keywordKind, out string keyword))
        {
            text = keyword;
            return keywordKind;
        }
        text = _names.Get(source, start, length);
        return TokenKind.Identifier;
    }

    /// <summary>Names are ASCII; a name with other characters is reported once, hidden characters first.</summary>
    private void CheckExtendedName(int start, int length)
    {
        string source = _text;
        var span = new TextSpan(start, length);
        int firstNonAscii = -1;
        for (int i = start; i < start + length; i++)
        {
            char c = source[i];
            if (c < '\u0080') continue;
            if (c == CharacterFacts.ReplacementCharacter) return; // ES0014 has said what is wrong with the file
            if (CharacterFacts.IsBidirectionalControl(c) || CharacterFacts.IsInvisible(c))
            {
                Report(DiagnosticBuilder.At(_source, span).NameWithHiddenCharacters(c.ToString()));
                return;
            }
            if (firstNonAscii < 0) firstNonAscii = i;
        }
        if (firstNonAscii >= 0)
        {
            int charLength = char.IsSurrogatePair(source, firstNonAscii) ? 2 : 1;
            Report(DiagnosticBuilder.At(_source, span).NonAsciiName(source.Substring(start, length), source.Substring(firstNonAscii, charLength)));
        }
    }

    private TokenKind ScanNumber(out string text)
    {
        string source = _text;
        int start = _position;
        bool valid = true;
        if (source[_position] == '-') _position++;
        SkipDigits();
        if (_position < source.Length && source[_position] == '.')
        {
            _position++;
            if (!SkipDigits()) valid = false;
        }
        if (_position < source.Length && (source[_position] == 'e' || source[_position] == 'E'))
        {
            _position++;
            if (_position < source.Length && (source[_position] == '+' || source[_position] == '-')) _position++;
            if (!SkipDigits()) valid = false;
        }
        // Letters or digits glued to a number make one malformed token rather than two confusing ones.
        while (_position < source.Length && (CharacterFacts.IsAsciiIdentifierPart(source[_position]) || source[_position] == '.'))
        {
            _position++;
            valid = false;
        }
        // Numbers and strings repeat across a project's files (bounds, patterns), so their text is interned as names are.
        text = _names.Get(source, start, _position - start);
        if (!valid) Report(DiagnosticBuilder.At(_source, TextSpan.FromBounds(start, _position)).InvalidNumber(text));
        return TokenKind.NumberLiteral;
    }

    private bool SkipDigits()
    {
        int start = _position;
        while (_position < _text.Length && CharacterFacts.IsDigit(_text[_position])) _position++;
        return _position > start;
    }

    private TokenKind ScanString(out string text)
    {
        string source = _text;
        int start = _position;
        _position++;
        bool closed = false;
        while (_position < source.Length)
        {
            char c = source[_position];
            if (c == '"')
            {
                _position++;
                closed = true;
                break;
            }
            if (CharacterFacts.IsLineBreak(c)) break;
            if (c == '\\')
            {
                ScanEscape();
                continue;
            }
            CheckHiddenInText(_position);
            _position++;
        }
        text = _names.Get(source, start, _position - start);
        if (!closed) Report(DiagnosticBuilder.At(_source, TextSpan.FromBounds(start, _position)).UnterminatedString());
        return TokenKind.StringLiteral;
    }

    /// <summary>
    /// Text in the wrong quotes on one line, <c>“text”</c> (or <c>“text"</c>) or <c>'text'</c>: read as a string with one
    /// error whose fix writes it in straight double quotes, rather than stray characters around a name. An opening quote
    /// with no closing one on its line is a bad character as before.
    /// </summary>
    private bool TryScanMisquotedString(out string text)
    {
        string source = _text;
        int start = _position;
        bool curly = source[start] == '\u201C';
        int end = start + 1;
        while (end < source.Length && !CharacterFacts.IsLineBreak(source[end]) && !(curly ? source[end] is '\u201D' or '\u201C' or '"' : source[end] == '\'')) end++;
        if (end >= source.Length || CharacterFacts.IsLineBreak(source[end]) || source[end] == '\u201C')
        {
            text = string.Empty;
            return false;
        }
        string written = source.Substring(start, end + 1 - start);
        string inner = written.Substring(1, written.Length - 2);
        string corrected = "\"" + (curly ? inner : inner.Replace("\\'", "'").Replace("\"", "\\\"")) + "\"";
        Report(DiagnosticBuilder.At(_source, new TextSpan(start, written.Length)).MisquotedString(written, corrected));
        _position = end + 1;
        text = _names.Get(source, start, _position - start);
        return true;
    }

    private void ScanEscape()
    {
        string source = _text;
        int start = _position;
        _position++;
        if (_position >= source.Length || CharacterFacts.IsLineBreak(source[_position]))
        {
            Report(DiagnosticBuilder.At(_source, new TextSpan(start, 1)).InvalidEscape("\\"));
            return;
        }
        char c = source[_position];
        switch (c)
        {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                _position++;
                return;
            case 'u':
                _position++;
                int digits = 0;
                while (digits < 4 && _position < source.Length && IsHexDigit(source[_position]))
                {
                    _position++;
                    digits++;
                }
                if (digits < 4) Report(DiagnosticBuilder.At(_source, TextSpan.FromBounds(start, _position)).InvalidEscape(source.Substring(start, _position - start)));
                return;
            default:
                int length = char.IsHighSurrogate(c) && _position + 1 < source.Length && char.IsLowSurrogate(source[_position + 1]) ? 2 : 1;
                CheckHiddenInText(_position);
                _position += length;
                Report(DiagnosticBuilder.At(_source, TextSpan.FromBounds(start, _position)).InvalidEscape(source.Substring(start, _position - start)));
                return;
        }
    }

    // No valid schema has '-' right after a name, so a '-' joining two runs of name characters is a hyphenated name.
    private bool IsHyphenatedNameContinuation(int position)
        => position + 1 < _text.Length && _text[position] == '-' && CharacterFacts.IsAsciiIdentifierPart(_text[position + 1]);

    private static string HyphenatedToCamelCase(string written)
    {
        var result = new System.Text.StringBuilder(written.Length);
        bool upper = false;
        foreach (char c in written)
        {
            if (c == '-') { upper = result.Length > 0; continue; }
            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return result.ToString();
    }

    /// <summary>
    /// <c>[ … ]</c> on one line: a list value, which the language has no syntax for (a default such as <c>= []</c>).
    /// One bad token with one error that says so, instead of an error per character.
    /// </summary>
    private TokenKind ScanBracketedValue(out string text)
    {
        string source = _text;
        int start = _position;
        int end = start + 1;
        int depth = 1;
        while (end < source.Length && depth > 0)
        {
            char c = source[end];
            if (CharacterFacts.IsLineBreak(c) || c == ';' || c == '{' || c == '}') break;
            if (c == '[') depth++;
            else if (c == ']') depth--;
            end++;
        }
        if (depth > 0) return ScanBadCharacters(out text);
        _position = end;
        text = source.Substring(start, end - start);
        if (IsEmptyBrackets(start, end))
        {
            // "[]": the empty list, a collection field's default.
            return TokenKind.EmptyList;
        }
        Report(DiagnosticBuilder.At(_source, TextSpan.FromBounds(start, end)).ListValue(text));
        return TokenKind.BadToken;
    }

    private bool IsEmptyBrackets(int start, int end)
    {
        for (int i = start + 1; i < end - 1; i++)
        {
            if (!CharacterFacts.IsWhitespace(_text[i])) return false;
        }
        return true;
    }

    internal static bool IsHexDigit(char c) => CharacterFacts.IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>A run of characters that start no token becomes one bad token with one diagnostic.</summary>
    private TokenKind ScanBadCharacters(out string text)
    {
        string source = _text;
        int start = _position;
        while (_position < source.Length)
        {
            char c = source[_position];
            if (_position > start && StartsTokenOrTrivia(_position)) break;
            _position += char.IsHighSurrogate(c) && _position + 1 < source.Length && char.IsLowSurrogate(source[_position + 1]) ? 2 : 1;
        }
        text = source.Substring(start, _position - start);
        int firstLength = char.IsSurrogatePair(source, start) ? 2 : 1;
        Report(DiagnosticBuilder.At(_source, TextSpan.FromBounds(start, _position)).UnexpectedCharacter(source.Substring(start, firstLength)));
        return TokenKind.BadToken;
    }

    private bool StartsTokenOrTrivia(int position)
    {
        string source = _text;
        char c = source[position];
        if (c < '\u0080')
        {
            if (CharacterFacts.IsAsciiIdentifierPart(c) || CharacterFacts.IsWhitespace(c) || CharacterFacts.IsLineBreak(c)) return true;
            switch (c)
            {
                case '{':
                case '}':
                case '(':
                case ')':
                case '<':
                case '>':
                case ';':
                case ':':
                case ',':
                case '.':
                case '?':
                case '=':
                case '@':
                case '"':
                case '|':
                case '[':
                    return true;
                case '/':
                    return position + 1 < source.Length && (source[position + 1] == '/' || source[position + 1] == '*');
                case '-':
                    return position + 1 < source.Length && CharacterFacts.IsDigit(source[position + 1]);
                default:
                    return false;
            }
        }
        return CharacterFacts.IsWhitespace(c) || CharacterFacts.IsLineBreak(c) || CharacterFacts.IsInvisible(c)
            || CharacterFacts.IsBidirectionalControl(c) || CharacterFacts.ExtendedIdentifierStartLength(source, position) > 0;
    }

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);
}
