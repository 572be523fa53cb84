using System;
using System.Collections.Generic;
using System.Threading;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Syntax;

/// <summary>One parsed schema file: its text, its full-fidelity syntax tree, and its syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text) => Text = text;

    /// <summary>The source text.</summary>
    public SourceText Text { get; }

    /// <summary>The file path.</summary>
    public string FilePath => Text.Path;

    /// <summary>The lexical and syntax diagnostics of this file.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => throw new NotImplementedException();

    /// <summary>Parses <paramref name="text"/>. Never throws for any text; problems become diagnostics.</summary>
    public static SyntaxTree Parse(SourceText text, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();
}
