using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary>A literal value: a string, a number, <c>true</c>, <c>false</c>, <c>null</c>, or a bare name (an enum member).</summary>
public sealed class LiteralSyntax(SyntaxToken token) : SyntaxNode
{
    /// <summary>The literal's token.</summary>
    public SyntaxToken Token { get; } = token;

    internal override SyntaxToken? FirstToken => Token;

    internal override SyntaxToken? LastToken => Token;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        yield return Token;
    }
}
