using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>(argument, …)</c> after a decorator name.</summary>
public sealed class DecoratorArgumentListSyntax : SyntaxNode
{
    // Nearly every decorator takes one argument: it is kept here without a list, and the list is made when asked for.
    private readonly object _argumentOrList;

    /// <summary>An argument list with its tokens.</summary>
    public DecoratorArgumentListSyntax(SyntaxToken openParen, IReadOnlyList<LiteralSyntax> arguments, IReadOnlyList<SyntaxToken> commas, SyntaxToken closeParen)
    {
        OpenParen = openParen;
        _argumentOrList = arguments.Count == 1 ? arguments[0] : arguments;
        Commas = commas;
        CloseParen = closeParen;
    }

    /// <summary>One argument, no commas.</summary>
    internal DecoratorArgumentListSyntax(SyntaxToken openParen, LiteralSyntax argument, SyntaxToken closeParen)
    {
        OpenParen = openParen;
        _argumentOrList = argument;
        Commas = [];
        CloseParen = closeParen;
    }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The arguments in order.</summary>
    public IReadOnlyList<LiteralSyntax> Arguments
        => _argumentOrList as IReadOnlyList<LiteralSyntax> ?? new[] { (LiteralSyntax)_argumentOrList };

    /// <summary>The commas between the arguments; one fewer than the arguments.</summary>
    public IReadOnlyList<SyntaxToken> Commas { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    /// <summary>The arguments, read without building <see cref="Arguments"/>.</summary>
    internal LiteralArguments ArgumentValues => new(_argumentOrList);

    internal override SyntaxToken? FirstToken => OpenParen;

    internal override SyntaxToken? LastToken => CloseParen;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        yield return OpenParen;
        var arguments = ArgumentValues;
        for (int i = 0; i < arguments.Count; i++)
        {
            if (i > 0) yield return Commas[i - 1];
            yield return arguments[i];
        }
        yield return CloseParen;
    }
}
