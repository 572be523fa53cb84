using System;
using System.Reflection.Metadata;

namespace EventSchema.Language.References;

/// <summary>
/// Finds and decodes the <c>[assembly: EventSchema.SchemaDeclarations(format, namespaces, model)]</c> attributes in an
/// assembly's metadata. One copy of the rule for every reader of compiled assemblies: the generator (over the
/// compiler's metadata), and the build task and CLI (over the assembly file), so they never disagree.
/// </summary>
internal static class SchemaDeclarationsMetadata
{
    private const string AttributeNamespace = "EventSchema";
    private const string AttributeName = "SchemaDeclarationsAttribute";

    /// <summary>
    /// The declarations the assembly of <paramref name="reader"/> carries, from all its attributes (one per generated
    /// namespace since format 3); null when it carries none, is a module, or an attribute cannot be decoded.
    /// </summary>
    public static SchemaReference? Read(MetadataReader reader)
    {
        if (!reader.IsAssembly) return null;
        AssemblyDefinition assembly = reader.GetAssemblyDefinition();
        var attributes = new System.Collections.Generic.List<(int, string, string)>();
        foreach (CustomAttributeHandle handle in assembly.GetCustomAttributes())
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (!IsSchemaDeclarations(reader, attribute)) continue;
            var value = attribute.DecodeValue(new ArgumentTypes());
            if (value.FixedArguments.Length != 3
                || value.FixedArguments[0].Value is not int formatVersion
                || value.FixedArguments[1].Value is not string namespaces
                || value.FixedArguments[2].Value is not string model) return null;
            attributes.Add((formatVersion, namespaces, model));
        }
        return attributes.Count == 0 ? null : SchemaReference.Combine(reader.GetString(assembly.Name), attributes);
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
