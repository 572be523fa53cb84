using EventSchema.Language.Text;

namespace EventSchema.Language.Syntax;

/// <summary>The kinds of trivia: text between tokens that carries no grammar.</summary>
public enum TriviaKind
{
    /// <summary>Spaces, tabs and other blanks (and a byte order mark at the start of the file).</summary>
    Whitespace,
    /// <summary>One line break: CR LF, CR, LF, U+0085, U+2028 or U+2029.</summary>
    EndOfLine,
    /// <summary>A <c>//</c> comment up to the end of the line.</summary>
    LineComment,
    /// <summary>A <c>///</c> documentation comment up to the end of the line.</summary>
    DocComment,
    /// <summary>A <c>/* … */</c> comment, possibly unterminated.</summary>
    BlockComment,
}

/// <summary>One piece of trivia: whitespace, a line break or a comment, kept so the tree reproduces its text exactly.</summary>
public readonly struct SyntaxTrivia
{
    private readonly string _source;

    internal SyntaxTrivia(TriviaKind kind, string source, int start, int length)
    {
        Kind = kind;
        _source = source;
        Span = new TextSpan(start, length);
    }

    /// <summary>What kind of trivia it is.</summary>
    public TriviaKind Kind { get; }

    /// <summary>Where it is.</summary>
    public TextSpan Span { get; }

    /// <summary>Its text, exactly as written.</summary>
    public string Text => _source.Substring(Span.Start, Span.Length);

    /// <summary>For a documentation comment, its text without the <c>///</c> marker and one following space.</summary>
    public string GetDocumentationText()
    {
        if (Kind != TriviaKind.DocComment) return string.Empty;
        int start = Span.Start + 3;
        int end = Span.End;
        if (start < end && _source[start] == ' ') start++;
        return _source.Substring(start, end - start);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
