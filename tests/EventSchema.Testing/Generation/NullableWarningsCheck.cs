using Microsoft.CodeAnalysis;

namespace EventSchema.Testing.Generation;

/// <summary>
/// Generated files turn nullable warnings off so consumers' builds skip the flow analysis of generated bodies; the
/// tests turn them back on, so a nullability mistake in the emitted code still fails here.
/// </summary>
public static class NullableWarningsCheck
{
    /// <summary>The directive generated files carry after <c>#nullable enable annotations</c>.</summary>
    public const string GeneratedDirective = "#nullable disable warnings";

    /// <summary>
    /// <paramref name="compilation"/> with every tree that carries <see cref="GeneratedDirective"/> reparsed with
    /// nullable warnings enabled instead; other trees are kept as they are.
    /// </summary>
    public static Compilation WithWarningsEnabled(Compilation compilation, CancellationToken cancellationToken = default)
    {
        var result = compilation;
        foreach (var tree in compilation.SyntaxTrees)
        {
            string text = tree.GetText(cancellationToken).ToString();
            if (!text.Contains(GeneratedDirective, StringComparison.Ordinal)) continue;
            string strict = text.Replace(GeneratedDirective, "#nullable enable warnings", StringComparison.Ordinal);
            result = result.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(strict, tree.Encoding)));
        }
        return result;
    }

    /// <summary>Errors and warnings of <paramref name="compilation"/> with nullable warnings on in its generated files.</summary>
    public static IReadOnlyList<Diagnostic> Problems(Compilation compilation, CancellationToken cancellationToken = default)
        => WithWarningsEnabled(compilation, cancellationToken).GetDiagnostics(cancellationToken)
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToList();
}
