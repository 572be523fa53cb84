using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary><c>name: Type;</c>, <c>name?: Type;</c> or <c>name: Type = literal;</c>, with its decorators.</summary>
public sealed class FieldDeclarationSyntax(
    IReadOnlyList<DecoratorSyntax> decorators,
    SyntaxToken name,
    SyntaxToken? question,
    SyntaxToken colon,
    TypeSyntax type,
    DefaultValueSyntax? defaultValue,
    SyntaxToken semicolon) : SyntaxNode
{
    /// <summary>The decorators written before the name.</summary>
    public IReadOnlyList<DecoratorSyntax> Decorators { get; } = decorators;

    /// <summary>The field's name.</summary>
    public SyntaxToken Name { get; } = name;

    /// <summary>The <c>?</c> that makes it optional; null when it is required.</summary>
    public SyntaxToken? Question { get; } = question;

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon { get; } = colon;

    /// <summary>The field's type.</summary>
    public TypeSyntax Type { get; } = type;

    /// <summary>The <c>= literal</c> default; null when there is none.</summary>
    public DefaultValueSyntax? DefaultValue { get; } = defaultValue;

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; } = semicolon;

    internal override SyntaxToken? FirstToken => Decorators.Count > 0 ? Decorators[0].At : Name;

    internal override SyntaxToken? LastToken => Semicolon;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        foreach (var decorator in Decorators) yield return decorator;
        yield return Name;
        if (Question is not null) yield return Question;
        yield return Colon;
        yield return Type;
        if (DefaultValue is not null) yield return DefaultValue;
        yield return Semicolon;
    }
}
