using EventSchema.LanguageServer.Protocol;
using Range = EventSchema.LanguageServer.Protocol.Range;

namespace EventSchema.LanguageServer.Workspace;

/// <summary>
/// Maps offsets to LSP positions: 0-based lines split at CR, LF and CR LF only (LSP's rule, which
/// differs from the front end's 1-based line map for U+0085, U+2028 and U+2029), and UTF-16 characters,
/// which are exactly .NET string indices.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly string _text;

    public LineMap(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The offset of a position; positions past a line's end clamp to it, lines past the end to the text's end.</summary>
    public int GetOffset(Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lineStarts.Length) return _text.Length;
        int start = _lineStarts[position.Line];
        int end = GetLineEndExcludingBreak(position.Line);
        return Math.Clamp(start + Math.Max(0, position.Character), start, end);
    }

    public Position GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new Position(line, offset - _lineStarts[line]);
    }

    public Range GetRange(int start, int end) => new(GetPosition(start), GetPosition(end));

    /// <summary>The offset of the first character of a 0-based line.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    private int GetLineEndExcludingBreak(int line)
    {
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _text.Length;
        while (end > _lineStarts[line] && (_text[end - 1] == '\n' || _text[end - 1] == '\r')) end--;
        return end;
    }
}
