using EventSchema.Build;
using EventSchema.Language.References;

namespace EventSchema.LanguageServer.Workspace;

/// <summary>
/// The schema declarations of the compiled contracts assemblies that the workspace's projects reference (packages and
/// DLLs, see <see cref="ProjectAssemblyReferences"/>), bound once for the workspace, as the generator binds a project's
/// references. An assembly built by a project in the workspace is left out: its schema files are in the workspace,
/// and declaring the same names twice would be an error the build never gives. Files are checked by timestamp and
/// length on each refresh and read again only when they change, so a restore or a rebuilt library is picked up without
/// a restart.
/// </summary>
internal sealed class ContractAssemblies(TextWriter log)
{
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly Dictionary<string, ProjectEntry> _projects = new(PathComparer);
    private readonly Dictionary<string, AssemblyEntry> _assemblies = new(PathComparer);
    private string _boundKey = string.Empty;

    /// <summary>The declarations of the references read by the last refresh; empty before the first.</summary>
    public ReferencedSchemas Schemas { get; private set; } = ReferencedSchemas.Empty;

    /// <summary>Reads what changed of <paramref name="projectPaths"/> and their references; true when <see cref="Schemas"/> changed.</summary>
    public bool Refresh(IEnumerable<string> projectPaths)
    {
        var current = new HashSet<string>(projectPaths, PathComparer);
        var projects = new List<ProjectEntry>();
        foreach (string projectPath in current.Order(PathComparer))
        {
            var stamp = FileStamp.Of(projectPath).And(FileStamp.Of(ProjectAssemblyReferences.AssetsPathOf(projectPath)));
            if (!_projects.TryGetValue(projectPath, out var entry) || entry.Stamp != stamp)
            {
                entry = new ProjectEntry(stamp, ProjectAssemblyReferences.AssemblyNameOf(projectPath), ProjectAssemblyReferences.Read(projectPath, log));
                _projects[projectPath] = entry;
            }
            projects.Add(entry);
        }
        foreach (string gone in _projects.Keys.Where(p => !current.Contains(p)).ToArray()) _projects.Remove(gone);

        var builtInWorkspace = new HashSet<string>(projects.Select(p => p.AssemblyName), StringComparer.OrdinalIgnoreCase);
        // One assembly per name, as the compiler takes one: the most recently written when services use different builds.
        var byName = new Dictionary<string, (string Path, AssemblyEntry Entry)>(StringComparer.OrdinalIgnoreCase);
        var used = new HashSet<string>(PathComparer);
        foreach (string path in projects.SelectMany(p => p.Assemblies).Distinct(PathComparer).Order(PathComparer))
        {
            used.Add(path);
            var stamp = FileStamp.Of(path);
            if (!_assemblies.TryGetValue(path, out var entry) || entry.Stamp != stamp)
            {
                entry = new AssemblyEntry(stamp, SchemaDeclarationsReader.Read(path));
                _assemblies[path] = entry;
            }
            if (entry.Reference is not { } reference || builtInWorkspace.Contains(reference.AssemblyName)) continue;
            if (!byName.TryGetValue(reference.AssemblyName, out var chosen) || entry.Stamp.LastWriteUtc > chosen.Entry.Stamp.LastWriteUtc) byName[reference.AssemblyName] = (path, entry);
        }
        foreach (string gone in _assemblies.Keys.Where(p => !used.Contains(p)).ToArray()) _assemblies.Remove(gone);

        var chosenReferences = byName.Values.OrderBy(c => c.Entry.Reference!.AssemblyName, StringComparer.Ordinal).ToArray();
        string key = string.Join("\n", chosenReferences.Select(c => c.Path + "|" + c.Entry.Stamp));
        if (key == _boundKey) return false;
        _boundKey = key;
        Schemas = chosenReferences.Length == 0 ? ReferencedSchemas.Empty : ReferencedSchemas.Bind(chosenReferences.Select(c => c.Entry.Reference!));
        if (chosenReferences.Length > 0) log.WriteLine("Schema declarations read from " + string.Join(", ", chosenReferences.Select(c => c.Path)));
        return true;
    }

    private sealed record ProjectEntry(FileStamp Stamp, string AssemblyName, IReadOnlyList<string> Assemblies);

    private sealed record AssemblyEntry(FileStamp Stamp, SchemaReference? Reference);

    /// <summary>When a file was last written and how long it is (zero for a missing file); a pair for two files.</summary>
    private readonly record struct FileStamp(DateTime LastWriteUtc, long Length, DateTime OtherLastWriteUtc = default, long OtherLength = 0)
    {
        public static FileStamp Of(string path)
        {
            try
            {
                var info = new FileInfo(path);
                return info.Exists ? new FileStamp(info.LastWriteTimeUtc, info.Length) : default;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return default;
            }
        }

        public FileStamp And(FileStamp other) => this with { OtherLastWriteUtc = other.LastWriteUtc, OtherLength = other.Length };
    }
}
