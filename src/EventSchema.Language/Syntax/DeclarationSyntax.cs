using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary>A record, event, enum or scalar declaration.</summary>
public abstract class DeclarationSyntax : SyntaxNode
{
    private protected DeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, SyntaxToken keyword, SyntaxToken name)
    {
        Decorators = decorators;
        Keyword = keyword;
        Name = name;
    }

    /// <summary>The decorators written before the keyword.</summary>
    public IReadOnlyList<DecoratorSyntax> Decorators { get; }

    /// <summary>The <c>record</c>, <c>event</c>, <c>enum</c> or <c>scalar</c> keyword.</summary>
    public SyntaxToken Keyword { get; }

    /// <summary>The declared name.</summary>
    public SyntaxToken Name { get; }
}
