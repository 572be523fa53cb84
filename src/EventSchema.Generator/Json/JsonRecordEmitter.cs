using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Emits a record's JSON members into a partial declaration of it: pre-encoded property names, the JSON Schema
/// constant, <c>WriteJson</c>, <c>ReadJson</c>, <c>ToJson</c>, <c>FromJson</c>, and a sibling <c>JsonConverter</c>
/// that <c>[JsonConverter]</c> points System.Text.Json at.
/// </summary>
internal static class JsonRecordEmitter
{
    public static void Emit(CodeWriter writer, RecordSpec record, string fullName, bool hasValidate, string generatedCode)
    {
        string converter = JsonCode.ConverterName(record.Name);
        var code = new JsonValueCode();
        var properties = record.Properties;

        writer.Line($"[{JsonCode.ConverterAttribute}(typeof({converter}))]");
        using (writer.Braces($"partial record {record.Name}"))
        {
            for (int i = 0; i < properties.Count; i++)
            {
                writer.Line(JsonCode.EncodedField(EncodedName(properties[i]), properties[i].JsonName));
            }
            if (properties.Count > 0) writer.Line("private static readonly string[] __JsonPropertyNames = { " + string.Join(", ", properties.Select(p => CSharpLiterals.String(p.JsonName))) + " };");
            if (hasValidate) EmitNameMap(writer, record);
            writer.Line();

            if (record.JsonSchema is { } schema)
            {
                writer.Line("/// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>");
                writer.Line("public const string JsonSchema = " + CSharpLiterals.String(schema) + ";");
                writer.Line();
            }

            EmitWrite(writer, record, code);
            EmitPublicReaders(writer, record, hasValidate);
            EmitCoreReader(writer, record, code);
            if (properties.Count > 0) EmitMatch(writer, properties);

            foreach (string source in code.Sources)
            {
                writer.Line();
                writer.Line(source);
            }
        }
        writer.Line();
        writer.Line($"/// <summary>Reads and writes <see cref=\"{record.Name}\"/> for System.Text.Json with the generated code, so <c>JsonSerializer</c> needs no reflection.</summary>");
        writer.Line(generatedCode);
        using (writer.Braces($"public sealed class {converter} : global::System.Text.Json.Serialization.JsonConverter<{fullName}>"))
        {
            writer.Line("/// <inheritdoc />");
            writer.Line($"public override {fullName} Read(ref {JsonCode.Reader} reader, global::System.Type typeToConvert, {JsonCode.SerializerOptions} options)");
            writer.Line($"    => {fullName}.ReadJson(ref reader, {JsonCode.Options}.For(options));");
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line($"public override void Write({JsonCode.Writer} writer, {fullName} value, {JsonCode.SerializerOptions} options)");
            writer.Line("    => value.WriteJson(writer);");
        }
    }

    private static string EncodedName(PropertySpec property) => "__Json" + property.Name;

    private static string Local(int index) => "__v" + JsonCode.Int(index);

