using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary>Text the parser could not fit into the grammar and skipped after reporting it; kept for full fidelity.</summary>
public sealed class SkippedTokensSyntax(IReadOnlyList<SyntaxElement> elements) : SyntaxNode
{
    /// <summary>The skipped tokens and any decorators that had nothing to decorate.</summary>
    public IReadOnlyList<SyntaxElement> Elements { get; } = elements;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren() => Elements;
}
