using System;
using System.Collections.Generic;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution;

/// <summary>Finds the syntax of declarations and fields, so a breaking change is reported at the token that changed.</summary>
internal sealed class SchemaLocator(SchemaCompilation compilation)
{
    private readonly Dictionary<string, SyntaxTree> _trees = CreateIndex(compilation);

    private static Dictionary<string, SyntaxTree> CreateIndex(SchemaCompilation compilation)
    {
        var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!trees.ContainsKey(tree.FilePath)) trees[tree.FilePath] = tree;
        }
        return trees;
    }

    public SourceText? TextOf(DeclarationSymbol declaration) => _trees.TryGetValue(declaration.FilePath, out var tree) ? tree.Text : null;

    public DeclarationSyntax? SyntaxOf(DeclarationSymbol declaration)
    {
        if (!_trees.TryGetValue(declaration.FilePath, out var tree)) return null;
        foreach (var member in tree.Root.Members)
        {
            if (member is DeclarationSyntax syntax && syntax.Name.Span == declaration.NameSpan) return syntax;
        }
        return null;
    }

    public FieldDeclarationSyntax? SyntaxOf(FieldSymbol field)
    {
        if (SyntaxOf(field.ContainingRecord) is not RecordDeclarationSyntax record) return null;
        foreach (var member in record.Members)
        {
            if (member is FieldDeclarationSyntax syntax && syntax.Name.Span == field.NameSpan) return syntax;
        }
        return null;
    }

    /// <summary>The span of <c>@name(…)</c> among <paramref name="decorators"/>; null when it is not written.</summary>
    public static TextSpan? DecoratorSpan(IReadOnlyList<DecoratorSyntax> decorators, string name)
    {
        foreach (var decorator in decorators)
        {
            if (!decorator.Name.IsMissing && decorator.Name.Text == name) return decorator.Span;
        }
        return null;
    }
}
