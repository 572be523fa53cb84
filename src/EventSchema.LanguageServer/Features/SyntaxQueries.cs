using EventSchema.Language.Syntax;

namespace EventSchema.LanguageServer.Features;

/// <summary>Finds tokens and the nodes around them in a syntax tree.</summary>
internal static class SyntaxQueries
{
    /// <summary>
    /// The token under <paramref name="offset"/>, or the one that ends right before it (the cursor just after a word);
    /// names win over punctuation when the cursor touches both.
    /// </summary>
    public static SyntaxToken? FindToken(CompilationUnitSyntax root, int offset)
    {
        SyntaxToken? touching = null;
        foreach (var token in root.GetTokens())
        {
            if (token.IsMissing || token.Kind == TokenKind.EndOfFile) continue;
            if (token.Span.Contains(offset))
            {
                if (touching is not null && IsWord(touching) && !IsWord(token)) return touching;
                return token;
            }
            if (token.Span.End == offset) touching = token;
            if (token.Span.Start > offset) break;
        }
        return touching;
    }

    /// <summary>The chain of nodes from <paramref name="root"/> down to the parent of <paramref name="token"/>; empty when it is not in the tree.</summary>
    public static IReadOnlyList<SyntaxNode> GetAncestors(SyntaxNode root, SyntaxToken token)
    {
        var path = new List<SyntaxNode>();
        return Search(root, token, path) ? path : [];

        static bool Search(SyntaxNode node, SyntaxToken target, List<SyntaxNode> path)
        {
            if (!node.FullSpan.Contains(target.Span) && node.FullSpan.End != target.Span.End) return false;
            path.Add(node);
            foreach (var child in node.GetChildren())
            {
                if (ReferenceEquals(child, target)) return true;
                if (child is SyntaxNode inner && Search(inner, target, path)) return true;
            }
            path.RemoveAt(path.Count - 1);
            return false;
        }
    }

    /// <summary>Every node of the tree, parents before children.</summary>
    public static IEnumerable<SyntaxNode> DescendantNodes(SyntaxNode root)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            var children = node.GetChildren().OfType<SyntaxNode>().ToList();
            for (int i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
    }

    /// <summary>The file's namespace and <c>using</c> namespaces, as written.</summary>
    public static (string Namespace, IReadOnlyList<string> Usings) GetScope(CompilationUnitSyntax root)
    {
        string ns = string.Empty;
        var usings = new List<string>();
        foreach (var member in root.Members)
        {
            if (member is NamespaceDeclarationSyntax declaration && ns.Length == 0 && !declaration.Name.IsMissing) ns = declaration.Name.Text;
            else if (member is UsingDirectiveSyntax directive && !directive.Name.IsMissing) usings.Add(directive.Name.Text);
        }
        return (ns, usings);
    }

    public static bool IsWord(SyntaxToken token) => token.Kind == TokenKind.Identifier || TokenFacts.IsKeyword(token.Kind);
}
