using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace EventSchema.LanguageServer.Workspace;

/// <summary>
/// The compiled assemblies a C# project in the workspace references that may carry schema declarations: from its
/// restore output (<c>obj/project.assets.json</c>), the compile-time assemblies of every package that depends on the
/// EventSchema package (a contracts library published as a package); from the project file, assemblies referenced by
/// path (<c>&lt;Reference&gt;</c> with a <c>HintPath</c>). The compiler sees those same files, so the editor reads the
/// declarations the build reads. Nothing here runs MSBuild: a project that was never restored has no package list yet.
/// </summary>
internal static class ProjectAssemblyReferences
{
    public const string ProjectExtension = ".csproj";
    public const string AssetsFileName = "project.assets.json";

    // The package that carries the generator: a package that depends on it was built with schemas, or may have been.
    private const string EventSchemaPackageId = "EventSchema";

    /// <summary>The restore output of <paramref name="projectPath"/>, where the SDK writes it unless the project moves it.</summary>
    public static string AssetsPathOf(string projectPath) => Path.Combine(Path.GetDirectoryName(projectPath)!, "obj", AssetsFileName);

    /// <summary>The name of the assembly <paramref name="projectPath"/> builds: its literal <c>AssemblyName</c>, else the file's name.</summary>
    public static string AssemblyNameOf(string projectPath)
    {
        var declared = TryLoad(projectPath)?.Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value.Trim();
        return string.IsNullOrEmpty(declared) || declared.Contains("$(", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(projectPath) : declared;
    }

    /// <summary>The assembly files of <paramref name="projectPath"/>'s references that exist on disk, full paths, each once.</summary>
    public static IReadOnlyList<string> Read(string projectPath, TextWriter log)
    {
        var paths = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path)
        {
            string full = Path.GetFullPath(path);
            if (File.Exists(full) && seen.Add(full)) paths.Add(full);
        }
        foreach (string path in FromAssets(AssetsPathOf(projectPath), log)) Add(path);
        foreach (string path in FromProjectFile(projectPath)) Add(path);
        return paths;
    }

    /// <summary>The <c>Include</c> of each <c>ProjectReference</c> the project file writes (not followed: that needs MSBuild); empty when it cannot be read.</summary>
    public static List<string> ProjectReferencesOf(string projectPath)
        => TryLoad(projectPath)?.Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .ToList() ?? [];

    private static IEnumerable<string> FromAssets(string assetsPath, TextWriter log)
    {
        if (!File.Exists(assetsPath)) return [];
        try
        {
            using var stream = new FileStream(assetsPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var assets = JsonDocument.Parse(stream);
            return PackageAssemblies(assets.RootElement);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            // Being written by a restore right now, or not a restore output: the next refresh reads it again.
            log.WriteLine($"Cannot read {assetsPath}: {ex.Message}");
            return [];
        }
    }

    private static List<string> PackageAssemblies(JsonElement root)
    {
        var result = new List<string>();
        if (!root.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("libraries", out var libraries) || libraries.ValueKind != JsonValueKind.Object) return result;
        var folders = root.TryGetProperty("packageFolders", out var packageFolders) && packageFolders.ValueKind == JsonValueKind.Object
            ? packageFolders.EnumerateObject().Select(f => f.Name).ToArray()
            : [];
        foreach (var target in targets.EnumerateObject())
        {
            if (target.Value.ValueKind != JsonValueKind.Object) continue;
            foreach (var library in target.Value.EnumerateObject())
            {
                if (!IsPackageUsingEventSchema(library.Value)
                    || !library.Value.TryGetProperty("compile", out var compile) || compile.ValueKind != JsonValueKind.Object
                    || !libraries.TryGetProperty(library.Name, out var described)
                    || !described.TryGetProperty("path", out var packagePath) || packagePath.GetString() is not { Length: > 0 } relative) continue;
                foreach (var asset in compile.EnumerateObject())
                {
                    // "_._" marks a framework the package supports with no assembly of its own.
                    if (!asset.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) continue;
                    foreach (string folder in folders)
                    {
                        string candidate = Path.Combine(folder, relative, asset.Name);
                        if (!File.Exists(candidate)) continue;
                        result.Add(candidate);
                        break;
                    }
                }
            }
        }
        return result;
    }

    private static bool IsPackageUsingEventSchema(JsonElement library)
        => library.ValueKind == JsonValueKind.Object
            && library.TryGetProperty("type", out var type) && type.ValueEquals("package")
            && library.TryGetProperty("dependencies", out var dependencies) && dependencies.ValueKind == JsonValueKind.Object
            && dependencies.EnumerateObject().Any(d => string.Equals(d.Name, EventSchemaPackageId, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> FromProjectFile(string projectPath)
    {
        var project = TryLoad(projectPath);
        if (project is null) yield break;
        string folder = Path.GetDirectoryName(projectPath)!;
        foreach (var reference in project.Descendants().Where(e => e.Name.LocalName == "Reference"))
        {
            string? path = reference.Elements().FirstOrDefault(e => e.Name.LocalName == "HintPath")?.Value.Trim();
            if (string.IsNullOrEmpty(path))
            {
                string? include = reference.Attribute("Include")?.Value.Trim();
                if (include is null || !include.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) continue;
                path = include;
            }
            // A path built from MSBuild properties cannot be resolved without MSBuild.
            if (path.Contains("$(", StringComparison.Ordinal)) continue;
            yield return Path.Combine(folder, path.Replace('\\', Path.DirectorySeparatorChar));
        }
    }

    private static XDocument? TryLoad(string projectPath)
    {
        try
        {
            return XDocument.Load(projectPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or XmlException)
        {
            return null;
        }
    }
}
