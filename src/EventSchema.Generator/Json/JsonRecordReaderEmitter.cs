using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>Emits a record's JSON reader: the public entry points, the strict field loop, the property matcher and the map from schema names to JSON names.</summary>
internal static class JsonRecordReaderEmitter
{
    /// <summary>Emits the public readers, the core reader and the property matcher.</summary>
    public static void Emit(CodeWriter writer, RecordSpec record, bool hasValidate, JsonValueCode code)
    {
        EmitPublicReaders(writer, record, hasValidate);
        EmitCoreReader(writer, record, code);
        if (record.Properties.Count > 0) EmitMatch(writer, record.Properties);
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
            writer.Line($"{type} {JsonRecordEmitter.Local(i)} = {initial};");
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
                            writer.Line($"{JsonRecordEmitter.Local(i)} = reader.TokenType == {JsonCode.TokenType}.Null ? null : {read};");
                        }
                        else
                        {
                            writer.Line($"{JsonRecordEmitter.Local(i)} = {read};");
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
            // A record's former wire names (its @renamedFrom history) read into the same property, after the current ones.
            var former = new List<(int Index, string Name)>();
            for (int i = 0; i < properties.Count; i++)
            {
                foreach (string name in properties[i].FormerJsonNames) former.Add((i, name));
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
                    if (other.Count == 0 && former.Count == 0) writer.Line("return -1;");
                }
            }
            foreach (var (index, property) in other)
            {
                writer.Line($"if (reader.ValueTextEquals({CSharpLiterals.String(property.JsonName)})) return {JsonCode.Int(index)};");
            }
            foreach (var (index, name) in former)
            {
                writer.Line($"if (reader.ValueTextEquals({CSharpLiterals.String(name)})) return {JsonCode.Int(index)};");
            }
            if (plain.Count > 0)
            {
                // A plain name may also arrive escaped (\u0061 for a) or split across buffer segments.
                using (writer.Braces("if (reader.ValueIsEscaped || reader.HasValueSequence)"))
                {
                    foreach (var (index, property) in plain)
                    {
                        writer.Line($"if (reader.ValueTextEquals({JsonRecordEmitter.EncodedName(property)}.EncodedUtf8Bytes)) return {JsonCode.Int(index)};");
                    }
                }
            }
            writer.Line("return -1;");
        }
    }
}
