using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>using Other.Namespace;</c>: makes the declarations of another namespace visible by simple name.</summary>
public sealed class UsingDirectiveSyntax(IReadOnlyList<DecoratorSyntax> decorators, SyntaxToken keyword, NameSyntax name, SyntaxToken semicolon) : SyntaxNode
{
    /// <summary>Decorators written before it; none are allowed, but they are kept so the binder can say so.</summary>
    public IReadOnlyList<DecoratorSyntax> Decorators { get; } = decorators;

    /// <summary>The <c>using</c> keyword.</summary>
    public SyntaxToken Keyword { get; } = keyword;

    /// <summary>The imported namespace.</summary>
    public NameSyntax Name { get; } = name;

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; } = semicolon;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        foreach (var decorator in Decorators) yield return decorator;
        yield return Keyword;
        yield return Name;
        yield return Semicolon;
    }
}
