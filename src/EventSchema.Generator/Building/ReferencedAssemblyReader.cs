using System;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using EventSchema.Language.References;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Building;

/// <summary>
/// Reads the <c>EventSchema.SchemaDeclarationsAttribute</c>s of a referenced assembly. Only the assembly's own
/// attribute table is read, straight from its metadata, and each reference is read once: a reference object the
/// compiler reuses (every reference that did not change) answers from a cache.
/// </summary>
internal static class ReferencedAssemblyReader
{
    private const string AttributeNamespace = "EventSchema";
    private const string AttributeName = "SchemaDeclarationsAttribute";

    private sealed class Entry(SchemaReference? reference)
    {
        public SchemaReference? Reference { get; } = reference;
    }

    private static readonly ConditionalWeakTable<MetadataReference, Entry> Cache = new();

    /// <summary>The schema declarations <paramref name="reference"/> carries; null when it carries none.</summary>
    public static SchemaReference? Read(MetadataReference reference)
    {
        if (reference is CompilationReference compilationReference) return ReadFromCompilation(compilationReference.Compilation);
        if (Cache.TryGetValue(reference, out Entry? known)) return known.Reference;
        SchemaReference? read = reference is PortableExecutableReference portable ? ReadFromMetadata(portable) : null;
        return Cache.GetValue(reference, _ => new Entry(read)).Reference;
    }

    private static SchemaReference? ReadFromMetadata(PortableExecutableReference reference)
    {
        try
        {
            if (reference.GetMetadata() is not AssemblyMetadata assemblyMetadata) return null;
            ImmutableArray<ModuleMetadata> modules = assemblyMetadata.GetModules();
            if (modules.IsEmpty) return null;
            return SchemaDeclarationsMetadata.Read(modules[0].GetMetadataReader());
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException or System.IO.IOException or ArgumentException)
        {
            // A reference the compiler itself will report on; it carries no schemas we can use.
        }
        return null;
    }

    // In the IDE a project reference may be a compilation rather than a file; its generated attribute is then a symbol.
    private static SchemaReference? ReadFromCompilation(Compilation compilation)
    {
        var attributes = new System.Collections.Generic.List<(int, string, string)>();
        foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: AttributeName, ContainingNamespace: { Name: AttributeNamespace, ContainingNamespace.IsGlobalNamespace: true } }) continue;
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length != 3 || arguments[0].Value is not int formatVersion || arguments[1].Value is not string namespaces || arguments[2].Value is not string model) return null;
            attributes.Add((formatVersion, namespaces, model));
        }
        return attributes.Count == 0 ? null : SchemaReference.Combine(compilation.AssemblyName ?? string.Empty, attributes);
    }
}
