using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Emits <c>EventSchema.Generated.GeneratedSchemaTypes</c>: the project's <c>SchemaTypeRegistry</c>, every generated
/// type with its schema name and JSON Schema and the referenced types its schemas can use, and the assembly attribute
/// that lets <c>SchemaTypeRegistry.FromAssembly</c> find it. Tools that describe generated types (the OpenAPI schema
/// transformer) read it instead of reflecting over the assembly, which trimming and Native AOT do not allow.
/// </summary>
internal static class SchemaTypeRegistryEmitter
{
    public const string HintName = "EventSchema.SchemaTypes.g.cs";

    private const string Registry = "global::EventSchema.Json.SchemaTypeRegistry";
    private const string Info = "global::EventSchema.Json.SchemaTypeInfo";

    /// <summary>The registry's source; null when the project generates no type (a registry of references only serves nobody).</summary>
    public static string? Emit(IEnumerable<ProjectTypeEntry> types, IEnumerable<ReferencedJsonType> referenced)
    {
        var own = types
            .Select(type => (
                FullName: "global::" + JsonTypeInfoNames.FullName(type.Namespace, type.Name),
                type.SchemaName,
                // Enums and scalars hold no property: their schema is written here, for a tool that meets one no record uses.
                JsonSchema: type.HasJsonSchemaProperty ? "global::" + JsonTypeInfoNames.FullName(type.Namespace, type.Name) + ".JsonSchema"
                    : type.InlineJsonSchema is { } inline ? CSharpLiterals.String(inline)
                    : "null"))
            .ToList();
        if (own.Count == 0) return null;

        var writer = new CodeWriter();
        GeneratedFileHeader.Write(writer, "The registry of the types EventSchema generated from this project's schemas.", string.Empty);
        writer.Line("[assembly: global::EventSchema.Json.SchemaTypeRegistryProvider(typeof(global::EventSchema.Generated.GeneratedSchemaTypes))]");
        writer.Line();
        writer.Line("namespace EventSchema.Generated;");
        writer.Line();
        writer.Line("/// <summary>Every type generated from this project's schemas, with its schema name and JSON Schema, for tools that describe them without reflection.</summary>");
        writer.Line(GeneratedCodeAttribute.Text);
        using (writer.Braces("internal static class GeneratedSchemaTypes"))
        {
            writer.Line("/// <summary>The registry; <c>SchemaTypeRegistry.FromAssembly</c> returns it for this assembly.</summary>");
            writer.Line($"public static {Registry} Instance {{ get; }} = new {Registry}(");
            writer.Line("    new[]");
            writer.Line("    {");
            foreach (var (fullName, schemaName, jsonSchema) in own)
            {
                writer.Line($"        new {Info}(typeof({fullName}), {CSharpLiterals.String(schemaName)}, {jsonSchema}),");
            }
            writer.Line("    },");
            if (referenced.Any())
            {
                writer.Line("    new[]");
                writer.Line("    {");
                foreach (var type in referenced)
                {
                    writer.Line($"        new {Info}(typeof(global::{JsonTypeInfoNames.FullName(type.Namespace, type.Name)}), {CSharpLiterals.String(type.SchemaName)}, null),");
                }
                writer.Line("    });");
            }
            else
            {
                writer.Line($"    global::System.Array.Empty<{Info}>());");
            }
        }
        return writer.ToString();
    }
}
