using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>= literal</c>: a field's default or an enum member's JSON value.</summary>
public sealed class DefaultValueSyntax(SyntaxToken equalsToken, LiteralSyntax value) : SyntaxNode
{
    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken { get; } = equalsToken;

    /// <summary>The value.</summary>
    public LiteralSyntax Value { get; } = value;

    internal override SyntaxToken? FirstToken => EqualsToken;

    internal override SyntaxToken? LastToken => Value.CloseBrace ?? Value.Token;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        yield return EqualsToken;
        yield return Value;
    }
}
