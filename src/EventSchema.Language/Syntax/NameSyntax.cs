using System.Collections.Generic;
using System.Text;

namespace EventSchema.Language.Syntax;

/// <summary>A simple or dotted name, such as <c>Official</c> or <c>Diplomacy.Official</c>.</summary>
public sealed class NameSyntax : SyntaxNode
{
    // A simple name (nearly every name a file has) keeps its one token here and no list; a dotted name keeps its list.
    private readonly object _identifierOrList;
    private readonly IReadOnlyList<SyntaxToken> _dots;

    internal NameSyntax(IReadOnlyList<SyntaxToken> identifiers, IReadOnlyList<SyntaxToken> dots)
    {
        _identifierOrList = identifiers.Count == 1 ? identifiers[0] : identifiers;
        _dots = dots;
    }

    /// <summary>A simple name: one identifier, no dots.</summary>
    internal NameSyntax(SyntaxToken identifier)
    {
        _identifierOrList = identifier;
        _dots = [];
    }

    /// <summary>The parts of the name; there is always at least one.</summary>
    public IReadOnlyList<SyntaxToken> Identifiers
        => _identifierOrList as IReadOnlyList<SyntaxToken> ?? new[] { (SyntaxToken)_identifierOrList };

    /// <summary>The dots between the parts.</summary>
    public IReadOnlyList<SyntaxToken> Dots => _dots;

    /// <summary>How many parts the name has, without building <see cref="Identifiers"/>.</summary>
    internal int IdentifierCount => _identifierOrList is IReadOnlyList<SyntaxToken> list ? list.Count : 1;

    /// <summary>The part at <paramref name="index"/>, without building <see cref="Identifiers"/>.</summary>
    internal SyntaxToken GetIdentifier(int index)
        => _identifierOrList is IReadOnlyList<SyntaxToken> list ? list[index] : index == 0 ? (SyntaxToken)_identifierOrList : throw new System.ArgumentOutOfRangeException(nameof(index));

    /// <summary>Whether any part was missing from the text.</summary>
    public bool IsMissing
    {
        get
        {
            int count = IdentifierCount;
            for (int i = 0; i < count; i++)
            {
                if (GetIdentifier(i).IsMissing) return true;
            }
            return false;
        }
    }

    /// <summary>The name as written, parts joined with dots.</summary>
    public string Text
    {
        get
        {
            if (_identifierOrList is SyntaxToken identifier) return identifier.Text;
            var identifiers = (IReadOnlyList<SyntaxToken>)_identifierOrList;
            if (identifiers.Count == 1) return identifiers[0].Text;
            // Qualified names are read several times while binding: one string for the common A.B, no builder.
            if (identifiers.Count == 2) return string.Concat(identifiers[0].Text, ".", identifiers[1].Text);
            var builder = new StringBuilder();
            for (int i = 0; i < identifiers.Count; i++)
            {
                if (i > 0) builder.Append('.');
                builder.Append(identifiers[i].Text);
            }
            return builder.ToString();
        }
    }

    internal override SyntaxToken? FirstToken => GetIdentifier(0);

    internal override SyntaxToken? LastToken => GetIdentifier(IdentifierCount - 1);

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        int count = IdentifierCount;
        for (int i = 0; i < count; i++)
        {
            if (i > 0) yield return _dots[i - 1];
            yield return GetIdentifier(i);
        }
    }
}
