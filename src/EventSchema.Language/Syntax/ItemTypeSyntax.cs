using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary>
/// A type argument with rules for each item or a <c>?</c> that lets items be null: <c>list&lt;@maxLength(20) string&gt;</c>,
/// <c>list&lt;string?&gt;</c>, <c>map&lt;@pattern("^[A-Z]{5}$") string, Port&gt;</c>.
/// </summary>
public sealed class ItemTypeSyntax(IReadOnlyList<DecoratorSyntax> decorators, TypeSyntax type, SyntaxToken? question) : TypeSyntax
{
    /// <summary>The decorators that constrain each item (or each key).</summary>
    public IReadOnlyList<DecoratorSyntax> Decorators { get; } = decorators;

    /// <summary>The item type.</summary>
    public TypeSyntax Type { get; } = type;

    /// <summary>The <c>?</c> that lets an item be null; null when items may not be.</summary>
    public SyntaxToken? Question { get; } = question;

    internal override SyntaxToken? FirstToken => Decorators.Count > 0 ? Decorators[0].At : Type.FirstToken;

    internal override SyntaxToken? LastToken => Question ?? Type.LastToken;

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        foreach (var decorator in Decorators) yield return decorator;
        yield return Type;
        if (Question is not null) yield return Question;
    }
}
