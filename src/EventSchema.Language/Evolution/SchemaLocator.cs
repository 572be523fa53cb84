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

    // Declarations and fields by the start of their name, built once per file and per record: a check looks up every field.
    private readonly Dictionary<string, Dictionary<int, DeclarationSyntax>> _declarations = new(StringComparer.Ordinal);
    private readonly Dictionary<RecordDeclarationSyntax, Dictionary<int, FieldDeclarationSyntax>> _fields = new();

    public DeclarationSyntax? SyntaxOf(DeclarationSymbol declaration)
    {
        if (!_trees.TryGetValue(declaration.FilePath, out var tree)) return null;
        if (!_declarations.TryGetValue(declaration.FilePath, out var byName))
        {
            byName = new Dictionary<int, DeclarationSyntax>();
            foreach (var member in tree.Root.Members)
            {
                if (member is DeclarationSyntax syntax && !syntax.Name.IsMissing) byName[syntax.Name.Span.Start] = syntax;
            }
            _declarations[declaration.FilePath] = byName;
        }
        return byName.TryGetValue(declaration.NameSpan.Start, out var found) && found.Name.Span == declaration.NameSpan ? found : null;
    }

    public FieldDeclarationSyntax? SyntaxOf(FieldSymbol field)
    {
        if (SyntaxOf(field.ContainingRecord) is not RecordDeclarationSyntax record) return null;
        if (!_fields.TryGetValue(record, out var byName))
        {
            byName = new Dictionary<int, FieldDeclarationSyntax>();
            foreach (var member in record.Members)
            {
                if (member is FieldDeclarationSyntax syntax) byName[syntax.Name.Span.Start] = syntax;
            }
            _fields[record] = byName;
        }
        return byName.TryGetValue(field.NameSpan.Start, out var found) && found.Name.Span == field.NameSpan ? found : null;
    }

    /// <summary>
    /// The span of the field's <c>@name(…)</c>: among its own decorators, else on the innermost item type of its
    /// collection type (<c>list&lt;@maxLength(20) string&gt;</c>, a map's values), where item rules are written; null
    /// when it is written in neither place.
    /// </summary>
    public static TextSpan? FieldDecoratorSpan(FieldDeclarationSyntax field, string name)
    {
        if (DecoratorSpan(field.Decorators, name) is { } own) return own;
        var type = field.Type;
        while (type is GenericTypeSyntax { Arguments.Count: 1 or 2 } generic)
        {
            var argument = generic.Arguments[generic.Arguments.Count - 1];
            if (argument is ItemTypeSyntax item)
            {
                if (DecoratorSpan(item.Decorators, name) is { } span) return span;
                type = item.Type;
            }
            else
            {
                type = argument;
            }
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
