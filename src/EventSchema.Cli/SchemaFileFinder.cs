namespace EventSchema.Cli;

/// <summary>Turns the paths given on the command line into the schema files they name.</summary>
internal static class SchemaFileFinder
{
    public const string Extension = ".eventschema";
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".vs" };

    /// <summary>
    /// Files are taken as given; folders are searched recursively for <c>*.eventschema</c>, skipping
    /// build output. No path means the current folder. Paths that do not exist are returned in <paramref name="missing"/>.
    /// </summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (paths.Count == 0) paths = ["."];
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                Collect(path, found);
                found.Sort(StringComparer.Ordinal);
                foreach (string file in found) Add(file);
            }
            else
            {
                notFound.Add(path);
            }
        }
        missing = notFound;
        return files;

        void Add(string file)
        {
            string display = Display(file);
            if (seen.Add(Path.GetFullPath(file))) files.Add(display);
        }
    }

    /// <summary>The paths as messages name them: <c>'schemas', 'more'</c>, or <c>the current folder</c> when none is given.</summary>
    public static string Describe(IReadOnlyList<string> paths)
        => paths.Count == 0 ? "the current folder" : string.Join(", ", paths.Select(p => $"'{p}'"));

    private static readonly EnumerationOptions IgnoringCase = new() { MatchCasing = MatchCasing.CaseInsensitive };

    private static void Collect(string folder, List<string> found)
    {
        // Any case of the extension, as the build takes it (Upper.EventSchema), on every file system.
        foreach (string file in Directory.EnumerateFiles(folder, "*" + Extension, IgnoringCase))
        {
            if (file.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)) found.Add(file);
        }
        foreach (string sub in Directory.EnumerateDirectories(folder))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub))) Collect(sub, found);
        }
    }

    /// <summary>Paths under the current folder are shown relative to it, as a build log shows project files.</summary>
    private static string Display(string path)
    {
        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
