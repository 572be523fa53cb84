using System.Collections.Generic;
using EventSchema.Language.Text;

namespace EventSchema.Language.Syntax;

/// <summary>A token with the trivia around it. Missing tokens, synthesised by error recovery, have zero width.</summary>
public sealed class SyntaxToken : SyntaxElement
{
    internal static readonly SyntaxTrivia[] NoTrivia = [];

    internal SyntaxToken(TokenKind kind, string text, TextSpan span, SyntaxTrivia[] leadingTrivia, SyntaxTrivia[] trailingTrivia, bool isMissing = false)
    {
        Kind = kind;
        Text = text;
        _span = span;
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        IsMissing = isMissing;
    }

    private readonly TextSpan _span;

    /// <summary>What kind of token it is.</summary>
    public TokenKind Kind { get; }

    /// <summary>Its text as written; empty for a missing token.</summary>
    public string Text { get; }

    /// <summary>Whether the parser synthesised it because the text lacked it.</summary>
    public bool IsMissing { get; }

    /// <summary>Whether the lexer reported this token as malformed (an unterminated string, a bad number or character).</summary>
    internal bool HasLexicalError { get; set; }

    /// <summary>Trivia before the token: whitespace, line breaks and comments (doc comments included).</summary>
    public IReadOnlyList<SyntaxTrivia> LeadingTrivia { get; }

    /// <summary>Trivia after the token up to and including the first line break.</summary>
    public IReadOnlyList<SyntaxTrivia> TrailingTrivia { get; }

    /// <inheritdoc />
    public override TextSpan Span => _span;

    /// <inheritdoc />
    public override TextSpan FullSpan
    {
        get
        {
            int start = LeadingTrivia.Count > 0 ? LeadingTrivia[0].Span.Start : _span.Start;
            int end = TrailingTrivia.Count > 0 ? TrailingTrivia[TrailingTrivia.Count - 1].Span.End : _span.End;
            return TextSpan.FromBounds(start, end);
        }
    }

    internal static SyntaxToken Missing(TokenKind kind, int position)
        => new(kind, string.Empty, new TextSpan(position, 0), NoTrivia, NoTrivia, isMissing: true);

    /// <summary>The leading trivia, the text and the trailing trivia, exactly as in the source.</summary>
    public string ToFullString()
    {
        var builder = new System.Text.StringBuilder();
        foreach (var trivia in LeadingTrivia) builder.Append(trivia.Text);
        builder.Append(Text);
        foreach (var trivia in TrailingTrivia) builder.Append(trivia.Text);
        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => IsMissing ? "<missing " + Kind + ">" : Text;

    internal override void CollectTokens(List<SyntaxToken> tokens) => tokens.Add(this);

    internal override SyntaxToken? FirstToken => this;

    internal override SyntaxToken? LastToken => this;

    /// <summary>The documentation text of the <c>///</c> comments in the leading trivia, lines joined with <c>\n</c>; null when there are none.</summary>
    public string? GetDocumentation()
    {
        System.Text.StringBuilder? builder = null;
        foreach (var trivia in LeadingTrivia)
        {
            if (trivia.Kind == TriviaKind.LineComment || trivia.Kind == TriviaKind.BlockComment)
            {
                // An ordinary comment after a doc comment ends that doc block; only the last block documents the token.
                builder = null;
                continue;
            }
            if (trivia.Kind != TriviaKind.DocComment) continue;
            if (builder is null) builder = new System.Text.StringBuilder();
            else builder.Append('\n');
            builder.Append(trivia.GetDocumentationText());
        }
        return builder?.ToString();
    }

    internal int DocumentationStart()
    {
        for (int i = 0; i < LeadingTrivia.Count; i++)
        {
            if (LeadingTrivia[i].Kind == TriviaKind.DocComment) return LeadingTrivia[i].Span.Start;
        }
        return _span.Start;
    }
}
