using System;

namespace EventSchema.Language.Text;

/// <summary>
/// The text of one schema file with its path and a map from offsets to lines. Lines end at
/// CR, LF, CR LF, U+0085, U+2028 or U+2029, the same breaks Roslyn counts (an editor speaking the
/// Language Server Protocol counts fewer: see <see cref="EditorLines"/>).
/// </summary>
public sealed class SourceText
{
    private readonly LineStarts _lines;
    private LineStarts? _editorLines;

    /// <summary>Creates a source text for the file at <paramref name="path"/>.</summary>
    public SourceText(string path, string text)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        _lines = LineStarts.ForCompilers(text);
    }

    /// <summary>The file path, as given by the caller (the build passes the full path).</summary>
    public string Path { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines; an empty text has one line.</summary>
    public int LineCount => _lines.LineCount;

    /// <summary>The offset of the first character of the 0-based line <paramref name="lineIndex"/>.</summary>
    public int GetLineStart(int lineIndex) => _lines.GetLineStart(lineIndex);

    /// <summary>The lines as an editor speaking the Language Server Protocol counts them (CR, LF and CR LF only).</summary>
    internal LineStarts EditorLines => _editorLines ??= LineStarts.ForEditors(Text);

    /// <summary>The 1-based line and column of <paramref name="offset"/>; offsets past the end map to the end.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        var (line, column) = _lines.GetLineAndColumn(offset);
        return new LinePosition(line + 1, column + 1);
    }

    /// <summary>The offset of a 1-based line and column; a column past the line's end clamps to it, a line outside the text to the text's start or end.</summary>
    public int GetOffset(LinePosition position) => _lines.GetOffset(position.Line - 1, position.Column - 1);

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <inheritdoc />
    public override string ToString() => Text;
}
