using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Text;

namespace EventSchema.Language.Syntax;

/// <summary>One parsed schema file: its text, its full-fidelity syntax tree, and its syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    private readonly IReadOnlyList<SyntaxToken> _tokens;

    private SyntaxTree(SourceText text, CompilationUnitSyntax root, IReadOnlyList<SyntaxToken> tokens, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        _tokens = tokens;
        Diagnostics = diagnostics;
    }

    /// <summary>The source text.</summary>
    public SourceText Text { get; }

    /// <summary>The file path.</summary>
    public string FilePath => Text.Path;

    /// <summary>The root of the tree.</summary>
    public CompilationUnitSyntax Root { get; }

    /// <summary>The lexical and syntax diagnostics of this file, ordered by position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The tokens the lexer produced, in order, ending with <see cref="TokenKind.EndOfFile"/>; missing tokens are not among them.</summary>
    public IReadOnlyList<SyntaxToken> GetTokens() => _tokens;

    /// <summary>Parses <paramref name="text"/>. Never throws for any text; problems become diagnostics.</summary>
    public static SyntaxTree Parse(SourceText text, CancellationToken cancellationToken = default)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var diagnostics = new List<Diagnostic>();
        var tokens = Lexer.Lex(text, diagnostics, cancellationToken);
        var root = Parser.Parse(text, tokens, diagnostics, cancellationToken);
        diagnostics.Sort(DiagnosticOrder.Compare);
        return new SyntaxTree(text, root, tokens, diagnostics);
    }

    /// <summary>Parses <paramref name="text"/> as the file at <paramref name="path"/>.</summary>
    public static SyntaxTree Parse(string path, string text, CancellationToken cancellationToken = default)
        => Parse(new SourceText(path, text), cancellationToken);

    /// <summary>
    /// Every token's leading trivia, text and trailing trivia, concatenated piece by piece: always equal to the
    /// source text. Built from the trivia pieces rather than the token ranges, so it also proves the trivia exact.
    /// </summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(Text.Length);
        foreach (var token in _tokens)
        {
            foreach (var trivia in token.LeadingTrivia) builder.Append(trivia.Text);
            builder.Append(token.Text);
            foreach (var trivia in token.TrailingTrivia) builder.Append(trivia.Text);
        }
        return builder.ToString();
    }
}
