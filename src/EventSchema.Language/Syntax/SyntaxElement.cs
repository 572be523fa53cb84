using System.Collections.Generic;
using EventSchema.Language.Text;

namespace EventSchema.Language.Syntax;

/// <summary>A token or a node of the syntax tree.</summary>
public abstract class SyntaxElement
{
    private protected SyntaxElement() { }

    /// <summary>The span of its text, trivia excluded.</summary>
    public abstract TextSpan Span { get; }

    /// <summary>The span of its text with leading and trailing trivia.</summary>
    public abstract TextSpan FullSpan { get; }

    internal abstract void CollectTokens(List<SyntaxToken> tokens);

    internal abstract SyntaxToken? FirstToken { get; }

    internal abstract SyntaxToken? LastToken { get; }
}
