using System;
using System.Collections.Generic;

namespace EventSchema.Language.Text;

/// <summary>
/// The text of one schema file with its path and a map from offsets to lines. Lines end at
/// CR, LF, CR LF, U+0085, U+2028 or U+2029, the same breaks Roslyn and editors count.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Creates a source text for the file at <paramref name="path"/>.</summary>
    public SourceText(string path, string text)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The file path, as given by the caller (the build passes the full path).</summary>
    public string Path { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines; an empty text has one line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The offset of the first character of the 0-based line <paramref name="lineIndex"/>.</summary>
    public int GetLineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>The 1-based line and column of <paramref name="offset"/>; offsets past the end map to the end.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        if (offset < 0) offset = 0;
        if (offset > Text.Length) offset = Text.Length;
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return new LinePosition(index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The offset of a 1-based line and column, clamped to the text.</summary>
    public int GetOffset(LinePosition position)
    {
        int lineIndex = Math.Max(0, Math.Min(position.Line - 1, _lineStarts.Length - 1));
        int offset = _lineStarts[lineIndex] + Math.Max(0, position.Column - 1);
        return Math.Min(offset, Text.Length);
    }

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <inheritdoc />
    public override string ToString() => Text;

    // Line starts collect in a reused per-thread list and are copied out once, at their exact count.
    [ThreadStatic]
    private static List<int>? s_lineStartBuffer;

    private const int MaxPooledLineStarts = 1 << 16;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = s_lineStartBuffer ?? new List<int>(256);
        s_lineStartBuffer = null; // a re-entrant call gets its own list
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
            else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                starts.Add(i + 1);
            }
        }
        var lineStarts = starts.ToArray();
        starts.Clear();
        if (starts.Capacity <= MaxPooledLineStarts) s_lineStartBuffer = starts;
        return lineStarts;
    }
}
