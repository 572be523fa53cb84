using EventSchema.Language;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>Answers "what does the name at this position mean?" from the syntax tree and the bound symbols.</summary>
internal static class SymbolLocator
{
    public static SymbolTarget? Locate(SchemaCompilation compilation, WorkspaceDocument document, int offset)
    {
        var root = document.Tree.Root;
        var token = SyntaxQueries.FindToken(root, offset);
        if (token is { Kind: TokenKind.StringLiteral })
        {
            // A field named in a @summary hole.
            var hole = SummaryHoles.Find(compilation, document.Path, root).FirstOrDefault(s => s.Span.Start <= offset && offset <= s.Span.End && token.Span.Contains(s.Span));
            // A hole may name a field that came with a spread: the target is the field as declared.
            return hole is null ? null : new FieldTarget(hole.Field.Origin, hole.Span);
        }
        if (token is null || token.Kind != TokenKind.Identifier) return null;
        var ancestors = SyntaxQueries.GetAncestors(root, token);
        if (ancestors.Count == 0) return null;
        var parent = ancestors[^1];

        switch (parent)
        {
            case DeclarationSyntax declaration when ReferenceEquals(declaration.Name, token):
                var declared = compilation.GetDeclarations(document.Path).FirstOrDefault(d => d.NameSpan == token.Span);
                return declared is null ? null : new DeclarationTarget(declared, token.Span, IsDeclaration: true);
            case FieldDeclarationSyntax field when ReferenceEquals(field.Name, token):
                var fieldSymbol = FindField(compilation, document.Path, token.Span);
                return fieldSymbol is null ? null : new FieldTarget(fieldSymbol, token.Span);
            case EnumMemberSyntax member when ReferenceEquals(member.Name, token):
                var memberSymbol = compilation.GetDeclarations(document.Path).OfType<EnumSymbol>()
                    .SelectMany(e => e.Members).FirstOrDefault(m => m.NameSpan == token.Span);
                return memberSymbol is null ? null : new EnumMemberTarget(memberSymbol, token.Span, IsDeclaration: true);
            case DecoratorSyntax decorator when ReferenceEquals(decorator.Name, token):
                return new DecoratorTarget(token.Text, TextSpan.FromBounds(decorator.At.Span.Start, token.Span.End));
            case LiteralSyntax literal when ancestors.Count >= 3 && ancestors[^2] is DefaultValueSyntax && ancestors[^3] is FieldDeclarationSyntax owner:
                var ownerField = FindField(compilation, document.Path, owner.Name.Span);
                if (ownerField?.Default?.Value is EnumMemberSymbol value) return new EnumMemberTarget(value, literal.Span, IsDeclaration: false);
                return null;
            case NameSyntax name:
                return LocateName(compilation, root, ancestors, name, token);
            default:
                return null;
        }
    }

    /// <summary>The declaration a type name written in <paramref name="root"/> resolves to, following the language's lookup rules.</summary>
    public static DeclarationSymbol? ResolveTypeName(SchemaCompilation compilation, CompilationUnitSyntax root, string name)
    {
        var (ns, usings) = SyntaxQueries.GetScope(root);
        return ResolveTypeName(compilation, ns, usings, name);
    }

    public static DeclarationSymbol? ResolveTypeName(SchemaCompilation compilation, string ns, IReadOnlyList<string> usings, string name)
    {
        if (ns.Length > 0 && compilation.GetDeclaration(ns + "." + name) is { } local) return local;
        foreach (string used in usings)
        {
            if (compilation.GetDeclaration(used + "." + name) is { } imported) return imported;
        }
        return compilation.GetDeclaration(name);
    }

    public static FieldSymbol? FindField(SchemaCompilation compilation, string path, TextSpan nameSpan)
        => compilation.GetDeclarations(path).OfType<RecordSymbol>().SelectMany(r => r.Fields).FirstOrDefault(f => f.NameSpan == nameSpan);

    private static SymbolTarget? LocateName(SchemaCompilation compilation, CompilationUnitSyntax root, IReadOnlyList<SyntaxNode> ancestors, NameSyntax name, SyntaxToken token)
    {
        var owner = ancestors.Count >= 2 ? ancestors[^2] : null;
        int index = IndexOf(name.Identifiers, token);
        string upToToken = string.Join(".", name.Identifiers.Take(index + 1).Select(t => t.Text));
        switch (owner)
        {
            case NamespaceDeclarationSyntax or UsingDirectiveSyntax:
                return new NamespaceTarget(upToToken, TextSpan.FromBounds(name.Span.Start, token.Span.End));
            case NamedTypeSyntax or GenericTypeSyntax or SpreadSyntax:
                if (owner is GenericTypeSyntax && BuiltInType.Find(name.Text) is { IsCollection: true }) return new BuiltInTypeTarget(name.Text, token.Span);
                if (name.Identifiers.Count == 1 && IsPrimitive(name.Text) && ResolveTypeName(compilation, root, name.Text) is null)
                    return new BuiltInTypeTarget(name.Text, token.Span);
                if (index < name.Identifiers.Count - 1)
                    return new NamespaceTarget(upToToken, TextSpan.FromBounds(name.Span.Start, token.Span.End));
                var declaration = ResolveTypeName(compilation, root, name.Text);
                return declaration is null
                    ? new UnresolvedTypeTarget(name.Text, name.Span)
                    : new DeclarationTarget(declaration, token.Span, IsDeclaration: false);
            default:
                return null;
        }
    }

    public static bool IsPrimitive(string name) => BuiltInType.Find(name) is { IsCollection: false };

    private static int IndexOf(IReadOnlyList<SyntaxToken> tokens, SyntaxToken token)
    {
        for (int i = 0; i < tokens.Count; i++) if (ReferenceEquals(tokens[i], token)) return i;
        return tokens.Count - 1;
    }
}
