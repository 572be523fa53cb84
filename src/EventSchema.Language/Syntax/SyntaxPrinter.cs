using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EventSchema.Language.Text;

namespace EventSchema.Language.Syntax;

/// <summary>Writes tokens and trees as stable, readable text, for baselines and debugging.</summary>
public static class SyntaxPrinter
{
    /// <summary>One line per token with its position and text, and one indented line per trivia.</summary>
    public static string PrintTokens(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        foreach (var token in tree.GetTokens())
        {
            foreach (var trivia in token.LeadingTrivia) AppendTrivia(builder, tree.Text, "leading", trivia);
            var position = tree.Text.GetLinePosition(token.Span.Start);
            builder.Append(position.Line.ToString(CultureInfo.InvariantCulture)).Append(':')
                .Append(position.Column.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(token.Kind.ToString());
            if (token.Text.Length > 0) builder.Append(' ').Append(Escape(token.Text));
            builder.Append('\n');
            foreach (var trivia in token.TrailingTrivia) AppendTrivia(builder, tree.Text, "trailing", trivia);
        }
        return builder.ToString();
    }

    private static void AppendTrivia(StringBuilder builder, SourceText text, string side, SyntaxTrivia trivia)
    {
        var position = text.GetLinePosition(trivia.Span.Start);
        builder.Append("    ").Append(side).Append(' ')
            .Append(position.Line.ToString(CultureInfo.InvariantCulture)).Append(':')
            .Append(position.Column.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(trivia.Kind.ToString()).Append(' ').Append(Escape(trivia.Text)).Append('\n');
    }

    /// <summary>The tree, one element per line, indented by depth; tokens show their text and position, missing tokens say so.</summary>
    public static string PrintTree(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        Print(builder, tree.Text, tree.Root, 0);
        return builder.ToString();
    }

    private static void Print(StringBuilder builder, SourceText text, SyntaxElement element, int depth)
    {
        builder.Append(' ', depth * 2);
        if (element is SyntaxToken token)
        {
            builder.Append(token.Kind.ToString());
            if (token.IsMissing) builder.Append(" <missing>");
            else if (token.Text.Length > 0) builder.Append(' ').Append(Escape(token.Text));
            AppendPosition(builder, text, token.Span);
            builder.Append('\n');
            return;
        }
        var node = (SyntaxNode)element;
        string name = node.GetType().Name;
        if (name.EndsWith("Syntax", System.StringComparison.Ordinal)) name = name.Substring(0, name.Length - "Syntax".Length);
        builder.Append(name);
        AppendPosition(builder, text, node.Span);
        builder.Append('\n');
        foreach (var child in node.GetChildren()) Print(builder, text, child, depth + 1);
    }

    private static void AppendPosition(StringBuilder builder, SourceText text, TextSpan span)
    {
        var start = text.GetLinePosition(span.Start);
        var end = text.GetLinePosition(span.End);
        builder.Append(" (").Append(start.ToString()).Append('-').Append(end.ToString()).Append(')');
    }

    /// <summary>Quotes text, escaping quotes, backslashes, control characters and everything outside printable ASCII.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        Text.StringEscaper.AppendQuoted(builder, text, asciiOnly: true);
        return builder.ToString();
    }
}
