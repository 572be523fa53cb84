using EventSchema.Language;
using EventSchema.Language.Text;
using EventSchema.LanguageServer.Protocol;

namespace EventSchema.LanguageServer.Workspace;

/// <summary>
/// Every <c>.eventschema</c> file under the workspace folders plus every open document, bound together
/// as one compilation. Only changed files are parsed again, and an edit binds again only the edited file
/// and the files that read it directly (<see cref="SchemaCompilation.WithSyntaxTree(Language.Syntax.SyntaxTree, Language.Binding.IncrementalBinding.DependentFiles, System.Threading.CancellationToken)"/>):
/// a keystroke stays quick in a large workspace, and features compare declarations by full name, since a file
/// that reaches the edited one through another keeps its symbols.
/// </summary>
internal sealed class SchemaWorkspace
{
    public const string Extension = ".eventschema";
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".vs", ".vscode" };

    private readonly Dictionary<string, WorkspaceDocument> _documents = new(StringComparer.Ordinal);
    private readonly TextWriter _log;
    private SchemaCompilation? _compilation;
    // Files whose text changed since _compilation was bound; a removed file makes _compilation null instead.
    private readonly HashSet<string> _changedPaths = new(StringComparer.Ordinal);
    private readonly List<string> _folders = [];
    // The C# projects under the workspace folders; those that hold schema files have their references read.
    private readonly HashSet<string> _projects = new(StringComparer.Ordinal);
    private readonly ContractAssemblies _contracts;
    private const long ReferencesCheckInterval = 1000;
    private long _referencesCheckedAt = long.MinValue / 2;
    // Set when the client reports a changed project file or restore output: checked at the next refresh, not a second later.
    private bool _referencesStale;

    public SchemaWorkspace(TextWriter log)
    {
        _log = log;
        _contracts = new ContractAssemblies(log);
    }

    /// <summary>Raised state: bumped on every change so callers can tell whether their results are stale.</summary>
    public int Generation { get; private set; }

    public IEnumerable<WorkspaceDocument> Documents => _documents.Values;

    /// <summary>The workspace folders, full paths; lock files are looked up no higher than these.</summary>
    public IReadOnlyList<string> Folders => _folders;

    /// <summary>The schema declarations of the contracts assemblies the workspace's projects reference, as of the last <see cref="RefreshReferences"/>.</summary>
    public Language.References.ReferencedSchemas References => _contracts.Schemas;

    /// <summary>
    /// Reads the references of the workspace's projects again where their files changed (a restore, a rebuilt library);
    /// true when the declarations they carry changed, and the workspace is bound again with them.
    /// </summary>
    public bool RefreshReferences()
    {
        // Looking at the files costs a few microseconds each; in a large repository, not on every keystroke.
        long now = Environment.TickCount64;
        if (!_referencesStale && now - _referencesCheckedAt < ReferencesCheckInterval) return false;
        _referencesStale = false;
        _referencesCheckedAt = now;
        if (!_contracts.Refresh(ProjectsWithSchemas())) return false;
        Changed(path: null);
        return true;
    }

    /// <summary>
    /// The projects that hold schema files: for each, the nearest folder above it with a project file, as the build
    /// compiles a schema file in the project whose folder holds it. A large repository's other projects are not read.
    /// </summary>
    private HashSet<string> ProjectsWithSchemas()
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (_projects.Count == 0) return result;
        var byFolder = _projects.GroupBy(p => Path.GetDirectoryName(p)!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        // A folder seen before has had its project, or its lack of one, settled, and so have the folders above it.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in _documents.Values)
        {
            for (string? folder = Path.GetDirectoryName(document.Path); folder is not null && seen.Add(folder); folder = Path.GetDirectoryName(folder))
            {
                if (!byFolder.TryGetValue(folder, out var projects)) continue;
                result.UnionWith(projects);
                break;
            }
        }
        return result;
    }

    public SchemaCompilation Compilation
    {
        get
        {
            if (_compilation is null)
            {
                _compilation = SchemaCompilation.Create(_documents.Values.OrderBy(d => d.Path, StringComparer.Ordinal).Select(d => d.Tree), References);
            }
            else
            {
                foreach (string path in _changedPaths.Order(StringComparer.Ordinal))
                {
                    if (_documents.TryGetValue(path, out var document)) _compilation = _compilation.WithSyntaxTree(document.Tree, Language.Binding.IncrementalBinding.DependentFiles.Direct);
                }
            }
            _changedPaths.Clear();
            return _compilation;
        }
    }

    /// <summary>Loads every schema file under <paramref name="folder"/>, skipping build output and tool folders.</summary>
    public void AddFolder(string folder)
    {
        if (!Directory.Exists(folder)) return;
        _folders.Add(Path.GetFullPath(folder));
        foreach (string file in EnumerateFiles(folder))
        {
            string path = Path.GetFullPath(file);
            if (IsProject(path))
            {
                _projects.Add(path);
                continue;
            }
            if (_documents.ContainsKey(path)) continue;
            string? text = TryRead(path);
            if (text is null) continue;
            _documents[path] = new WorkspaceDocument(path, DocumentUri.FromPath(path), text);
        }
        _contracts.Refresh(ProjectsWithSchemas());
        _referencesCheckedAt = Environment.TickCount64;
        Changed(path: null);
    }

    public WorkspaceDocument? Find(string uri)
        => _documents.TryGetValue(DocumentUri.ToPath(uri), out var document) ? document : null;

    public WorkspaceDocument? FindByPath(string path)
        => _documents.TryGetValue(path, out var document) ? document : null;

    public WorkspaceDocument Open(string uri, string text, int version)
    {
        string path = DocumentUri.ToPath(uri);
        if (!_documents.TryGetValue(path, out var document))
        {
            document = new WorkspaceDocument(path, uri, text);
            _documents[path] = document;
        }
        document.Uri = uri;
        document.SetText(text);
        document.Version = version;
        document.IsOpen = true;
        Changed(path);
        return document;
    }

    public void Change(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var document = Find(uri);
        if (document is null) return;
        string text = document.Text.Text;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
                continue;
            }
            var lines = LineStarts.ForEditors(text);
            int start = lines.GetOffset(change.Range.Start);
            int end = Math.Max(start, lines.GetOffset(change.Range.End));
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
        }
        document.SetText(text);
        document.Version = version;
        Changed(document.Path);
    }

    /// <summary>Closing a document goes back to the file on disk, or drops the document when there is no such file.</summary>
    public void Close(string uri)
    {
        var document = Find(uri);
        if (document is null) return;
        document.IsOpen = false;
        document.Version = null;
        string? text = TryRead(document.Path);
        if (text is null || !document.Path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            _documents.Remove(document.Path);
            Changed(path: null);
        }
        else
        {
            document.SetText(text);
            Changed(document.Path);
        }
    }

    /// <summary>A file changed on disk: open documents keep the editor's text.</summary>
    public void FileChanged(string uri, bool deleted)
    {
        string path = DocumentUri.ToPath(uri);
        if (string.Equals(Path.GetFileName(path), ProjectAssemblyReferences.AssetsFileName, StringComparison.OrdinalIgnoreCase))
        {
            _referencesStale = true;
            return;
        }
        if (IsProject(path))
        {
            // Its references are read again on the next refresh; a project outside the folders is not the workspace's.
            _referencesStale = true;
            if (deleted) _projects.Remove(path);
            else if (_folders.Any(f => path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal))) _projects.Add(path);
            return;
        }
        if (!path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)) return;
        _documents.TryGetValue(path, out var document);
        if (document is { IsOpen: true }) return;
        string? text = deleted ? null : TryRead(path);
        if (text is null)
        {
            if (document is not null) _documents.Remove(path);
            Changed(path: null);
        }
        else if (document is null)
        {
            _documents[path] = new WorkspaceDocument(path, DocumentUri.FromPath(path), text);
            Changed(path);
        }
        else
        {
            document.SetText(text);
            Changed(path);
        }
    }

    /// <summary>Notes that the text of <paramref name="path"/> changed or the file was added; null when files were removed or many changed.</summary>
    private void Changed(string? path)
    {
        if (path is null) _compilation = null;
        else _changedPaths.Add(path);
        Generation++;
    }

    private string? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _log.WriteLine($"Cannot read {path}: {ex.Message}");
            return null;
        }
    }

    private static bool IsProject(string path) => path.EndsWith(ProjectAssemblyReferences.ProjectExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The schema files and C# project files under <paramref name="folder"/>, outside build output and tool folders.</summary>
    private static IEnumerable<string> EnumerateFiles(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            string[] files, folders;
            try
            {
                files = [.. Directory.GetFiles(current, "*" + Extension), .. Directory.GetFiles(current, "*" + ProjectAssemblyReferences.ProjectExtension)];
                folders = Directory.GetDirectories(current);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (string file in files) yield return file;
            foreach (string sub in folders)
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub))) pending.Push(sub);
            }
        }
    }
}
