using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>@name</c> or <c>@name(arguments)</c>, written before what it decorates.</summary>
public sealed class DecoratorSyntax(SyntaxToken at, SyntaxToken name, DecoratorArgumentListSyntax? argumentList) : SyntaxNode
{
    /// <summary>The <c>@</c>.</summary>
    public SyntaxToken At { get; } = at;

    /// <summary>The decorator's name.</summary>
    public SyntaxToken Name { get; } = name;

    /// <summary>The parenthesised arguments; null when there are no parentheses.</summary>
    public DecoratorArgumentListSyntax? ArgumentList { get; } = argumentList;

    /// <summary>The arguments; empty when there are no parentheses.</summary>
    public IReadOnlyList<LiteralSyntax> Arguments => ArgumentList?.Arguments ?? [];

    /// <summary>The arguments, read without building a list; none when there are no parentheses.</summary>
    internal LiteralArguments ArgumentValues => ArgumentList?.ArgumentValues ?? default;

    internal override SyntaxToken? FirstToken => At;

    internal override SyntaxToken? LastToken => ArgumentList is null ? Name : ArgumentList.CloseParen;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        yield return At;
        yield return Name;
        if (ArgumentList is not null) yield return ArgumentList;
    }
}
