using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>union Name = A | B | C;</c>: a value that is exactly one of the records or events listed.</summary>
public sealed class UnionDeclarationSyntax : DeclarationSyntax
{
    internal UnionDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, SyntaxToken keyword, SyntaxToken name, SyntaxToken equalsToken, TypeSyntax members, SyntaxToken semicolon)
        : base(decorators, keyword, name)
    {
        EqualsToken = equalsToken;
        Members = members;
        Semicolon = semicolon;
    }

    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken { get; }

    /// <summary>
    /// The members: a <see cref="UnionTypeSyntax"/> for <c>A | B</c>, or a single type for a union of one member
    /// (which may grow later without changing the wire form).
    /// </summary>
    public TypeSyntax Members { get; }

    /// <summary>The members one by one, in the order written.</summary>
    public IReadOnlyList<TypeSyntax> MemberTypes => Members is UnionTypeSyntax union ? union.Alternatives : [Members];

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
        yield return EqualsToken;
        yield return Members;
        yield return Semicolon;
    }
}
