using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>(argument, …)</c> after a decorator name.</summary>
public sealed class DecoratorArgumentListSyntax(SyntaxToken openParen, IReadOnlyList<LiteralSyntax> arguments, IReadOnlyList<SyntaxToken> commas, SyntaxToken closeParen) : SyntaxNode
{
    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; } = openParen;

    /// <summary>The arguments in order.</summary>
    public IReadOnlyList<LiteralSyntax> Arguments { get; } = arguments;

    /// <summary>The commas between the arguments; one fewer than the arguments.</summary>
    public IReadOnlyList<SyntaxToken> Commas { get; } = commas;

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; } = closeParen;

    internal override SyntaxToken? FirstToken => OpenParen;

    internal override SyntaxToken? LastToken => CloseParen;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        yield return OpenParen;
        for (int i = 0; i < Arguments.Count; i++)
        {
            if (i > 0) yield return Commas[i - 1];
            yield return Arguments[i];
        }
        yield return CloseParen;
    }
}
