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
    private const string AttributeNamespace = "EventSchema";
    private const string AttributeName = "SchemaDeclarationsAttribute";

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
            MetadataReader reader = pe.GetMetadataReader();
            if (!reader.IsAssembly) return null;
            AssemblyDefinition assembly = reader.GetAssemblyDefinition();
            foreach (CustomAttributeHandle handle in assembly.GetCustomAttributes())
            {
                CustomAttribute attribute = reader.GetCustomAttribute(handle);
                if (!IsSchemaDeclarations(reader, attribute)) continue;
                var value = attribute.DecodeValue(new ArgumentTypes());
                if (value.FixedArguments.Length != 3
                    || value.FixedArguments[0].Value is not int formatVersion
                    || value.FixedArguments[1].Value is not string namespaces
                    || value.FixedArguments[2].Value is not string model) return null;
                return new SchemaReference(reader.GetString(assembly.Name), formatVersion, SchemaReference.SplitNamespaces(namespaces), model);
            }
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Not an assembly this reader can open: it carries no schemas we can use.
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

    /// <summary>Decodes the attribute's arguments, which are an <c>int</c> and two strings.</summary>
    private sealed class ArgumentTypes : ICustomAttributeTypeProvider<Type?>
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
