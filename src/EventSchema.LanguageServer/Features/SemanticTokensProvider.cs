using EventSchema.Language;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>
/// Semantic tokens: what the TextMate grammar cannot know, such as whether a type name is a record,
/// an enum or a scalar, or whether it resolves at all, plus the plain lexical classes.
/// </summary>
internal static class SemanticTokensProvider
{
    public static readonly string[] TokenTypes =
        ["namespace", "class", "struct", "enum", "type", "event", "property", "enumMember", "decorator", "keyword", "string", "number", "comment", "operator"];

    public static readonly string[] TokenModifiers = ["declaration", "documentation", "defaultLibrary", "deprecated"];

    private const int Declaration = 1, Documentation = 2, DefaultLibrary = 4, Deprecated = 8;

    public static SemanticTokens GetTokens(SchemaCompilation compilation, WorkspaceDocument document)
    {
        var root = document.Tree.Root;
        var (ns, usings) = SyntaxQueries.GetScope(root);
        var classified = new List<(TextSpan Span, int Type, int Modifiers)>();
        var declarations = compilation.GetDeclarations(document.Path);
        var declarationsByName = declarations.GroupBy(d => d.NameSpan).ToDictionary(g => g.Key, g => g.First());
        var fieldsByName = declarations.OfType<RecordSymbol>().SelectMany(r => r.Fields).GroupBy(f => f.NameSpan).ToDictionary(g => g.Key, g => g.First());
        var membersByName = declarations.OfType<EnumSymbol>().SelectMany(e => e.Members).GroupBy(m => m.NameSpan).ToDictionary(g => g.Key, g => g.First());

        foreach (var node in SyntaxQueries.DescendantNodes(root))
        {
            switch (node)
            {
                case DeclarationSyntax declaration when declarationsByName.TryGetValue(declaration.Name.Span, out var symbol):
                    classified.Add((declaration.Name.Span, TypeOf(symbol), Declaration | (symbol.DeprecationMessage is null ? 0 : Deprecated)));
                    break;
                case FieldDeclarationSyntax field when fieldsByName.TryGetValue(field.Name.Span, out var fieldSymbol):
                    classified.Add((field.Name.Span, Index("property"), Declaration | (fieldSymbol.DeprecationMessage is null ? 0 : Deprecated)));
                    break;
                case EnumMemberSyntax member when membersByName.TryGetValue(member.Name.Span, out var memberSymbol):
                    classified.Add((member.Name.Span, Index("enumMember"), Declaration | (memberSymbol.DeprecationMessage is null ? 0 : Deprecated)));
                    break;
                case DecoratorSyntax decorator when !decorator.Name.IsMissing:
                    classified.Add((TextSpan.FromBounds(decorator.At.Span.Start, decorator.Name.Span.End), Index("decorator"), 0));
                    break;
                case NamespaceDeclarationSyntax or UsingDirectiveSyntax:
                    var name = node is NamespaceDeclarationSyntax n ? n.Name : ((UsingDirectiveSyntax)node).Name;
                    foreach (var identifier in name.Identifiers) if (!identifier.IsMissing) classified.Add((identifier.Span, Index("namespace"), 0));
                    break;
                case SpreadSyntax spread:
                    ClassifyTypeName(spread.Name, false);
                    break;
                case NamedTypeSyntax or GenericTypeSyntax:
                    ClassifyTypeName(node is NamedTypeSyntax named ? named.Name : ((GenericTypeSyntax)node).Name, node is GenericTypeSyntax);
                    break;
                case LiteralSyntax literal when literal.Token.Kind == TokenKind.Identifier:
                    classified.Add((literal.Token.Span, Index("enumMember"), 0));
                    break;
            }
        }

        var covered = new HashSet<int>(classified.Select(c => c.Span.Start));
        foreach (var token in root.GetTokens())
        {
            if (token.IsMissing) continue;
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind is TriviaKind.LineComment or TriviaKind.BlockComment)
                    classified.Add((trivia.Span, Index("comment"), 0));
                else if (trivia.Kind == TriviaKind.DocComment)
                    classified.Add((trivia.Span, Index("comment"), Documentation));
            }
            if (covered.Contains(token.Span.Start) || token.Span.Length == 0) continue;
            int type = token.Kind switch
            {
                TokenKind.StringLiteral => Index("string"),
                TokenKind.NumberLiteral => Index("number"),
                _ when TokenFacts.IsKeyword(token.Kind) => Index("keyword"),
                TokenKind.Question or TokenKind.Equals or TokenKind.Colon => Index("operator"),
                _ => -1,
            };
            if (type >= 0) classified.Add((token.Span, type, 0));
        }

        return new SemanticTokens(Encode(document, classified));

        void ClassifyTypeName(NameSyntax name, bool generic)
        {
            if (name.IsMissing) return;
            for (int i = 0; i < name.Identifiers.Count - 1; i++) classified.Add((name.Identifiers[i].Span, Index("namespace"), 0));
            var last = name.Identifiers[^1];
            var resolved = SymbolLocator.ResolveTypeName(compilation, ns, usings, name.Text);
            if (resolved is not null)
                classified.Add((last.Span, TypeOf(resolved), resolved.DeprecationMessage is null ? 0 : Deprecated));
            else if (name.Identifiers.Count == 1 && (generic || SymbolLocator.IsPrimitive(name.Text)))
                classified.Add((last.Span, Index("type"), DefaultLibrary));
        }
    }

    private static int TypeOf(DeclarationSymbol declaration) => declaration.Kind switch
    {
        DeclarationKind.Record => Index("class"),
        DeclarationKind.Event => Index("event"),
        DeclarationKind.Enum => Index("enum"),
        _ => Index("type"),
    };

    private static int Index(string type) => Array.IndexOf(TokenTypes, type);

    /// <summary>LSP's relative encoding; a token that spans lines (a block comment) is split into one token per line.</summary>
    private static int[] Encode(WorkspaceDocument document, List<(TextSpan Span, int Type, int Modifiers)> tokens)
    {
        var lines = document.Lines;
        string text = document.Text.Text;
        var data = new List<int>(tokens.Count * 5);
        int previousLine = 0, previousCharacter = 0;
        foreach (var (span, type, modifiers) in tokens.OrderBy(t => t.Span.Start).DistinctBy(t => t.Span.Start))
        {
            int start = span.Start;
            while (start < span.End)
            {
                var position = lines.GetPosition(start);
                int lineEnd = position.Line + 1 < lines.LineCount ? lines.GetLineStart(position.Line + 1) : text.Length;
                int end = Math.Min(span.End, lineEnd);
                int length = end - start;
                while (length > 0 && (text[start + length - 1] == '\n' || text[start + length - 1] == '\r')) length--;
                if (length > 0)
                {
                    int deltaLine = position.Line - previousLine;
                    int deltaCharacter = deltaLine == 0 ? position.Character - previousCharacter : position.Character;
                    data.AddRange([deltaLine, deltaCharacter, length, type, modifiers]);
                    previousLine = position.Line;
                    previousCharacter = position.Character;
                }
                start = end;
            }
        }
        return data.ToArray();
    }
}
