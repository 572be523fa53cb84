using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary>Where the trivia scanner reports problems while lexing; nothing is reported when trivia is re-read later.</summary>
internal interface ITriviaProblems
{
    void BidirectionalControl(int position);

    void Invisible(int position);

    void UnterminatedComment(int start);
}

/// <summary>
/// Scans whitespace, line breaks and comments. The lexer uses it to skip trivia (and report hidden characters);
/// tokens use it again to materialise their trivia only when someone asks, so lexing allocates no trivia lists.
/// </summary>
internal static class TriviaScanner
{
    /// <summary>
    /// Scans trivia from <paramref name="position"/> and returns where it ends. Leading trivia runs up to the
    /// next token; trailing trivia stops after the first line break.
    /// </summary>
    public static int Scan(string text, int position, bool trailing, List<SyntaxTrivia>? into, ITriviaProblems? problems)
    {
        while (position < text.Length)
        {
            int start = position;
            char c = text[start];
            if (CharacterFacts.IsWhitespace(c) || CharacterFacts.IsInvisible(c) || CharacterFacts.IsBidirectionalControl(c))
            {
                while (position < text.Length)
                {
                    char w = text[position];
                    if (CharacterFacts.IsWhitespace(w) || (w == '\uFEFF' && position == 0)) { position++; continue; }
                    if (CharacterFacts.IsBidirectionalControl(w)) { problems?.BidirectionalControl(position); position++; continue; }
                    if (CharacterFacts.IsInvisible(w)) { problems?.Invisible(position); position++; continue; }
                    break;
                }
                into?.Add(new SyntaxTrivia(TriviaKind.Whitespace, text, start, position - start));
            }
            else if (CharacterFacts.IsLineBreak(c))
            {
                position++;
                if (c == '\r' && position < text.Length && text[position] == '\n') position++;
                into?.Add(new SyntaxTrivia(TriviaKind.EndOfLine, text, start, position - start));
                if (trailing) break;
            }
            else if (c == '/' && start + 1 < text.Length && text[start + 1] == '/')
            {
                bool isDoc = start + 2 < text.Length && text[start + 2] == '/' && !(start + 3 < text.Length && text[start + 3] == '/');
                position += 2;
                while (position < text.Length && !CharacterFacts.IsLineBreak(text[position]))
                {
                    if (problems is not null && text[position] >= '\u061C' && CharacterFacts.IsBidirectionalControl(text[position])) problems.BidirectionalControl(position);
                    position++;
                }
                into?.Add(new SyntaxTrivia(isDoc ? TriviaKind.DocComment : TriviaKind.LineComment, text, start, position - start));
            }
            else if (c == '/' && start + 1 < text.Length && text[start + 1] == '*')
            {
                position += 2;
                bool closed = false;
                while (position < text.Length)
                {
                    if (text[position] == '*' && position + 1 < text.Length && text[position + 1] == '/')
                    {
                        position += 2;
                        closed = true;
                        break;
                    }
                    if (problems is not null && text[position] >= '\u061C' && CharacterFacts.IsBidirectionalControl(text[position])) problems.BidirectionalControl(position);
                    position++;
                }
                if (!closed) problems?.UnterminatedComment(start);
                into?.Add(new SyntaxTrivia(TriviaKind.BlockComment, text, start, position - start));
            }
            else
            {
                break;
            }
        }
        return position;
    }

    [System.ThreadStatic]
    private static List<SyntaxTrivia>? s_buffer;

    /// <summary>
    /// The leading trivia between <paramref name="start"/> and <paramref name="end"/> in a reused per-thread list,
    /// for callers inside the front end that only read it before the next call.
    /// </summary>
    public static List<SyntaxTrivia> ScanIntoBuffer(string text, int start, int end)
    {
        var buffer = s_buffer ??= new List<SyntaxTrivia>();
        buffer.Clear();
        if (start < end) Scan(text, start, trailing: false, buffer, problems: null);
        return buffer;
    }

    /// <summary>The trivia between <paramref name="start"/> and <paramref name="end"/>, which the lexer found to be trivia.</summary>
    public static SyntaxTrivia[] Materialize(string text, int start, int end, bool trailing)
    {
        if (start >= end) return SyntaxToken.NoTrivia;
        var list = new List<SyntaxTrivia>(2);
        Scan(text, start, trailing, list, problems: null);
        return list.ToArray();
    }
}
