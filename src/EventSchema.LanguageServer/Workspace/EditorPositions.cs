using EventSchema.Language.Text;
using EventSchema.LanguageServer.Protocol;
using Range = EventSchema.LanguageServer.Protocol.Range;

namespace EventSchema.LanguageServer.Workspace;

/// <summary>
/// Offsets to protocol positions and back, on the front end's lines as the protocol counts them
/// (<see cref="LineStarts.ForEditors"/>); characters are UTF-16 code units, which are exactly .NET string indices.
/// </summary>
internal static class EditorPositions
{
    /// <summary>The offset of a position; positions past a line's end clamp to it, lines past the end to the text's end.</summary>
    public static int GetOffset(this LineStarts lines, Position position) => lines.GetOffset(position.Line, position.Character);

    public static Position GetPosition(this LineStarts lines, int offset)
    {
        var (line, column) = lines.GetLineAndColumn(offset);
        return new Position(line, column);
    }

    public static Range GetRange(this LineStarts lines, int start, int end) => new(lines.GetPosition(start), lines.GetPosition(end));
}
