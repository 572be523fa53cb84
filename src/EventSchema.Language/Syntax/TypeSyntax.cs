using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary>A type as written: a name, or a generic collection such as <c>list&lt;T&gt;</c>.</summary>
public abstract class TypeSyntax : SyntaxNode
{
    private protected TypeSyntax() { }
}

/// <summary>A type written as a name: a primitive, a declared type, or a qualified name.</summary>
public sealed class NamedTypeSyntax(NameSyntax name) : TypeSyntax
{
    /// <summary>The name.</summary>
    public NameSyntax Name { get; } = name;

    internal override SyntaxToken? FirstToken => Name.GetIdentifier(0);

    internal override SyntaxToken? LastToken => Name.GetIdentifier(Name.IdentifierCount - 1);

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        yield return Name;
    }
}

/// <summary>A type with type arguments, such as <c>list&lt;string&gt;</c> or <c>map&lt;string, int&gt;</c>.</summary>
public sealed class GenericTypeSyntax(NameSyntax name, SyntaxToken lessThan, IReadOnlyList<TypeSyntax> arguments, IReadOnlyList<SyntaxToken> commas, SyntaxToken greaterThan) : TypeSyntax
{
    /// <summary>The generic's name: <c>list</c>, <c>set</c> or <c>map</c>.</summary>
    public NameSyntax Name { get; } = name;

    /// <summary>The <c>&lt;</c>.</summary>
    public SyntaxToken LessThan { get; } = lessThan;

    /// <summary>The type arguments in order.</summary>
    public IReadOnlyList<TypeSyntax> Arguments { get; } = arguments;

    /// <summary>The commas between the arguments.</summary>
    public IReadOnlyList<SyntaxToken> Commas { get; } = commas;

    /// <summary>The <c>&gt;</c>.</summary>
    public SyntaxToken GreaterThan { get; } = greaterThan;

    internal override SyntaxToken? FirstToken => Name.GetIdentifier(0);

    internal override SyntaxToken? LastToken => GreaterThan;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        yield return Name;
        yield return LessThan;
        for (int i = 0; i < Arguments.Count; i++)
        {
            if (i > 0) yield return Commas[i - 1];
            yield return Arguments[i];
        }
        yield return GreaterThan;
    }
}

/// <summary>
/// <c>Rail | Sea</c>: the members of a union, written as a field's type, a collection's items or a map's values (an
/// inline union), or after <c>union Name =</c>. Anywhere else (a map's key) it is parsed whole so it gets one error (ES0012).
/// </summary>
public sealed class UnionTypeSyntax(IReadOnlyList<TypeSyntax> alternatives, IReadOnlyList<SyntaxToken> bars) : TypeSyntax
{
    /// <summary>The types written between the bars, in order.</summary>
    public IReadOnlyList<TypeSyntax> Alternatives { get; } = alternatives;

    /// <summary>The <c>|</c> tokens.</summary>
    public IReadOnlyList<SyntaxToken> Bars { get; } = bars;

    internal override SyntaxToken? FirstToken => Alternatives[0].FirstToken;

    internal override SyntaxToken? LastToken => Alternatives[Alternatives.Count - 1].LastToken;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        for (int i = 0; i < Alternatives.Count; i++)
        {
            if (i > 0) yield return Bars[i - 1];
            yield return Alternatives[i];
        }
    }
}
