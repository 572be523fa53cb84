using System.Collections.Generic;
using EventSchema.Language.Text;

namespace EventSchema.Language.Syntax;

/// <summary>An inner node of the syntax tree. Its children, in source order, are tokens and nodes.</summary>
public abstract class SyntaxNode : SyntaxElement
{
    private protected SyntaxNode() { }

    /// <summary>The children in source order.</summary>
    public abstract IEnumerable<SyntaxElement> GetChildren();

    /// <summary>Every token below this node, in source order, missing tokens included.</summary>
    public IReadOnlyList<SyntaxToken> GetTokens()
    {
        var tokens = new List<SyntaxToken>();
        CollectTokens(tokens);
        return tokens;
    }

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var child in GetChildren()) child.CollectTokens(tokens);
    }

    // Every node kind a file has many of (fields, decorators, types, names, literals) knows its first and last token
    // and overrides these; the rest (a file's unit, namespace, usings, skipped tokens) find them on demand, so no node
    // carries a cache for them.
    internal override SyntaxToken? FirstToken
    {
        get
        {
            foreach (var child in GetChildren())
            {
                if (child.FirstToken is { } first) return first;
            }
            return null;
        }
    }

    internal override SyntaxToken? LastToken
    {
        get
        {
            // The last child that has tokens: an empty node at the end has none.
            SyntaxToken? last = null;
            foreach (var child in GetChildren())
            {
                if (child.LastToken is { } token) last = token;
            }
            return last;
        }
    }

    /// <inheritdoc />
    public override TextSpan Span
    {
        get
        {
            var first = FirstToken;
            var last = LastToken;
            return first is null || last is null ? default : TextSpan.FromBounds(first.Span.Start, last.Span.End);
        }
    }

    /// <inheritdoc />
    public override TextSpan FullSpan
    {
        get
        {
            var first = FirstToken;
            var last = LastToken;
            return first is null || last is null ? default : TextSpan.FromBounds(first.FullSpan.Start, last.FullSpan.End);
        }
    }

    /// <summary>The span from the first character that isn't missing to the last one; used to place diagnostics.</summary>
    internal TextSpan GetPresentSpan()
    {
        var tokens = GetTokens();
        int start = -1, end = -1;
        foreach (var token in tokens)
        {
            if (token.IsMissing) continue;
            if (start < 0) start = token.Span.Start;
            end = token.Span.End;
        }
        return start < 0 ? Span : TextSpan.FromBounds(start, end);
    }
}
