using System;
using System.Collections.Generic;
using System.Threading;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language;

/// <summary>
/// Every schema file of a project, parsed and bound together: names resolve across files, and every
/// problem is a <see cref="Diagnostic"/>. No input text makes it throw; only cancellation does.
/// </summary>
public sealed class SchemaCompilation
{
    /// <summary>Parses and binds <paramref name="sources"/>.</summary>
    public static SchemaCompilation Create(IEnumerable<SourceText> sources, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>Binds already parsed <paramref name="syntaxTrees"/>, so a host can reuse the trees of unchanged files.</summary>
    public static SchemaCompilation Create(IEnumerable<SyntaxTree> syntaxTrees, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>The parsed files, ordered by path (ordinal).</summary>
    public IReadOnlyList<SyntaxTree> SyntaxTrees => throw new NotImplementedException();

    /// <summary>Every declaration, ordered by file path (ordinal), then position.</summary>
    public IReadOnlyList<DeclarationSymbol> Declarations => throw new NotImplementedException();

    /// <summary>Every syntax and semantic diagnostic, ordered by file path (ordinal), then span start, then code.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => throw new NotImplementedException();

    /// <summary>The declarations of one file, in source order.</summary>
    public IReadOnlyList<DeclarationSymbol> GetDeclarations(string filePath) => throw new NotImplementedException();

    /// <summary>The diagnostics located in one file.</summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics(string filePath) => throw new NotImplementedException();

    /// <summary>The declaration with the given full name, such as <c>Diplomacy.Official</c>; null when there is none.</summary>
    public DeclarationSymbol? GetDeclaration(string fullName) => throw new NotImplementedException();
}
