using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.LanguageServer.Workspace;

/// <summary>One schema file: its current text (the editor's while open, else the disk's), parsed once per version.</summary>
internal sealed class WorkspaceDocument
{
    private SyntaxTree? _tree;

    public WorkspaceDocument(string path, string uri, string text)
    {
        Path = path;
        Uri = uri;
        Text = new SourceText(path, text);
    }

    /// <summary>The full path, which is also the path diagnostics report.</summary>
    public string Path { get; }

    /// <summary>The URI the client knows the document by.</summary>
    public string Uri { get; set; }

    public SourceText Text { get; private set; }

    /// <summary>The editor's version while open; null when the text comes from disk.</summary>
    public int? Version { get; set; }

    public bool IsOpen { get; set; }

    public SyntaxTree Tree => _tree ??= SyntaxTree.Parse(Text);

    /// <summary>The lines as the protocol counts them, to map offsets to positions and back (<see cref="EditorPositions"/>).</summary>
    public LineStarts Lines => Text.EditorLines;

    public void SetText(string text)
    {
        if (text == Text.Text) return;
        Text = new SourceText(Path, text);
        _tree = null;
    }
}
