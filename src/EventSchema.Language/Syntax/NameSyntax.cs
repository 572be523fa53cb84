using System.Collections.Generic;
using System.Text;

namespace EventSchema.Language.Syntax;

/// <summary>A simple or dotted name, such as <c>Official</c> or <c>Diplomacy.Official</c>.</summary>
public sealed class NameSyntax : SyntaxNode
{
    internal NameSyntax(IReadOnlyList<SyntaxToken> identifiers, IReadOnlyList<SyntaxToken> dots)
    {
        Identifiers = identifiers;
        Dots = dots;
    }

    /// <summary>The parts of the name; there is always at least one.</summary>
    public IReadOnlyList<SyntaxToken> Identifiers { get; }

    /// <summary>The dots between the parts.</summary>
    public IReadOnlyList<SyntaxToken> Dots { get; }

    /// <summary>Whether any part was missing from the text.</summary>
    public bool IsMissing
    {
        get
        {
            for (int i = 0; i < Identifiers.Count; i++)
            {
                if (Identifiers[i].IsMissing) return true;
            }
            return false;
        }
    }

    /// <summary>The name as written, parts joined with dots.</summary>
    public string Text
    {
        get
        {
            if (Identifiers.Count == 1) return Identifiers[0].Text;
            var builder = new StringBuilder();
            for (int i = 0; i < Identifiers.Count; i++)
            {
                if (i > 0) builder.Append('.');
                builder.Append(Identifiers[i].Text);
            }
            return builder.ToString();
        }
    }

    internal override SyntaxToken? FirstToken => Identifiers[0];

    internal override SyntaxToken? LastToken => Identifiers[Identifiers.Count - 1];

    /// <inheritdoc />
    public override IEnumerable<SyntaxElement> GetChildren()
    {
        for (int i = 0; i < Identifiers.Count; i++)
        {
            if (i > 0) yield return Dots[i - 1];
            yield return Identifiers[i];
        }
    }
}
