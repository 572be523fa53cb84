using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace EventSchema.Generator.Building;

/// <summary>
/// Generated file names. Each schema file's name (its spec's, used in messages and tests) is unique per schema path: the path relative to the project (or to the folder all
/// schemas share) made file-name safe, plus a short hash of that relative path, so two
/// <c>common.eventschema</c> files in different folders never collide and names are the same on every machine. The
/// sources themselves are generated per namespace (<see cref="ForNamespace"/>).
/// </summary>
internal static class HintNames
{
    public static Dictionary<string, string> Create(IReadOnlyList<string> paths, string? projectDirectory)
    {
        string root = Normalize(projectDirectory ?? string.Empty).TrimEnd('/');
        if (root.Length == 0 || !paths.All(path => Normalize(path).StartsWith(root + "/", StringComparison.OrdinalIgnoreCase)))
        {
            root = CommonDirectory(paths.Select(Normalize).ToList());
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            string relative = Normalize(path);
            if (root.Length > 0 && relative.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase)) relative = relative.Substring(root.Length + 1);
            result[path] = Sanitize(relative) + "." + Hash(relative) + ".g.cs";
        }
        return result;
    }

    /// <summary>
    /// The name of the source generated for the schema files of <paramref name="namespaceName"/>: the namespace and a
    /// short hash of it, so namespaces that differ only in case never collide; <c>global</c> for the global namespace.
    /// </summary>
    public static string ForNamespace(string namespaceName)
        => (namespaceName.Length == 0 ? "global" : Sanitize(namespaceName.Replace('.', '/'))) + "." + Hash(namespaceName) + ".g.cs";

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static string CommonDirectory(List<string> paths)
    {
        if (paths.Count == 0) return string.Empty;
        string[] first = paths[0].Split('/');
        int common = first.Length - 1; // directories only
        foreach (string path in paths.Skip(1))
        {
            string[] parts = path.Split('/');
            int i = 0;
            while (i < common && i < parts.Length - 1 && string.Equals(parts[i], first[i], StringComparison.Ordinal)) i++;
            common = i;
        }
        return string.Join("/", first.Take(common));
    }

    private static string Sanitize(string relative)
    {
        string withoutExtension = relative.EndsWith(".eventschema", StringComparison.OrdinalIgnoreCase)
            ? relative.Substring(0, relative.Length - ".eventschema".Length)
            : relative;
        var builder = new StringBuilder(withoutExtension.Length);
        foreach (char c in withoutExtension)
        {
            builder.Append(c < 128 && (char.IsLetterOrDigit(c) || c == '_' || c == '-') ? c : c == '/' ? '.' : '_');
        }
        return builder.ToString().Trim('.');
    }

    // FNV-1a over the UTF-16 code units: stable across processes and frameworks, unlike string.GetHashCode.
    private static string Hash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 16777619;
        }
        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
