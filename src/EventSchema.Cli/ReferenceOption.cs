using System.CommandLine;
using EventSchema.Build;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.References;

namespace EventSchema.Cli;

/// <summary>
/// <c>--reference &lt;assembly&gt;</c>: a contracts assembly built with EventSchema, whose declarations the schemas use
/// (<c>using</c> its namespaces), read from its metadata as the generator reads a project reference.
/// </summary>
internal static class ReferenceOption
{
    public static Option<string[]> Create() => new("--reference", "-r")
    {
        Description = "An assembly built with EventSchema whose schema declarations the schemas use (repeat for several).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Reads every assembly in <paramref name="paths"/>; false (with the reason written) when one is missing or carries no declarations.</summary>
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
            if (SchemaDeclarationsReader.Read(path) is not { } reference)
            {
                error.WriteLine($"eventschema: error: '{path}' carries no schema declarations; reference an assembly built with the EventSchema package.");
                return false;
            }
            read.Add(reference);
        }
        read.Sort(static (x, y) => string.CompareOrdinal(x.AssemblyName, y.AssemblyName));
        references = ReferencedSchemas.Bind(read);
        return true;
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
        error.WriteLine("eventschema: note: a namespace that no schema file here declares may come from a contracts library; pass its built assembly with --reference path/to/Contracts.dll.");
    }
}
