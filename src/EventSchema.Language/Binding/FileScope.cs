using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Binding;

/// <summary>What one file sees: its namespace, its <c>using</c> directives, and its declarations.</summary>
internal sealed class FileScope
{
    public FileScope(SyntaxTree tree, List<Diagnostic> diagnostics, Dictionary<string, DecoratorBinder.PatternCheck> patternCache)
    {
        Tree = tree;
        // At most one declaration per top-level member, so the list never grows.
        Declarations = new List<(DeclarationSyntax Syntax, DeclarationSymbol Symbol)>(tree.Root.Members.Count);
        Decorators = new DecoratorBinder(tree.Text, diagnostics, patternCache);
        Defaults = new DefaultValueBinder(tree.Text, diagnostics);
        Summaries = new SummaryBinder(tree.Text, diagnostics);
        History = new Evolution.HistoryBinder(tree.Text, diagnostics);
    }

    public SyntaxTree Tree { get; }

    public string Namespace { get; set; } = string.Empty;

    public List<UsingDirectiveSyntax> Usings { get; } = new();

    /// <summary>Namespaces imported by <c>using</c> that some file declares.</summary>
    public List<string> ImportedNamespaces { get; } = new();

    /// <summary>Whether a <c>using</c> names a namespace of a referenced assembly this version cannot read (already reported).</summary>
    public bool HasUnreadableImport { get; set; }

    public List<(DeclarationSyntax Syntax, DeclarationSymbol Symbol)> Declarations { get; }

    public DecoratorBinder Decorators { get; }

    public DefaultValueBinder Defaults { get; }

    public SummaryBinder Summaries { get; }

    public Evolution.HistoryBinder History { get; }
}

/// <summary>The outcome of looking up one written type name.</summary>
internal sealed class TypeResolution
{
    public DeclarationSymbol? Symbol { get; init; }

    public IReadOnlyList<string>? Ambiguous { get; init; }

    public string? Suggestion { get; init; }
}
