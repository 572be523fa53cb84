using BenchmarkDotNet.Attributes;
using EventSchema.Benchmarks.Corpus;
using EventSchema.LanguageServer.Features;
using EventSchema.LanguageServer.Protocol;
using EventSchema.LanguageServer.Workspace;
using LspRange = EventSchema.LanguageServer.Protocol.Range;

namespace EventSchema.Benchmarks.LanguageServer;

/// <summary>
/// What the language server does for one keystroke in a large workspace: apply the incremental edit,
/// parse the edited file again, bind it and the files that depend on it again, and work out which files'
/// diagnostics changed and need publishing. Goal: under 50 ms for 10,000 declarations. The keystrokes
/// alternately break and restore a type name, so every one of them changes the diagnostics that are published.
/// </summary>
[MemoryDiagnoser]
public class KeystrokeBenchmarks
{
    private SchemaWorkspace _workspace = null!;
    private DiagnosticsPublisher _publisher = null!;
    private string _uri = string.Empty;
    private Position _typingAt = new(0, 0);
    private int _version;
    private int _published;

    /// <summary>Declarations in the workspace, ten per file.</summary>
    [Params(1_000, 10_000)]
    public int Declarations { get; set; }

    [GlobalSetup]
    public void OpenWorkspace()
    {
        _workspace = new SchemaWorkspace(TextWriter.Null);
        _publisher = new DiagnosticsPublisher(_workspace, _ => _published++);
        var files = SchemaCorpus.Generate(Declarations).SchemaFiles;
        string root = Path.Combine(Path.GetTempPath(), "eventschema-keystroke");
        foreach (var file in files)
            _workspace.Open(DocumentUri.FromPath(Path.Combine(root, file.Path)), file.Text, version: 1);

        // Type inside the first reference to a declared type in a file in the middle of the workspace.
        var edited = files[files.Count / 2];
        _uri = DocumentUri.FromPath(Path.Combine(root, edited.Path));
        var document = _workspace.Find(_uri) ?? throw new InvalidOperationException("The edited file is not in the workspace.");
        int colon = 0;
        do
        {
            colon = edited.Text.IndexOf(": ", colon + 1, StringComparison.Ordinal);
            if (colon < 0) throw new InvalidOperationException("The corpus file references no declared type.");
        }
        while (!char.IsAsciiLetterUpper(edited.Text[colon + 2]));
        _typingAt = document.Lines.GetPosition(colon + 2);
        _version = 1;
        _publisher.Publish();
        if (_workspace.Compilation.Diagnostics.Count != 0) throw new InvalidOperationException("The corpus should bind without diagnostics.");
    }

    /// <summary>One keystroke: insert or delete a character in a type name, then publish what changed.</summary>
    [Benchmark]
    public int TypeAndPublishDiagnostics()
    {
        bool insert = _version % 2 == 1;
        var end = insert ? _typingAt : _typingAt with { Character = _typingAt.Character + 1 };
        _workspace.Change(_uri, ++_version, [new TextDocumentContentChangeEvent(new LspRange(_typingAt, end), insert ? "x" : string.Empty)]);
        _publisher.Publish();
        return _published;
    }
}
