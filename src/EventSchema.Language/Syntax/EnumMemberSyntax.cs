using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary>One enum member, <c>name</c> or <c>name = "json-value"</c>, with its decorators and the comma after it.</summary>
public sealed class EnumMemberSyntax(IReadOnlyList<DecoratorSyntax> decorators, SyntaxToken name, DefaultValueSyntax? value, SyntaxToken? comma) : SyntaxNode
{
    /// <summary>The decorators written before the name.</summary>
    public IReadOnlyList<DecoratorSyntax> Decorators { get; } = decorators;

    /// <summary>The member's name.</summary>
    public SyntaxToken Name { get; } = name;

    /// <summary>The explicit <c>= "json-value"</c>; null when there is none.</summary>
    public DefaultValueSyntax? Value { get; } = value;

    /// <summary>The comma after it; null for the last member when no trailing comma is written.</summary>
    public SyntaxToken? Comma { get; } = comma;

    internal override SyntaxToken? FirstToken => Decorators.Count > 0 ? Decorators[0].At : Name;

    internal override SyntaxToken? LastToken => Comma ?? (Value is null ? Name : Value.Value.Token);

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        foreach (var decorator in Decorators) yield return decorator;
        yield return Name;
        if (Value is not null) yield return Value;
        if (Comma is not null) yield return Comma;
    }
}
