using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>scalar Name : primitive;</c>.</summary>
public sealed class ScalarDeclarationSyntax : DeclarationSyntax
{
    internal ScalarDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, SyntaxToken keyword, SyntaxToken name, SyntaxToken colon, TypeSyntax underlyingType, SyntaxToken semicolon)
        : base(decorators, keyword, name)
    {
        Colon = colon;
        UnderlyingType = underlyingType;
        Semicolon = semicolon;
    }

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon { get; }

    /// <summary>The primitive it wraps.</summary>
    public TypeSyntax UnderlyingType { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override SyntaxToken? FirstToken => Decorators.Count > 0 ? Decorators[0].At : Keyword;

    internal override SyntaxToken? LastToken => Semicolon;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        foreach (var decorator in Decorators) yield return decorator;
        yield return Keyword;
        yield return Name;
        yield return Colon;
        yield return UnderlyingType;
        yield return Semicolon;
    }
}
