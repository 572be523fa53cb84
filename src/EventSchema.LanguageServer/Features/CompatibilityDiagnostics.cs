using EventSchema.Language;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Evolution;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.LanguageServer.Features;

/// <summary>
/// The breaking-change check of the build, as you type: each schema file is compared with the nearest
/// <c>eventschema.lock.json</c> in its folder or an ancestor folder up to the workspace folder that holds it
/// (the build uses the lock beside the project). The locks are looked up and their timestamps checked on every
/// refresh, so a lock written by the build or edited by hand is read again without a file watcher.
/// </summary>
internal sealed class CompatibilityDiagnostics(SchemaWorkspace workspace, TextWriter log)
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private Dictionary<string, SchemaLockFile> _locks = new(StringComparer.FromComparison(PathComparison));
    // The schema files each lock governs, by the lock's path.
    private Dictionary<string, HashSet<string>> _governed = new(StringComparer.FromComparison(PathComparison));
    private SchemaCompilation? _checkedCompilation;
    private IReadOnlyList<(SchemaLockFile Lock, IReadOnlyList<Diagnostic> Diagnostics)> _checked = [];
    private Dictionary<string, List<Diagnostic>> _bySchemaFile = new(StringComparer.Ordinal);

    /// <summary>The lock files found by the last refresh.</summary>
    public IEnumerable<SchemaLockFile> LockFiles => _locks.Values;

    /// <summary>Finds the lock of every schema file and reads the locks that changed; true when any lock was added, removed or changed.</summary>
    public bool Refresh()
    {
        var locks = new Dictionary<string, SchemaLockFile>(StringComparer.FromComparison(PathComparison));
        var governed = new Dictionary<string, HashSet<string>>(StringComparer.FromComparison(PathComparison));
        var nearestByFolder = new Dictionary<string, string?>(StringComparer.FromComparison(PathComparison));
        var roots = workspace.Folders.Select(Path.GetFullPath).ToArray();
        foreach (var document in workspace.Documents)
        {
            string? folder = Path.GetDirectoryName(document.Path);
            if (folder is null) continue;
            if (!nearestByFolder.TryGetValue(folder, out string? lockPath))
            {
                lockPath = FindNearestLock(folder, roots);
                nearestByFolder[folder] = lockPath;
            }
            if (lockPath is null) continue;
            if (!locks.ContainsKey(lockPath))
            {
                var lockFile = SchemaLockFile.Load(lockPath, _locks.GetValueOrDefault(lockPath), log);
                if (lockFile is null) continue;
                locks[lockPath] = lockFile;
                governed[lockPath] = new HashSet<string>(StringComparer.Ordinal);
            }
            governed[lockPath].Add(document.Path);
        }

        bool changed = locks.Count != _locks.Count
            || locks.Any(l => !_locks.TryGetValue(l.Key, out var old) || !ReferenceEquals(old, l.Value))
            || governed.Any(g => !_governed.TryGetValue(g.Key, out var old) || !old.SetEquals(g.Value));
        _locks = locks;
        _governed = governed;
        if (changed) _checkedCompilation = null;
        return changed;
    }

    /// <summary>The checker's diagnostics located in a schema file.</summary>
    public IEnumerable<Diagnostic> ForSchemaFile(SchemaCompilation compilation, string path)
    {
        Check(compilation);
        return _bySchemaFile.TryGetValue(path, out var diagnostics) ? diagnostics : [];
    }

    /// <summary>What to publish on each lock file: its read errors, and the removed declarations it still records.</summary>
    public IEnumerable<(SchemaLockFile Lock, IReadOnlyList<Diagnostic> Diagnostics)> ForLockFiles(SchemaCompilation compilation)
    {
        Check(compilation);
        return _checked;
    }

    private void Check(SchemaCompilation compilation)
    {
        if (ReferenceEquals(_checkedCompilation, compilation)) return;
        _checkedCompilation = compilation;
        var onLocks = new List<(SchemaLockFile, IReadOnlyList<Diagnostic>)>();
        var bySchemaFile = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var lockFile in _locks.Values.OrderBy(l => l.Path, StringComparer.Ordinal))
        {
            var onLock = new List<Diagnostic>(lockFile.Read.Diagnostics);
            // As the build does: breaking changes are compared only when the schemas compile.
            if (lockFile.Read.Lock is { } schemaLock && !compilation.HasErrors)
            {
                var governed = _governed[lockFile.Path];
                foreach (var diagnostic in CompatibilityChecker.Check(compilation, schemaLock, CompatibilityModes.Default))
                {
                    if (string.Equals(diagnostic.FilePath, lockFile.Path, PathComparison)) onLock.Add(diagnostic);
                    else if (governed.Contains(diagnostic.FilePath))
                    {
                        if (!bySchemaFile.TryGetValue(diagnostic.FilePath, out var list)) bySchemaFile[diagnostic.FilePath] = list = [];
                        list.Add(diagnostic);
                    }
                    // Other files belong to another lock (another project in the same workspace) and are checked against it.
                }
            }
            onLocks.Add((lockFile, onLock));
        }
        _checked = onLocks;
        _bySchemaFile = bySchemaFile;
    }

    /// <summary>The nearest lock file in <paramref name="folder"/> or its ancestors, stopping at the workspace folder that holds it.</summary>
    private static string? FindNearestLock(string folder, string[] roots)
    {
        string? root = roots.Where(r => IsSameOrInside(folder, r)).OrderByDescending(r => r.Length).FirstOrDefault();
        for (string? current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            string candidate = Path.Combine(current, SchemaLock.DefaultFileName);
            if (File.Exists(candidate)) return candidate;
            // A file outside every workspace folder looks only beside itself.
            if (root is null || string.Equals(Path.TrimEndingDirectorySeparator(current), Path.TrimEndingDirectorySeparator(root), PathComparison)) return null;
        }
        return null;
    }

    private static bool IsSameOrInside(string folder, string root)
    {
        string trimmedRoot = Path.TrimEndingDirectorySeparator(root);
        string trimmedFolder = Path.TrimEndingDirectorySeparator(folder);
        return string.Equals(trimmedFolder, trimmedRoot, PathComparison)
            || trimmedFolder.StartsWith(trimmedRoot + Path.DirectorySeparatorChar, PathComparison);
    }
}
