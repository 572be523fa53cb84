using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>record Name { fields }</c> or <c>event Name { fields }</c>.</summary>
public sealed class RecordDeclarationSyntax : DeclarationSyntax
{
    internal RecordDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, SyntaxToken keyword, SyntaxToken name, SyntaxToken openBrace, IReadOnlyList<SyntaxNode> members, SyntaxToken closeBrace)
        : base(decorators, keyword, name)
    {
        OpenBrace = openBrace;
        Members = members;
        CloseBrace = closeBrace;
    }

    /// <summary>Whether it was declared with <c>event</c>.</summary>
    public bool IsEvent => Keyword.Kind == TokenKind.EventKeyword;

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The fields and any skipped text, in source order.</summary>
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
