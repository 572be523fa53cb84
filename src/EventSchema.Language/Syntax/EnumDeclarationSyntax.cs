using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>enum Name { a, b = "b-value", … }</c>.</summary>
public sealed class EnumDeclarationSyntax : DeclarationSyntax
{
    internal EnumDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, SyntaxToken keyword, SyntaxToken name, SyntaxToken openBrace, IReadOnlyList<SyntaxNode> members, SyntaxToken closeBrace)
        : base(decorators, keyword, name)
    {
        OpenBrace = openBrace;
        Members = members;
        CloseBrace = closeBrace;
    }

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The members and any skipped text, in source order.</summary>
    public IReadOnlyList<SyntaxNode> Members { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace { get; }

    internal override SyntaxToken? FirstToken => Decorators.Count > 0 ? Decorators[0].At : Keyword;

    internal override SyntaxToken? LastToken => CloseBrace;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        foreach (var decorator in Decorators) yield return decorator;
        yield return Keyword;
        yield return Name;
        yield return OpenBrace;
        foreach (var member in Members) yield return member;
        yield return CloseBrace;
    }
}
