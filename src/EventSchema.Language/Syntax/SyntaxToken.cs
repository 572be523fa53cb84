using System.Collections.Generic;
using EventSchema.Language.Text;

namespace EventSchema.Language.Syntax;

/// <summary>A token with the trivia around it. Missing tokens, synthesised by error recovery, have zero width.</summary>
/// <remarks>
/// Punctuation and keywords written as such (most of a file's tokens) are instances of this class and take their text
/// from their kind; names, literals and every other token are <see cref="WrittenToken"/>s, which keep their text.
/// </remarks>
public class SyntaxToken : SyntaxElement
{
    internal static readonly SyntaxTrivia[] NoTrivia = [];

    /// <summary>A token whose text is its kind's (<see cref="TokenFacts.GetText"/>).</summary>
    private protected SyntaxToken(TokenKind kind, int start, string source, int fullStart, int fullEnd, bool isMissing)
    {
        _kind = (ushort)kind;
        _start = start;
        _source = source;
        _fullStart = fullStart;
        _fullEnd = fullEnd;
        if (isMissing) _flags = MissingFlag;
    }

    /// <summary>A token of <paramref name="kind"/> whose text is <paramref name="text"/>, the source text of <paramref name="span"/>.</summary>
    internal static SyntaxToken Create(TokenKind kind, string text, TextSpan span, string source, int fullStart, int fullEnd, bool isMissing = false)
    {
        // The text is always the source text of the span (empty for a missing token), so the span's length is the text's.
        System.Diagnostics.Debug.Assert(span.Length == text.Length, "A token's text is the text of its span.");
        return !isMissing && string.Equals(TokenFacts.GetText(kind), text, System.StringComparison.Ordinal)
            ? new SyntaxToken(kind, span.Start, source, fullStart, fullEnd, isMissing: false)
            : new WrittenToken(kind, text, span.Start, source, fullStart, fullEnd, isMissing);
    }

    /// <summary>The same token read as another kind, for a misspelled keyword the parser recognised.</summary>
    internal SyntaxToken WithKind(TokenKind kind)
    {
        var token = new WrittenToken(kind, Text, _start, _source, _fullStart, _fullEnd, IsMissing);
        token.HasLexicalError = HasLexicalError;
        return token;
    }

    private const byte MissingFlag = 1;
    private const byte LexicalErrorFlag = 2;

    // A file has hundreds of thousands of tokens that live as long as its tree, so a token is kept small: 40 bytes for
    // punctuation and keywords, whose text is their kind's, 48 for the rest; the span's length is the text's, and the
    // kind and flags are packed.
    // Trivia is kept as the ranges around the token and read again on demand: most callers never look at it.
    private readonly string _source;
    private readonly int _start;
    private readonly int _fullStart;
    private readonly int _fullEnd;
    private readonly ushort _kind;
    private byte _flags;

    /// <summary>What kind of token it is.</summary>
    public TokenKind Kind => (TokenKind)_kind;

    /// <summary>Its text as written; empty for a missing token.</summary>
    public string Text => this is WrittenToken written ? written.WrittenText : TokenFacts.GetText(Kind)!;

    /// <summary>Whether the parser synthesised it because the text lacked it.</summary>
    public bool IsMissing => (_flags & MissingFlag) != 0;

    /// <summary>Whether the lexer reported this token as malformed (an unterminated string, a bad number or character).</summary>
    internal bool HasLexicalError
    {
        get => (_flags & LexicalErrorFlag) != 0;
        set => _flags = (byte)(value ? _flags | LexicalErrorFlag : _flags & ~LexicalErrorFlag);
    }

    /// <summary>Trivia before the token: whitespace, line breaks and comments (doc comments included). Read from the text each time it is asked for.</summary>
    public IReadOnlyList<SyntaxTrivia> LeadingTrivia => TriviaScanner.Materialize(_source, _fullStart, _start, trailing: false);

    /// <summary>Trivia after the token up to and including the first line break. Read from the text each time it is asked for.</summary>
    public IReadOnlyList<SyntaxTrivia> TrailingTrivia => TriviaScanner.Materialize(_source, _start + Text.Length, _fullEnd, trailing: true);

    /// <inheritdoc />
    public override TextSpan Span => new(_start, Text.Length);

    /// <inheritdoc />
    public override TextSpan FullSpan => TextSpan.FromBounds(_fullStart, _fullEnd);

    internal static SyntaxToken Missing(TokenKind kind, int position)
        => new WrittenToken(kind, string.Empty, position, string.Empty, position, position, isMissing: true);

    /// <summary>The leading trivia, the text and the trailing trivia, exactly as in the source.</summary>
    public string ToFullString() => IsMissing ? string.Empty : _source.Substring(_fullStart, _fullEnd - _fullStart);

    /// <summary>Appends <see cref="ToFullString"/> without building the string.</summary>
    internal void AppendFullText(System.Text.StringBuilder builder)
    {
        if (!IsMissing) builder.Append(_source, _fullStart, _fullEnd - _fullStart);
    }

    /// <inheritdoc />
    public override string ToString() => IsMissing ? "<missing " + Kind + ">" : Text;

    internal override void CollectTokens(List<SyntaxToken> tokens) => tokens.Add(this);

    internal override SyntaxToken? FirstToken => this;

    internal override SyntaxToken? LastToken => this;

    /// <summary>The documentation text of the <c>///</c> comments in the leading trivia, lines joined with <c>\n</c>; null when there are none.</summary>
    public string? GetDocumentation()
    {
        if (!HasDocComment()) return null;
        var leading = TriviaScanner.ScanIntoBuffer(_source, _fullStart, _start);
        int start = -1;
        for (int i = 0; i < leading.Count; i++)
        {
            if (leading[i].Kind == TriviaKind.DocComment) { start = i; break; }
        }
        if (start < 0) return null;
        // Only the last block of doc comments counts: an ordinary comment after one ends it.
        int blockStart = -1, lines = 0;
        for (int i = start; i < leading.Count; i++)
        {
            var kind = leading[i].Kind;
            if (kind == TriviaKind.LineComment || kind == TriviaKind.BlockComment) { blockStart = -1; lines = 0; }
            else if (kind == TriviaKind.DocComment)
            {
                if (blockStart < 0) blockStart = i;
                lines++;
            }
        }
        if (blockStart < 0) return null;
        if (lines == 1) return leading[blockStart].GetDocumentationText();
        var builder = new System.Text.StringBuilder();
        for (int i = blockStart; i < leading.Count; i++)
        {
            if (leading[i].Kind != TriviaKind.DocComment) continue;
            if (builder.Length > 0 || i > blockStart) builder.Append('\n');
            builder.Append(leading[i].GetDocumentationText());
        }
        return builder.ToString();
    }

    /// <summary>A cheap test before materialising trivia: no "///" in the leading text, no documentation.</summary>
    private bool HasDocComment()
        => _start - _fullStart >= 3 && _source.IndexOf("///", _fullStart, _start - _fullStart, System.StringComparison.Ordinal) >= 0;

    internal int DocumentationStart()
    {
        if (!HasDocComment()) return _start;
        var leading = TriviaScanner.ScanIntoBuffer(_source, _fullStart, _start);
        for (int i = 0; i < leading.Count; i++)
        {
            if (leading[i].Kind == TriviaKind.DocComment) return leading[i].Span.Start;
        }
        return _start;
    }
}
