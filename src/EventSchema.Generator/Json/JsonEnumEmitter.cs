using System.Linq;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Emits an enum's JSON converter: members written as their pre-encoded schema strings, read back by
/// comparing bytes, an unknown string failing with the list of allowed values.
/// </summary>
internal static class JsonEnumEmitter
{
    /// <summary>The attribute the enum declaration carries (enums cannot be partial, so the enum emitter writes it).</summary>
    public static string Attribute(EnumSpec spec) => $"[{JsonCode.ConverterAttribute}(typeof({JsonCode.ConverterName(spec.Name)}))]";

    public static void Emit(CodeWriter writer, EnumSpec spec, string fullName, string generatedCode)
    {
        string converter = JsonCode.ConverterName(spec.Name);
        var distinct = spec.Members.GroupBy(m => m.JsonValue, System.StringComparer.Ordinal).Select(g => g.First()).ToList();
        string allowed = string.Join(", ", spec.Members.Select(m => m.JsonValue).Distinct());

        writer.Line($"/// <summary>Reads and writes <see cref=\"{spec.Name}\"/> as the strings its members have in the schema.</summary>");
        writer.Line(generatedCode);
        using (writer.Braces($"public sealed class {converter} : global::System.Text.Json.Serialization.JsonConverter<{fullName}>"))
        {
            for (int i = 0; i < spec.Members.Count; i++)
            {
                writer.Line(JsonCode.EncodedField("__Json" + spec.Members[i].Name, spec.Members[i].JsonValue));
            }
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line($"public override {fullName} Read(ref {JsonCode.Reader} reader, global::System.Type typeToConvert, {JsonCode.SerializerOptions} options) => ReadValue(ref reader);");
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line($"public override void Write({JsonCode.Writer} writer, {fullName} value, {JsonCode.SerializerOptions} options) => WriteValue(writer, value);");
            writer.Line();
            // As a dictionary key under JsonSerializer: the same schema strings, as property names.
            writer.Line("/// <inheritdoc />");
            writer.Line($"public override {fullName} ReadAsPropertyName(ref {JsonCode.Reader} reader, global::System.Type typeToConvert, {JsonCode.SerializerOptions} options) => ReadValue(ref reader);");
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line($"public override void WriteAsPropertyName({JsonCode.Writer} writer, {fullName} value, {JsonCode.SerializerOptions} options) => writer.WritePropertyName(Encoded(value));");
            writer.Line();
            writer.Line("/// <summary>Writes <paramref name=\"value\"/> as its schema string.</summary>");
            writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a declared member.</exception>");
            writer.Line($"public static void WriteValue({JsonCode.Writer} writer, {fullName} value) => writer.WriteStringValue(Encoded(value));");
            writer.Line();
            writer.Line("/// <summary>Writes <paramref name=\"value\"/> as its schema string into a raw writer; used by generated code.</summary>");
            writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a declared member.</exception>");
            writer.Line(JsonCode.Hidden);
            writer.Line($"public static void WriteRaw(ref {JsonValueCode.RawWriter} raw, {fullName} value) => raw.String(Encoded(value));");
            writer.Line();
            using (writer.Braces($"private static {JsonCode.EncodedText} Encoded({fullName} value) => value switch", "};"))
            {
                foreach (EnumMemberSpec member in spec.Members)
                {
                    writer.Line($"{fullName}.{member.Name} => __Json{member.Name},");
                }
                writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CSharpLiterals.String("The value is not a declared " + spec.Name + " member, so it has no JSON text: the reader would refuse it. Validate() reports it with code 'enum'.")}),");
            }
            writer.Line();
            writer.Line("/// <summary>Reads a member from its schema string; any other value is a <see cref=\"global::System.Text.Json.JsonException\"/>.</summary>");
            using (writer.Braces($"public static {fullName} ReadValue(ref {JsonCode.Reader} reader)"))
            {
                writer.Line($"if (reader.TokenType != {JsonCode.TokenType}.String && reader.TokenType != {JsonCode.TokenType}.PropertyName) throw {JsonCode.Errors}.UnexpectedToken(\"a string\", reader.TokenType);");
                writer.Line($"{JsonCode.StringDecoder}.CheckEscapes(in reader);");
                var plain = distinct.Where(m => JsonCode.IsPlainAscii(m.JsonValue)).ToList();
                var other = distinct.Where(m => !JsonCode.IsPlainAscii(m.JsonValue)).ToList();
                if (plain.Count > 0)
                {
                    using (writer.Braces("if (!reader.ValueIsEscaped && !reader.HasValueSequence)"))
                    {
                        writer.Line("global::System.ReadOnlySpan<byte> text = reader.ValueSpan;");
                        using (writer.Braces("switch (text.Length)"))
                        {
                            foreach (var group in plain.GroupBy(m => JsonCode.Utf8Length(m.JsonValue)).OrderBy(g => g.Key))
                            {
                                writer.Line($"case {JsonCode.Int(group.Key)}:");
                                writer.Indent();
                                foreach (EnumMemberSpec member in group)
                                {
                                    writer.Line($"if (global::System.MemoryExtensions.SequenceEqual(text, {CSharpLiterals.String(member.JsonValue)}u8)) return {fullName}.{member.Name};");
                                }
                                writer.Line("break;");
                                writer.Unindent();
                            }
                        }
                    }
                    using (writer.Braces("else"))
                    {
                        foreach (EnumMemberSpec member in plain)
                        {
                            writer.Line($"if (reader.ValueTextEquals(__Json{member.Name}.EncodedUtf8Bytes)) return {fullName}.{member.Name};");
                        }
                    }
                }
                foreach (EnumMemberSpec member in other)
                {
                    writer.Line($"if (reader.ValueTextEquals({CSharpLiterals.String(member.JsonValue)})) return {fullName}.{member.Name};");
                }
                writer.Line($"throw {JsonCode.Errors}.UnknownEnumValue(ref reader, {CSharpLiterals.String(spec.SchemaName)}, {CSharpLiterals.String(allowed)});");
            }
        }
    }
}
