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

    // Nodes are immutable, so their first and last tokens are found once and kept.
    private SyntaxToken? _firstToken;
    private SyntaxToken? _lastToken;
    private bool _boundsComputed;

    internal override SyntaxToken? FirstToken
    {
        get
        {
            if (!_boundsComputed) ComputeBounds();
            return _firstToken;
        }
    }

    internal override SyntaxToken? LastToken
    {
        get
        {
            if (!_boundsComputed) ComputeBounds();
            return _lastToken;
        }
    }

    private void ComputeBounds()
    {
        // Only the first and the last child that hold tokens are descended into, so finding a node's
        // bounds costs the depth of the tree, not its size.
        SyntaxElement? lastChild = null;
        foreach (var child in GetChildren())
        {
            if (_firstToken is null) _firstToken = child.FirstToken;
            lastChild = child;
        }
        _lastToken = lastChild?.LastToken;
        if (_lastToken is null && _firstToken is not null)
        {
            // The last child is an empty node: take the last child that has tokens.
            foreach (var child in GetChildren())
            {
                var token = child.LastToken;
                if (token is not null) _lastToken = token;
            }
        }
        _boundsComputed = true;
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
