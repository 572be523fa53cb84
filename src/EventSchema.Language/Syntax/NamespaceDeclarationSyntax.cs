using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>namespace Diplomacy;</c>: names the namespace of every declaration in the file.</summary>
public sealed class NamespaceDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, SyntaxToken keyword, NameSyntax name, SyntaxToken semicolon) : SyntaxNode
{
    /// <summary>Decorators written before it; none are allowed, but they are kept so the binder can say so.</summary>
    public IReadOnlyList<DecoratorSyntax> Decorators { get; } = decorators;

    /// <summary>The <c>namespace</c> keyword.</summary>
    public SyntaxToken Keyword { get; } = keyword;

    /// <summary>The namespace name.</summary>
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
