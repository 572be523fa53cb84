using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using EventSchema.Language.References;

namespace EventSchema.Build;

/// <summary>
/// Reads the <c>[assembly: EventSchema.SchemaDeclarations(format, namespaces, model)]</c> attribute that the generator
/// writes into an assembly with schemas, straight from the assembly file's metadata (nothing is loaded), so tools
/// outside the compiler see a referenced contracts assembly's declarations exactly as the generator does.
/// </summary>
internal static class SchemaDeclarationsReader
{
    /// <summary>The declarations of every assembly in <paramref name="paths"/> that carries them, ordered by assembly name.</summary>
    public static List<SchemaReference> ReadAll(IEnumerable<string> paths)
    {
        var references = new List<SchemaReference>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in paths)
        {
            if (string.IsNullOrEmpty(path) || !seen.Add(Path.GetFullPath(path))) continue;
            if (Read(path) is { } reference) references.Add(reference);
        }
        // The order the compiler sees them in does not matter to it either.
        references.Sort(static (x, y) => string.CompareOrdinal(x.AssemblyName, y.AssemblyName));
        return references;
    }

    /// <summary>
    /// The declarations the assembly at <paramref name="path"/> carries; null when it carries none, or is not an
    /// assembly (a missing or unreadable file is the compiler's to report).
    /// </summary>
    public static SchemaReference? Read(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return null;
            return SchemaDeclarationsMetadata.Read(pe.GetMetadataReader());
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Not an assembly this reader can open: it carries no schemas we can use.
        }
        return null;
    }
}
