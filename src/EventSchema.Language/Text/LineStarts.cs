using System;
using System.Collections.Generic;

namespace EventSchema.Language.Text;

/// <summary>
/// Where the lines of a text start under one rule of what ends a line, and offsets mapped to 0-based lines and
/// UTF-16 columns (the code units .NET strings index, and the Language Server Protocol's default) and back.
/// </summary>
/// <remarks>
/// Two rules, one algorithm: <see cref="SourceText"/> ends lines at CR, LF, CR LF, U+0085, U+2028 and U+2029, as Roslyn
/// and build logs count them; an editor speaking the Language Server Protocol ends them at CR, LF and CR LF only, so
/// the language server maps its positions with <see cref="ForEditors"/>.
/// </remarks>
internal sealed class LineStarts
{
    private readonly int[] _starts;
    private readonly string _text;

    private LineStarts(string text, bool unicodeSeparators)
    {
        _text = text;
        var starts = s_buffer ?? new List<int>(256);
        s_buffer = null; // a re-entrant call gets its own list
        starts.Clear();
        starts.Add(0);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n' || (unicodeSeparators && (c == '\u0085' || c == '\u2028' || c == '\u2029')))
            {
                starts.Add(i + 1);
            }
        }
        _starts = starts.ToArray();
        starts.Clear();
        if (starts.Capacity <= MaxPooledLineStarts) s_buffer = starts;
    }

    // Line starts collect in a reused per-thread list and are copied out once, at their exact count.
    [ThreadStatic]
    private static List<int>? s_buffer;

    private const int MaxPooledLineStarts = 1 << 16;

    /// <summary>Lines as Roslyn and build logs count them.</summary>
    public static LineStarts ForCompilers(string text) => new(text, unicodeSeparators: true);

    /// <summary>Lines as the Language Server Protocol counts them: CR, LF and CR LF end a line, nothing else does.</summary>
    public static LineStarts ForEditors(string text) => new(text, unicodeSeparators: false);

    /// <summary>The number of lines; an empty text has one line.</summary>
    public int LineCount => _starts.Length;

    /// <summary>The offset of the first character of a 0-based line, clamped to the lines there are.</summary>
    public int GetLineStart(int line) => _starts[Math.Max(0, Math.Min(line, _starts.Length - 1))];

    /// <summary>The 0-based line of <paramref name="offset"/>; offsets outside the text map to its first or last line.</summary>
    public int GetLineIndex(int offset)
    {
        offset = Clamp(offset);
        int line = Array.BinarySearch(_starts, offset);
        return line < 0 ? ~line - 1 : line;
    }

    /// <summary>The 0-based line and column of <paramref name="offset"/>; offsets outside the text map to its start or end.</summary>
    public (int Line, int Column) GetLineAndColumn(int offset)
    {
        offset = Clamp(offset);
        int line = GetLineIndex(offset);
        return (line, offset - _starts[line]);
    }

    /// <summary>
    /// The offset of a 0-based line and column. A column past the line's end clamps to it (its line break excluded), a
    /// line before the first to the text's start, a line past the last to the text's end.
    /// </summary>
    public int GetOffset(int line, int column)
    {
        if (line < 0) return 0;
        if (line >= _starts.Length) return _text.Length;
        int start = _starts[line];
        return Math.Min(start + Math.Max(0, column), GetLineEnd(line));
    }

    /// <summary>Where a 0-based line's text ends, before its line break.</summary>
    public int GetLineEnd(int line)
    {
        if (line + 1 >= _starts.Length) return _text.Length;
        // Every line but the last ends in exactly one break: CR LF, or one character.
        int next = _starts[line + 1];
        bool crLf = next - 2 >= _starts[line] && _text[next - 2] == '\r' && _text[next - 1] == '\n';
        return next - (crLf ? 2 : 1);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _text.Length ? _text.Length : offset;
}
