using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Emits <c>EventSchema.Generated.GeneratedSchemaTypes</c>: the project's <c>SchemaTypeRegistry</c>, every generated
/// type with its schema name and JSON Schema and the referenced types its schemas can use, and the assembly attribute
/// that lets <c>SchemaTypeRegistry.FromAssembly</c> find it. Tools that describe generated types (the OpenAPI schema
/// transformer) read it instead of reflecting over the assembly, which trimming and Native AOT do not allow. The class is
/// partial: each namespace's types are listed in that namespace's part of <c>GeneratedJson</c>'s sources, so adding a
/// type writes that part again and not the whole registry.
/// </summary>
internal static class SchemaTypeRegistryEmitter
{
    public const string HintName = "EventSchema.SchemaTypes.g.cs";

    private const string Registry = "global::EventSchema.Json.SchemaTypeRegistry";
    private const string Info = "global::EventSchema.Json.SchemaTypeInfo";

    /// <summary>The line of one of the project's types.</summary>
    public static SchemaTypeLine Line(ProjectTypeEntry type)
    {
        string fullName = "global::" + JsonTypeInfoNames.FullName(type.Namespace, type.Name);
        // Enums and scalars hold no property: their schema is written here, for a tool that meets one no record uses.
        string jsonSchema = type.HasJsonSchemaProperty ? fullName + ".JsonSchema"
            : type.InlineJsonSchema is { } inline ? CSharpLiterals.String(inline)
            : "null";
        return new SchemaTypeLine(fullName, type.SchemaName, jsonSchema);
    }

    /// <summary>The line of a referenced assembly's type, whose JSON Schema its own assembly's registry has.</summary>
    public static SchemaTypeLine Line(ReferencedJsonType type)
        => new("global::" + JsonTypeInfoNames.FullName(type.Namespace, type.Name), type.SchemaName, "null");

    private static string TypesMethod(string partId) => "__Types" + partId;

    /// <summary>The registry's main source, which joins its parts; null when the project generates no type (a registry of references only serves nobody).</summary>
    public static string? EmitMain(SchemaTypeRegistryLayout registry)
    {
        if (registry.PartIds.Count == 0) return null;
        var writer = new CodeWriter();
        GeneratedFileHeader.Write(writer, "The registry of the types EventSchema generated from this project's schemas.", string.Empty);
        writer.Line("[assembly: global::EventSchema.Json.SchemaTypeRegistryProvider(typeof(global::EventSchema.Generated.GeneratedSchemaTypes))]");
        writer.Line();
        writer.Line("namespace EventSchema.Generated;");
        writer.Line();
        writer.Line("/// <summary>Every type generated from this project's schemas, with its schema name and JSON Schema, for tools that describe them without reflection.</summary>");
        writer.Line(GeneratedCodeAttribute.Text);
        using (writer.Braces("internal static partial class GeneratedSchemaTypes"))
        {
            writer.Line("/// <summary>The registry; <c>SchemaTypeRegistry.FromAssembly</c> returns it for this assembly.</summary>");
            writer.Line($"public static {Registry} Instance {{ get; }} = new {Registry}(");
            writer.Line("    __Join(" + string.Join(", ", registry.PartIds.Select(id => TypesMethod(id) + "()")) + "),");
            if (registry.Referenced.Count > 0)
            {
                writer.Line("    new[]");
                writer.Line("    {");
                foreach (var line in registry.Referenced) writer.Line("        " + Entry(line) + ",");
                writer.Line("    });");
            }
            else
            {
                writer.Line($"    global::System.Array.Empty<{Info}>());");
            }
            writer.Line();
            using (writer.Braces($"private static {Info}[] __Join(params {Info}[][] parts)"))
            {
                writer.Line($"var all = new global::System.Collections.Generic.List<{Info}>();");
                writer.Line("foreach (var part in parts) all.AddRange(part);");
                writer.Line("return all.ToArray();");
            }
        }
        return writer.ToString();
    }

    /// <summary>Writes a part's types into <paramref name="writer"/>, inside namespace <c>EventSchema.Generated</c>.</summary>
    public static void WritePart(CodeWriter writer, GeneratedJsonPart part)
    {
        if (part.SchemaTypes.Count == 0) return;
        using (writer.Braces("internal static partial class GeneratedSchemaTypes"))
        {
            writer.Line($"private static {Info}[] {TypesMethod(part.Id)}() => new {Info}[]");
            writer.Line("{");
            foreach (var line in part.SchemaTypes) writer.Line("    " + Entry(line) + ",");
            writer.Line("};");
        }
    }

    private static string Entry(SchemaTypeLine line) => $"new {Info}(typeof({line.FullName}), {CSharpLiterals.String(line.SchemaName)}, {line.JsonSchema})";
}
