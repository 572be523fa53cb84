using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EventSchema.Language;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Fuzzing;

/// <summary>An input made the front end break one of its promises.</summary>
public sealed class InvariantViolationException(string message) : Exception(message);

/// <summary>
/// What the front end promises for any text at all, checked on one input: nothing but cancellation
/// escapes; the tokens and trivia reproduce the text exactly; every diagnostic is located inside the
/// file it names, with line/column that agree with its span; and recovered syntax never goes unreported.
/// Shared by the fuzzing entry point and the mutation tests, so both hold the front end to the same rules.
/// </summary>
public static class FrontEndInvariants
{
    private static readonly HashSet<string> KnownCodes = new(DiagnosticCatalog.All.Select(definition => definition.Code), StringComparer.Ordinal);

    /// <summary>Parses and binds <paramref name="mutated"/> together with <paramref name="companions"/>; throws <see cref="InvariantViolationException"/> on a broken promise.</summary>
    public static SchemaCompilation Check(SourceText mutated, IReadOnlyList<SourceText> companions, CancellationToken cancellationToken = default)
    {
        var tree = SyntaxTree.Parse(mutated, cancellationToken);
        CheckTree(tree);

        var trees = new List<SyntaxTree>(companions.Count + 1) { tree };
        foreach (var companion in companions) trees.Add(SyntaxTree.Parse(companion, cancellationToken));
        var compilation = SchemaCompilation.Create(trees, cancellationToken);

        var texts = trees.ToDictionary(t => t.FilePath, t => t.Text, StringComparer.Ordinal);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            if (!texts.TryGetValue(diagnostic.FilePath, out var text))
            {
                throw new InvariantViolationException($"diagnostic names a file that is not in the compilation: {diagnostic}");
            }
            CheckLocated(diagnostic, text);
        }

        // A file whose syntax was recovered must say so with an error located in that file.
        bool treeHasErrors = tree.Diagnostics.Any(d => d.IsError);
        if (!treeHasErrors && !compilation.GetDiagnostics(mutated.Path).Any(d => d.IsError) && HasRecoveredSyntax(tree))
        {
            throw new InvariantViolationException("the parser recovered from missing, bad or skipped tokens but reported no error");
        }
        return compilation;
    }

    /// <summary>The lexer round trip and token order, for one tree.</summary>
    public static void CheckTree(SyntaxTree tree)
    {
        string text = tree.Text.Text;
        string full = tree.ToFullString();
        if (!string.Equals(full, text, StringComparison.Ordinal))
        {
            throw new InvariantViolationException($"the lexer's tokens do not reproduce the text (first difference at offset {FirstDifference(full, text)})");
        }

        string fromNodes = string.Concat(tree.Root.GetTokens().Select(token => token.ToFullString()));
        if (!string.Equals(fromNodes, text, StringComparison.Ordinal))
        {
            throw new InvariantViolationException($"the syntax tree's tokens do not reproduce the text (first difference at offset {FirstDifference(fromNodes, text)})");
        }

        int previousEnd = 0;
        foreach (var token in tree.GetTokens())
        {
            if (token.FullSpan.Start != previousEnd) throw new InvariantViolationException($"token '{token.Kind}' starts at {token.FullSpan.Start}, not where the previous one ended ({previousEnd})");
            if (token.Span.Start < token.FullSpan.Start || token.Span.End > token.FullSpan.End) throw new InvariantViolationException($"token '{token.Kind}' has its span outside its full span");
            previousEnd = token.FullSpan.End;
        }
        if (previousEnd != text.Length) throw new InvariantViolationException($"tokens end at {previousEnd}, the text at {text.Length}");

        foreach (var diagnostic in tree.Diagnostics)
        {
            if (!string.Equals(diagnostic.FilePath, tree.FilePath, StringComparison.Ordinal)) throw new InvariantViolationException($"syntax diagnostic names another file: {diagnostic}");
            CheckLocated(diagnostic, tree.Text);
        }
    }

    private static void CheckLocated(Diagnostic diagnostic, SourceText text)
    {
        if (!KnownCodes.Contains(diagnostic.Code)) throw new InvariantViolationException($"diagnostic code is not in the catalog: {diagnostic}");
        if (string.IsNullOrWhiteSpace(diagnostic.Message)) throw new InvariantViolationException($"diagnostic without a message: {diagnostic.Code}");
        var span = diagnostic.Span;
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            throw new InvariantViolationException($"diagnostic span {span.Start}+{span.Length} is outside the file (length {text.Length}): {diagnostic}");
        }
        if (diagnostic.Start != text.GetLinePosition(span.Start) || diagnostic.End != text.GetLinePosition(span.End))
        {
            throw new InvariantViolationException($"diagnostic line/column ({diagnostic.Start.Line},{diagnostic.Start.Column})-({diagnostic.End.Line},{diagnostic.End.Column}) disagree with its span {span.Start}+{span.Length}: {diagnostic}");
        }
    }

    private static bool HasRecoveredSyntax(SyntaxTree tree)
    {
        foreach (var token in tree.GetTokens())
        {
            if (token.Kind == TokenKind.BadToken) return true;
        }
        return HasRecoveredSyntax(tree.Root);
    }

    private static bool HasRecoveredSyntax(SyntaxNode node)
    {
        if (node is SkippedTokensSyntax) return true;
        foreach (var child in node.GetChildren())
        {
            switch (child)
            {
                case SyntaxToken { IsMissing: true }:
                    return true;
                case SyntaxNode inner when HasRecoveredSyntax(inner):
                    return true;
            }
        }
        return false;
    }

    private static int FirstDifference(string a, string b)
    {
        int length = Math.Min(a.Length, b.Length);
        for (int i = 0; i < length; i++)
        {
            if (a[i] != b[i]) return i;
        }
        return length;
    }
}
