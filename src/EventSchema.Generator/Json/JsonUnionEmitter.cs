using System.Linq;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Emits a union's JSON members: the member's object with the discriminator property first on writing; on reading,
/// the discriminator found wherever it is in the object (see <c>JsonUnionReader</c>), then the member's own reader.
/// <c>[JsonConverter]</c> names the runtime's shared factory, so <c>JsonSerializer</c> uses them.
/// </summary>
internal static class JsonUnionEmitter
{
    public static void Emit(CodeWriter writer, UnionSpec union, string fullName, bool hasValidate, JsonSchemaDefinitionTable schemas)
    {
        var members = union.Members;
        string known = UnionKnownDiscriminators.Describe(members);

        writer.Line($"[{JsonCode.ConverterAttribute}(typeof({JsonCode.SharedConverterFactory}))]");
        using (writer.Braces($"partial class {union.Name} : {JsonEntryPointEmitter.WritableInterface}"))
        {
            if (!JsonCode.IsPlainAscii(union.DiscriminatorProperty)) writer.Line(JsonCode.EncodedField("__JsonDiscriminator", union.DiscriminatorProperty));
            writer.Line($"private const string __KnownDiscriminators = {CSharpLiterals.String(known)};");
            if (hasValidate)
            {
                writer.Line("/// <summary>The members' maps of schema names to JSON names, for error paths; used by generated code.</summary>");
                writer.Line(JsonCode.Hidden);
                string maps = string.Join(", ", members.Select(m => $"static () => {m.TypeName}.__wireNameMap"));
                writer.Line($"public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = global::EventSchema.Json.JsonNameMap.ForUnion(new global::System.Func<global::EventSchema.Json.JsonNameMap>[] {{ {maps} }});");
            }
            writer.Line();
            schemas.WriteProperty(writer, union.JsonSchema, "The JSON Schema (draft 2020-12) of this union's JSON form: <c>oneOf</c> its members, each with its discriminator value.");
            writer.Line();
            JsonUnionInfoEmitter.Emit(writer, union, fullName, hasValidate);
            EmitWrite(writer, union);
            EmitReaders(writer, union, hasValidate);
        }
    }

    private static void EmitWrite(CodeWriter writer, UnionSpec union)
    {
        JsonRecordWriterEmitter.EmitWriteJson(writer, "Writes the member as a JSON object whose first property is the discriminator.");
        writer.Line("/// <summary>Writes this value into a raw writer, the discriminator first; used by generated code.</summary>");
        writer.Line("/// <param name=\"raw\">The raw writer.</param>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public void __WriteJsonRaw(ref {JsonValueCode.RawWriter} raw)"))
        {
            writer.Line("raw.StartObject();");
            writer.Line(JsonRecordWriterEmitter.NameFragment(union.DiscriminatorProperty, "__JsonDiscriminator"));
            using (writer.Braces("switch (_member)"))
            {
                for (int i = 0; i < union.Members.Count; i++)
                {
                    var member = union.Members[i];
                    writer.Line($"case {JsonCode.Int(i)}: raw.String({CSharpLiterals.String(member.DiscriminatorValue)}); (({member.TypeName})_value).__WriteJsonRawMembers(ref raw); break;");
                }
            }
            writer.Line("raw.EndObject();");
        }
        writer.Line();
    }

    private static void EmitReaders(CodeWriter writer, UnionSpec union, bool hasValidate)
    {
        string type = union.Name;
        JsonEntryPointEmitter.Emit(
            writer,
            type,
            [
                "Reads a value from JSON: the discriminator says which member follows, wherever it is in the object. A missing,",
                "unknown or non-string discriminator, or a wrong member value, is a <see cref=\"global::System.Text.Json.JsonException\"/>.",
                "The reader is on the object's first token (or not started) and ends on its last.",
            ],
            "ReadJson",
            hasValidate);
        writer.Line("/// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>");
        writer.Line("/// <param name=\"reader\">The reader, on the object's first token.</param>");
        writer.Line("/// <param name=\"options\">The reading options.</param>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public static {type} __ReadJson(ref {JsonCode.Reader} reader, {JsonCode.Options} options)"))
        {
            writer.Line($"{JsonCode.ValueReader}.ExpectStartObject(ref reader, options);");
            writer.Line($"string __discriminator = global::EventSchema.Json.JsonUnionReader.ReadDiscriminator(reader, DiscriminatorProperty, {CSharpLiterals.String(union.SchemaName)}, __KnownDiscriminators, options);");
            writer.Line("using var __scope = global::EventSchema.Json.JsonUnionReader.Expect(DiscriminatorProperty, reader.CurrentDepth);");
            using (writer.Braces("switch (__discriminator)"))
            {
                for (int i = 0; i < union.Members.Count; i++)
                {
                    var member = union.Members[i];
                    writer.Line($"case {CSharpLiterals.String(member.DiscriminatorValue)}: return new {type}({member.TypeName}.__ReadJson(ref reader, options), {JsonCode.Int(i)});");
                    // A past version of an event member is read in its own shape and brought up to the current one.
                    foreach (var past in member.PastDiscriminators)
                    {
                        writer.Line($"case {CSharpLiterals.String(past.Value)}: return new {type}({member.TypeName}.{Building.CSharpNames.PastVersionTypeName(past.Version)}.__ReadJson(ref reader, options).ToCurrent(), {JsonCode.Int(i)});");
                    }
                }
                writer.Line($"default: throw {JsonCode.Errors}.UnknownDiscriminator(__discriminator, DiscriminatorProperty, {CSharpLiterals.String(union.SchemaName)}, __KnownDiscriminators);");
            }
        }
    }
}
