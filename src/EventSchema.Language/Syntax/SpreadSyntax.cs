using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>...ReportedFact;</c> in a record or event: the fields of another record, declared once and shared.</summary>
public sealed class SpreadSyntax(IReadOnlyList<DecoratorSyntax> decorators, SyntaxToken ellipsis, NameSyntax name, SyntaxToken semicolon) : SyntaxNode
{
    /// <summary>Decorators written before the spread; none apply to it, so each is reported.</summary>
    public IReadOnlyList<DecoratorSyntax> Decorators { get; } = decorators;

    /// <summary>The <c>...</c>.</summary>
    public SyntaxToken Ellipsis { get; } = ellipsis;

    /// <summary>The record whose fields are spread.</summary>
    public NameSyntax Name { get; } = name;

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; } = semicolon;

    internal override SyntaxToken? FirstToken => Decorators.Count > 0 ? Decorators[0].At : Ellipsis;

    internal override SyntaxToken? LastToken => Semicolon;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        foreach (var decorator in Decorators) yield return decorator;
        yield return Ellipsis;
        yield return Name;
        yield return Semicolon;
    }
}
