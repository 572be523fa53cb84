using System.CommandLine;
using EventSchema.Build;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.References;
using EventSchema.LanguageServer.Workspace;

namespace EventSchema.Cli;

/// <summary>
/// <c>--reference &lt;assembly|project&gt;</c>: a contracts assembly built with EventSchema, whose declarations the schemas
/// use (<c>using</c> its namespaces), read from its metadata as the generator reads a project reference; or a C# project,
/// standing for the contracts assemblies among its restored packages and the DLLs it references by path.
/// </summary>
internal static class ReferenceOption
{
    public static Option<string[]> Create() => new("--reference", "-r")
    {
        Description = "An assembly built with EventSchema whose schema declarations the schemas use, or a C# project whose restored packages and referenced DLLs include such assemblies (repeat for several).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>
    /// Reads every assembly in <paramref name="paths"/>, and the contracts assemblies of every project file among them;
    /// false (with the reason written) when one is missing or gives no declarations.
    /// </summary>
    public static bool TryRead(string[] paths, TextWriter error, out ReferencedSchemas references)
    {
        references = ReferencedSchemas.Empty;
        if (paths.Length == 0) return true;
        var read = new List<SchemaReference>(paths.Length);
        foreach (string path in paths)
        {
            if (!File.Exists(path))
            {
                error.WriteLine($"eventschema: error: reference '{path}' does not exist.");
                return false;
            }
            if (path.EndsWith(ProjectAssemblyReferences.ProjectExtension, StringComparison.OrdinalIgnoreCase))
            {
                if (!TryReadProject(path, error, read)) return false;
                continue;
            }
            if (SchemaDeclarationsReader.Read(path) is not { } reference)
            {
                error.WriteLine($"eventschema: error: '{path}' carries no schema declarations; reference an assembly built with the EventSchema package.");
                return false;
            }
            read.Add(reference);
        }
        // One assembly per name, as the compiler takes one: a project and an assembly given for the same library agree.
        var distinct = read.GroupBy(r => r.AssemblyName, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
        distinct.Sort(static (x, y) => string.CompareOrdinal(x.AssemblyName, y.AssemblyName));
        references = ReferencedSchemas.Bind(distinct);
        return true;
    }

    // A project stands for the contracts assemblies it references, found as the editor finds them.
    private static bool TryReadProject(string projectPath, TextWriter error, List<SchemaReference> read)
    {
        string assets = ProjectAssemblyReferences.AssetsPathOf(projectPath);
        if (!File.Exists(assets))
        {
            error.WriteLine($"eventschema: error: '{projectPath}' has not been restored ('{assets}' does not exist); run 'dotnet restore {projectPath}' first.");
            return false;
        }
        int before = read.Count;
        foreach (string assembly in ProjectAssemblyReferences.Read(projectPath, error))
        {
            if (SchemaDeclarationsReader.Read(assembly) is { } reference) read.Add(reference);
        }
        if (read.Count > before) return true;
        var projectReferences = ProjectAssemblyReferences.ProjectReferencesOf(projectPath);
        string followed = projectReferences.Count == 0
            ? string.Empty
            : $" Its project references ({string.Join(", ", projectReferences.Select(p => "'" + p + "'"))}) are not followed, since that needs MSBuild: give the referenced library's built assembly (--reference path/to/Library/bin/Debug/net8.0/Library.dll) or its schema files as paths.";
        error.WriteLine($"eventschema: error: '{projectPath}' references no assembly with schema declarations (packages that depend on EventSchema, in its restore output, and DLLs it references by path); reference a contracts library built with the EventSchema package, or give its assembly (a library's own schema files are given as paths, not as a reference).{followed}");
        return false;
    }

    // ES0028: a using directive naming a namespace no file declares.
    private const string UnknownNamespaceCode = "ES0028";

    /// <summary>
    /// Under a schema error that names a namespace no file declares (ES0028), when no assembly was referenced: says where
    /// such a namespace usually comes from, a contracts library, and how to give it.
    /// </summary>
    public static void HintWhenNoneGiven(IEnumerable<Diagnostic> diagnostics, string[] referencePaths, TextWriter error)
    {
        if (referencePaths.Length > 0 || !diagnostics.Any(d => d.Code == UnknownNamespaceCode)) return;
        error.WriteLine("eventschema: note: a namespace that no schema file here declares may come from a contracts library; pass its built assembly with --reference path/to/Contracts.dll, or the project that references it with --reference path/to/Service.csproj.");
    }
}