    private static void EmitWrite(CodeWriter writer, RecordSpec record, JsonValueCode code)
    {
        writer.Line("/// <summary>Writes this value as a JSON object; optional fields without a value are left out.</summary>");
        using (writer.Braces($"public void WriteJson({JsonCode.Writer} writer)"))
        {
            writer.Line("writer.WriteStartObject();");
            writer.Line("__WriteJsonMembers(writer);");
            writer.Line("writer.WriteEndObject();");
        }
        writer.Line();
        // As a property's value, the object starts together with the property's name, in one writer call.
        // Public, as records of a referencing assembly write this one as a property value.
        writer.Line("/// <summary>Writes this object as the value of the property <paramref name=\"name\"/>; used by generated code.</summary>");
        writer.Line("/// <param name=\"writer\">The writer.</param>");
        writer.Line("/// <param name=\"name\">The property name.</param>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public void __WriteJson({JsonCode.Writer} writer, {JsonCode.EncodedText} name)"))
        {
            writer.Line("writer.WriteStartObject(name);");
            writer.Line("__WriteJsonMembers(writer);");
            writer.Line("writer.WriteEndObject();");
        }
        writer.Line();
        // Public, as unions write a member's properties after their discriminator.
        writer.Line("/// <summary>Writes this object's properties, without its braces; used by generated code.</summary>");
        writer.Line("/// <param name=\"writer\">The writer.</param>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public void __WriteJsonMembers({JsonCode.Writer} writer)"))
        {
            foreach (PropertySpec property in record.Properties)
            {
                string name = EncodedName(property);
                string value = "this." + property.Name;
                ValueShape shape = property.Shape;
                // An optional field with a default other than null must say null explicitly, or a reader would apply the default.
                bool writeNull = !property.IsOptional || (property.DefaultExpression is not null && property.DefaultExpression != "null");
                if (shape.IsValueType && !property.IsOptional)
                {
                    writer.Line(code.WriteProperty(shape, name, value));
                    continue;
                }
                string local = "__" + property.Name;
                string test = shape.IsValueType ? $"{value} is {{ }} {local}" : $"{value} is {{ }} {local}";
                using (writer.Braces($"if ({test})"))
                {
                    writer.Line(code.WriteProperty(shape, name, local));
                }
                if (writeNull)
                {
                    using (writer.Braces("else"))
                    {
                        writer.Line($"writer.WriteNull({name});");
                    }
                }
            }
        }
        writer.Line();
    }

    private static void EmitPublicReaders(CodeWriter writer, RecordSpec record, bool hasValidate)
        => JsonEntryPointEmitter.Emit(
            writer,
            record.Name,
            [
                "Reads a value from JSON: strictly (a wrong or missing value is a <see cref=\"global::System.Text.Json.JsonException\"/> whose",
                "message and <c>Path</c> name the field), within the limits of <paramref name=\"options\"/>. The reader is on the",
                "object's first token (or not started) and ends on its last.",
            ],
            "ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)",
            hasValidate);

    private static void EmitCoreReader(CodeWriter writer, RecordSpec record, JsonValueCode code)
    {
        // Public, as records of a referencing assembly read this one as a property value.
        writer.Line("/// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>");
        writer.Line("/// <param name=\"reader\">The reader, on the object's first token.</param>");
        writer.Line("/// <param name=\"options\">The reading options.</param>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public static {record.Name} __ReadJson(ref {JsonCode.Reader} reader, {JsonCode.Options} options)"))
        {
            writer.Line($"{JsonCode.ValueReader}.ExpectStartObject(ref reader, options);");
            if (record.Properties.Count == 0) EmitFieldlessReader(writer, record);
            else EmitFieldReader(writer, record, code);
        }
        writer.Line();
    }

    private static void EmitFieldReader(CodeWriter writer, RecordSpec record, JsonValueCode code)
    {
        var properties = record.Properties;
        for (int i = 0; i < properties.Count; i++)
        {
            PropertySpec property = properties[i];
            string type = JsonCode.LocalType(property.Shape, property.IsOptional);
            string initial = property.DefaultExpression ?? "default";
            writer.Line($"{type} {Local(i)} = {initial};");
        }
        for (int word = 0; word < (properties.Count + 63) / 64; word++)
        {
            writer.Line($"ulong __seen{JsonCode.Int(word)} = 0;");
        }
        writer.Line("int __property = -1;");
        writer.Line("global::EventSchema.Json.SkippedPropertyNames __skipped = default;");
        using (writer.Braces("try"))
        {
            using (writer.Braces("while (true)"))
            {
                writer.Line("__property = -1;");
                writer.Line($"{JsonCode.ValueReader}.Read(ref reader);");
                writer.Line($"if (reader.TokenType == {JsonCode.TokenType}.EndObject) break;");
                writer.Line("int __index = __MatchJsonProperty(ref reader);");
                using (writer.Braces("if (__index < 0)"))
                {
                    writer.Line($"{JsonCode.ValueReader}.SkipUnknownProperty(ref reader, options, {CSharpLiterals.String(record.SchemaName)}, ref __skipped);");
                    writer.Line("continue;");
                }
                writer.Line("__property = __index;");
                writer.Line($"{JsonCode.ValueReader}.Read(ref reader);");
                using (writer.Braces("switch (__index)"))
                {
                    for (int i = 0; i < properties.Count; i++)
                    {
                        PropertySpec property = properties[i];
                        string seen = JsonCode.SeenWord(i);
                        string bit = JsonCode.Bit(i);
                        writer.Line($"case {JsonCode.Int(i)}:");
                        writer.Indent();
                        writer.Line($"if (({seen} & {bit}) != 0) throw {JsonCode.Errors}.DuplicateProperty();");
                        writer.Line($"{seen} |= {bit};");
                        string read = code.Read(property.Shape);
                        if (property.IsOptional)
                        {
                            writer.Line($"{Local(i)} = reader.TokenType == {JsonCode.TokenType}.Null ? null : {read};");
                        }
                        else
                        {
                            writer.Line($"{Local(i)} = {read};");
                        }
                        writer.Line("break;");
                        writer.Unindent();
                    }
                }
            }
        }
        // A filter notes the step and lets the error pass: no throw per level, so deep input cannot exhaust the stack.
        using (writer.Braces($"catch ({JsonCode.JsonException} __error) when (__property >= 0 && {JsonCode.Errors}.NoteProperty(__error, __JsonPropertyNames[__property]))"))
        {
            writer.Line("throw;");
        }
        for (int i = 0; i < properties.Count; i++)
        {
            PropertySpec property = properties[i];
            if (!property.IsRequired) continue;
            writer.Line($"if (({JsonCode.SeenWord(i)} & {JsonCode.Bit(i)}) == 0) throw {JsonCode.Errors}.MissingProperty({CSharpLiterals.String(record.SchemaName)}, {CSharpLiterals.String(property.JsonName)});");
        }
        using (writer.Braces($"return new {record.Name}", "};"))
        {
            for (int i = 0; i < properties.Count; i++)
            {
                PropertySpec property = properties[i];
                // Required values were all seen above; the locals of reference types are then set.
                string value = Local(i) + (!property.IsOptional && !property.Shape.IsValueType ? "!" : string.Empty);
                writer.Line($"{property.Name} = {value},");
            }
        }
    }

    /// <summary>
    /// The map from schema field names to JSON names, through the records the fields hold, that turns the paths of
    /// <c>Validate()</c> into paths of the payload for errors found while reading.
    /// </summary>
    private static void EmitNameMap(CodeWriter writer, RecordSpec record)
    {
        var properties = record.Properties;
        string schemaNames = string.Join(", ", properties.Select(p => CSharpLiterals.String(p.SchemaName)));
        string nested = string.Join(", ", properties.Select(p => RecordReached(p.Shape) is { } target ? $"static () => {target}.__wireNameMap!" : "null"));
        string jsonNames = properties.Count > 0 ? "__JsonPropertyNames" : "new string[0]";
        // Lower case after the underscores: no member named after a field (PascalCase) can take this name.
        // Public, as the reader is: records of a referenced contracts assembly are read through it.
        writer.Line("/// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>");
        writer.Line(JsonCode.Hidden);
        writer.Line($"public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] {{ {schemaNames} }}, {jsonNames}, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] {{ {nested} }});");
    }

    /// <summary>The record type a field holds, directly or as the items of (nested) collections; null for other values.</summary>
    private static string? RecordReached(ValueShape shape)
    {
        while (shape.IsCollection && shape.Element is { } element) shape = element;
        return shape.Kind == ShapeKind.Record ? shape.TypeName : null;
    }

    /// <summary>A record without fields: every property of its object is unknown.</summary>
    private static void EmitFieldlessReader(CodeWriter writer, RecordSpec record)
    {
        writer.Line("global::EventSchema.Json.SkippedPropertyNames __skipped = default;");
        using (writer.Braces("while (true)"))
        {
            writer.Line($"{JsonCode.ValueReader}.Read(ref reader);");
            writer.Line($"if (reader.TokenType == {JsonCode.TokenType}.EndObject) break;");
            writer.Line($"{JsonCode.ValueReader}.SkipUnknownProperty(ref reader, options, {CSharpLiterals.String(record.SchemaName)}, ref __skipped);");
        }
        writer.Line($"return new {record.Name}();");
    }

    /// <summary>
    /// The index of the property the reader is on, or -1: plain names compare their bytes after a switch on
    /// length; escaped or segmented names, and names that JSON text escapes, go through the reader's own comparison.
    /// </summary>
    private static void EmitMatch(CodeWriter writer, EquatableArray<PropertySpec> properties)
    {
        writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        using (writer.Braces($"private static int __MatchJsonProperty(ref {JsonCode.Reader} reader)"))
        {
            // ValueTextEquals throws InvalidOperationException on escapes that do not decode (a lone \uD800).
            writer.Line($"{JsonCode.StringDecoder}.CheckEscapes(in reader);");
            var plain = new List<(int Index, PropertySpec Property)>();
            var other = new List<(int Index, PropertySpec Property)>();
            for (int i = 0; i < properties.Count; i++)
            {
                (JsonCode.IsPlainAscii(properties[i].JsonName) ? plain : other).Add((i, properties[i]));
            }
            if (plain.Count > 0)
            {
                using (writer.Braces("if (!reader.ValueIsEscaped && !reader.HasValueSequence)"))
                {
                    writer.Line("global::System.ReadOnlySpan<byte> name = reader.ValueSpan;");
                    using (writer.Braces("switch (name.Length)"))
                    {
                        foreach (var group in plain.GroupBy(p => JsonCode.Utf8Length(p.Property.JsonName)).OrderBy(g => g.Key))
                        {
                            writer.Line($"case {JsonCode.Int(group.Key)}:");
                            writer.Indent();
                            foreach (var (index, property) in group)
                            {
                                // A UTF-8 literal is constant data the JIT can compare without loading a field.
                                writer.Line($"if (global::System.MemoryExtensions.SequenceEqual(name, {CSharpLiterals.String(property.JsonName)}u8)) return {JsonCode.Int(index)};");
                            }
                            writer.Line("break;");
                            writer.Unindent();
                        }
                    }
                    if (other.Count == 0) writer.Line("return -1;");
                }
            }
            foreach (var (index, property) in other)
            {
                writer.Line($"if (reader.ValueTextEquals({CSharpLiterals.String(property.JsonName)})) return {JsonCode.Int(index)};");
            }
            if (plain.Count > 0)
            {
                // A plain name may also arrive escaped (\u0061 for a) or split across buffer segments.
                using (writer.Braces("if (reader.ValueIsEscaped || reader.HasValueSequence)"))
                {
                    foreach (var (index, property) in plain)
                    {
                        writer.Line($"if (reader.ValueTextEquals({EncodedName(property)}.EncodedUtf8Bytes)) return {JsonCode.Int(index)};");
                    }
                }
            }
            writer.Line("return -1;");
        }
    }
}
