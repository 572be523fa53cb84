namespace EventSchema.Language.Syntax;

/// <summary>A token that keeps its own text: a name, a literal, a missing or malformed token, a re-read keyword.</summary>
internal sealed class WrittenToken : SyntaxToken
{
    internal WrittenToken(TokenKind kind, string text, int start, string source, int fullStart, int fullEnd, bool isMissing)
        : base(kind, start, source, fullStart, fullEnd, isMissing)
    {
        WrittenText = text;
    }

    public string WrittenText { get; }
}
