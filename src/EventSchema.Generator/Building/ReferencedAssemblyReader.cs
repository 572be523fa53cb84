using System;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using EventSchema.Language.References;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Building;

/// <summary>
/// Reads the <c>EventSchema.SchemaDeclarationsAttribute</c> of a referenced assembly. Only the assembly's own
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
            MetadataReader reader = modules[0].GetMetadataReader();
            if (!reader.IsAssembly) return null;
            AssemblyDefinition assembly = reader.GetAssemblyDefinition();
            foreach (CustomAttributeHandle handle in assembly.GetCustomAttributes())
            {
                CustomAttribute attribute = reader.GetCustomAttribute(handle);
                if (!IsSchemaDeclarations(reader, attribute)) continue;
                var value = attribute.DecodeValue(new StringOnlyTypeProvider());
                if (value.FixedArguments.Length != 3
                    || value.FixedArguments[0].Value is not int formatVersion
                    || value.FixedArguments[1].Value is not string namespaces
                    || value.FixedArguments[2].Value is not string model) return null;
                return new SchemaReference(reader.GetString(assembly.Name), formatVersion, SchemaReference.SplitNamespaces(namespaces), model);
            }
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException or System.IO.IOException or ArgumentException)
        {
            // A reference the compiler itself will report on; it carries no schemas we can use.
        }
        return null;
    }

    private static bool IsSchemaDeclarations(MetadataReader reader, CustomAttribute attribute)
    {
        StringHandle name, ns;
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                if (member.Parent.Kind != HandleKind.TypeReference) return false;
                var typeReference = reader.GetTypeReference((TypeReferenceHandle)member.Parent);
                name = typeReference.Name;
                ns = typeReference.Namespace;
                break;
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor);
                var typeDefinition = reader.GetTypeDefinition(method.GetDeclaringType());
                name = typeDefinition.Name;
                ns = typeDefinition.Namespace;
                break;
            default:
                return false;
        }
        return reader.StringComparer.Equals(name, AttributeName) && reader.StringComparer.Equals(ns, AttributeNamespace);
    }

    // In the IDE a project reference may be a compilation rather than a file; its generated attribute is then a symbol.
    private static SchemaReference? ReadFromCompilation(Compilation compilation)
    {
        foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: AttributeName, ContainingNamespace: { Name: AttributeNamespace, ContainingNamespace.IsGlobalNamespace: true } }) continue;
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length != 3 || arguments[0].Value is not int formatVersion || arguments[1].Value is not string namespaces || arguments[2].Value is not string model) return null;
            return new SchemaReference(compilation.AssemblyName ?? string.Empty, formatVersion, SchemaReference.SplitNamespaces(namespaces), model);
        }
        return null;
    }

    /// <summary>Decodes the attribute's arguments, which are an <c>int</c> and two strings.</summary>
    private sealed class StringOnlyTypeProvider : ICustomAttributeTypeProvider<Type?>
    {
        public Type? GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Int32 => typeof(int),
            PrimitiveTypeCode.String => typeof(string),
            _ => null,
        };

        public Type? GetSystemType() => typeof(Type);

        public Type? GetSZArrayType(Type? elementType) => null;

        public Type? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => null;

        public Type? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;

        public Type? GetTypeFromSerializedName(string name) => null;

        public PrimitiveTypeCode GetUnderlyingEnumType(Type? type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(Type? type) => type == typeof(Type);
    }
}
