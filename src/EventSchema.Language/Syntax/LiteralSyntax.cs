using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary>
/// A literal value: a string, a number, <c>true</c>, <c>false</c>, <c>null</c>, a bare name (an enum member), the empty
/// list <c>[]</c>, or the empty map <c>{}</c> (whose <c>}</c> is <see cref="CloseBrace"/>).
/// </summary>
public sealed class LiteralSyntax(SyntaxToken token, SyntaxToken? closeBrace = null) : SyntaxNode
{
    /// <summary>The literal's token; the <c>{</c> of an empty map.</summary>
    public SyntaxToken Token { get; } = token;

    /// <summary>The <c>}</c> of the empty map <c>{}</c>; null for every other literal.</summary>
    public SyntaxToken? CloseBrace { get; } = closeBrace;

    internal override SyntaxToken? FirstToken => Token;

    internal override SyntaxToken? LastToken => CloseBrace ?? Token;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        yield return Token;
        if (CloseBrace is not null) yield return CloseBrace;
    }
}
