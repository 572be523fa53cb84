using System.Text;
using EventSchema.Language.Syntax;

namespace EventSchema.Language.Formatting;

/// <summary>
/// Writes tokens with the separators the layout asks for, and every comment of their trivia: a comment
/// that stood on its own line keeps its own line, one that followed code on a line stays after it.
/// </summary>
internal sealed class FormattedWriter(string indent, string newLine)
{
    private readonly StringBuilder _output = new();
    private readonly string _indent = indent;
    private readonly string _newLine = newLine;
    private FormattedSeparator _pending = FormattedSeparator.None;
    private bool _lineBreakForced;
    private bool _atStart = true;

    /// <summary>The current indentation level.</summary>
    public int Depth { get; set; }

    /// <summary>
    /// Writes <paramref name="token"/> and its comments, separated from what came before by <paramref name="separator"/>.
    /// <paramref name="previousEndedLine"/> says whether a line break followed the previous token; <paramref name="blankLinesAllowed"/>
    /// whether an empty line the author left before a comment may stay; <paramref name="commentDepth"/> is the indentation of the
    /// comments before the token when it differs from the token's: those before a closing brace belong to the block.
    /// </summary>
    public void WriteToken(SyntaxToken token, FormattedSeparator separator, bool previousEndedLine, bool blankLinesAllowed = true, int? commentDepth = null, string? text = null)
    {
        Request(separator);
        int depth = Depth;
        Depth = commentDepth ?? depth;
        WriteLeadingComments(token, previousEndedLine, blankLinesAllowed);
        Depth = depth;
        Emit(text ?? token.Text);
        WriteTrailingComments(token);
    }

    /// <summary>Writes the comments before the end of the file and closes the text with one line break.</summary>
    public string Finish(SyntaxToken endOfFile, bool previousEndedLine)
    {
        Request(FormattedSeparator.NewLine);
        WriteLeadingComments(endOfFile, previousEndedLine, blankLinesAllowed: true);
        if (!_atStart) _output.Append(_newLine);
        return _output.ToString();
    }

    private void WriteLeadingComments(SyntaxToken token, bool previousEndedLine, bool blankLinesAllowed)
    {
        int lineBreaks = previousEndedLine ? 1 : 0;
        bool wroteComment = false;
        foreach (var trivia in token.LeadingTrivia)
        {
            switch (trivia.Kind)
            {
                case TriviaKind.EndOfLine:
                    lineBreaks++;
                    break;
                case TriviaKind.Whitespace:
                    break;
                default:
                    if (lineBreaks > 0 || _atStart)
                        Request(lineBreaks >= 2 && (blankLinesAllowed || wroteComment) && !_atStart ? FormattedSeparator.BlankLine : FormattedSeparator.NewLine);
                    else
                        Request(FormattedSeparator.Space);
                    Emit(CommentText(trivia));
                    if (trivia.Kind != TriviaKind.BlockComment) ForceLineBreak();
                    else Request(FormattedSeparator.Space);
                    lineBreaks = 0;
                    wroteComment = true;
                    break;
            }
        }
        if (!wroteComment) return;
        if (lineBreaks >= 2) Request(FormattedSeparator.BlankLine);
        else if (lineBreaks > 0) ForceLineBreak();
    }

    private void WriteTrailingComments(SyntaxToken token)
    {
        foreach (var trivia in token.TrailingTrivia)
        {
            if (trivia.Kind is TriviaKind.Whitespace or TriviaKind.EndOfLine) continue;
            Request(FormattedSeparator.Space);
            Emit(CommentText(trivia));
            if (trivia.Kind != TriviaKind.BlockComment) ForceLineBreak();
        }
    }

    private static string CommentText(SyntaxTrivia trivia)
        => trivia.Kind == TriviaKind.BlockComment ? trivia.Text : trivia.Text.TrimEnd();

    private void ForceLineBreak()
    {
        _lineBreakForced = true;
        Request(FormattedSeparator.NewLine);
    }

    private void Request(FormattedSeparator separator)
    {
        if (separator > _pending) _pending = separator;
    }

    private void Emit(string text)
    {
        if (text.Length == 0) return;
        if (!_atStart)
        {
            var separator = _pending;
            if (_lineBreakForced && separator < FormattedSeparator.NewLine) separator = FormattedSeparator.NewLine;
            switch (separator)
            {
                case FormattedSeparator.Space:
                    _output.Append(' ');
                    break;
                case FormattedSeparator.NewLine:
                case FormattedSeparator.BlankLine:
                    _output.Append(_newLine);
                    if (separator == FormattedSeparator.BlankLine) _output.Append(_newLine);
                    for (int i = 0; i < Depth; i++) _output.Append(_indent);
                    break;
            }
        }
        _output.Append(text);
        _atStart = false;
        _pending = FormattedSeparator.None;
        _lineBreakForced = false;
    }
}
