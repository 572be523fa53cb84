using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>Emits a record's JSON reader: its property table, the public entry points, the value switch the runtime's property loop drives, and the map from schema names to JSON names.</summary>
internal static class JsonRecordReaderEmitter
{
    /// <summary>Emits the public readers and the core reader.</summary>
    public static void Emit(CodeWriter writer, RecordSpec record, bool hasValidate, JsonValueCode code)
    {
        EmitPublicReaders(writer, record, hasValidate);
        EmitCoreReader(writer, record, code);
    }

    /// <summary>
    /// The table the runtime's property loop matches names against (the JSON names, the required properties, the schema
    /// name), and the error paths name properties from; before the name map, whose initializer reads it.
    /// </summary>
    public static void EmitPropertyTable(CodeWriter writer, RecordSpec record)
    {
        var properties = record.Properties;
        string names = "new string[] { " + string.Join(", ", properties.Select(p => CSharpLiterals.String(p.JsonName))) + " }";
        var arguments = new List<string> { CSharpLiterals.String(record.SchemaName), names };
        var required = new List<string>();
        for (int i = 0; i < properties.Count; i++)
        {
            if (properties[i].IsRequired) required.Add(JsonCode.Int(i));
        }
        // A record's former wire names (its @renamedFrom history) read into the same property, after the current ones.
        var formerNames = new List<string>();
        var formerIndexes = new List<string>();
        for (int i = 0; i < properties.Count; i++)
        {
            foreach (string name in properties[i].FormerJsonNames)
            {
                formerNames.Add(CSharpLiterals.String(name));
                formerIndexes.Add(JsonCode.Int(i));
            }
        }
        if (formerNames.Count == 0)
        {
            arguments.AddRange(required);
        }
        else
        {
            arguments.Add("new int[] { " + string.Join(", ", required) + " }");
            arguments.Add("new string[] { " + string.Join(", ", formerNames) + " }");
            arguments.Add("new int[] { " + string.Join(", ", formerIndexes) + " }");
        }
        writer.Line($"private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new({string.Join(", ", arguments)});");
    }

    private static void EmitPublicReaders(CodeWriter writer, RecordSpec record, bool hasValidate)
        => JsonEntryPointEmitter.Emit(
            writer,
            record.Name,
            ["Reads a value from JSON strictly, within the limits of <paramref name=\"options\"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last."],
            "ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)",
            hasValidate);

    private static void EmitCoreReader(CodeWriter writer, RecordSpec record, JsonValueCode code)
    {
        // Public, as records of a referencing assembly read this one as a property value.
        writer.Line("/// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public static {record.Name} __ReadJson(ref {JsonCode.Reader} reader, {JsonCode.Options} options)"))
        {
            var properties = record.Properties;
            for (int i = 0; i < properties.Count; i++)
            {
                PropertySpec property = properties[i];
                string type = JsonCode.LocalType(property.Shape, property.IsOptional);
                string initial = property.DefaultExpression ?? "default";
                writer.Line($"{type} {JsonRecordEmitter.Local(i)} = {initial};");
            }
            // The runtime's loop matches names, skips or rejects unknown ones, rejects duplicates and, in End, missing
            // required properties; the switch only reads the value of the property it is on.
            writer.Line("var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);");
            if (properties.Count == 0)
            {
                writer.Line("while (__object.Next(ref reader, options)) { }");
                writer.Line($"return new {record.Name}();");
            }
            else
            {
                EmitFieldLoop(writer, record, code);
            }
        }
        writer.Line();
    }

    private static void EmitFieldLoop(CodeWriter writer, RecordSpec record, JsonValueCode code)
    {
        var properties = record.Properties;
        using (writer.Braces("try"))
        {
            using (writer.Braces("while (__object.Next(ref reader, options))"))
            {
                using (writer.Braces("switch (__object.Property)"))
                {
                    for (int i = 0; i < properties.Count; i++)
                    {
                        PropertySpec property = properties[i];
                        string read = code.Read(property.Shape);
                        if (property.IsOptional) read = $"reader.TokenType == {JsonCode.TokenType}.Null ? null : {read}";
                        writer.Line($"case {JsonCode.Int(i)}: {JsonRecordEmitter.Local(i)} = {read}; break;");
                    }
                }
            }
        }
        // A filter notes the step and lets the error pass: no throw per level, so deep input cannot exhaust the stack.
        using (writer.Braces($"catch ({JsonCode.JsonException} __error) when (__object.NoteError(__error))"))
        {
            writer.Line("throw;");
        }
        writer.Line("__object.End();");
        using (writer.Braces($"return new {record.Name}", "};"))
        {
            for (int i = 0; i < properties.Count; i++)
            {
                PropertySpec property = properties[i];
                // Required values were all seen above; the locals of reference types are then set.
                string value = JsonRecordEmitter.Local(i) + (!property.IsOptional && !property.Shape.IsValueType ? "!" : string.Empty);
                writer.Line($"{property.Name} = {value},");
            }
        }
    }

    /// <summary>
    /// The map from schema field names to JSON names, through the records the fields hold, that turns the paths of
    /// <c>Validate()</c> into paths of the payload for errors found while reading.
    /// </summary>
    public static void EmitNameMap(CodeWriter writer, RecordSpec record)
    {
        var properties = record.Properties;
        string schemaNames = string.Join(", ", properties.Select(p => CSharpLiterals.String(p.SchemaName)));
        string nested = string.Join(", ", properties.Select(p => RecordReached(p.Shape) is { } target ? $"static () => {target}.__wireNameMap!" : "null"));
        // Lower case after the underscores: no member named after a field (PascalCase) can take this name.
        // Public, as the reader is: records of a referenced contracts assembly are read through it.
        writer.Line("/// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>");
        writer.Line(JsonCode.Hidden);
        writer.Line($"public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] {{ {schemaNames} }}, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] {{ {nested} }});");
    }

    /// <summary>The record type a field holds, directly or as the items of (nested) collections; null for other values.</summary>
    private static string? RecordReached(ValueShape shape)
    {
        while (shape.IsCollection && shape.Element is { } element) shape = element;
        return shape.Kind == ShapeKind.Record ? shape.TypeName : null;
    }
}
