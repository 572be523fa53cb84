using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Emits a record's JSON members into a partial declaration of it: pre-encoded property names, the JSON Schema
/// property, <c>WriteJson</c>, <c>ReadJson</c>, <c>ToJson</c>, <c>FromJson</c>, and <c>[JsonConverter]</c> naming the
/// runtime's <c>GeneratedTypeConverterFactory</c>, which finds the converter the type's entry points made.
/// </summary>
internal static class JsonRecordEmitter
{
    public static void Emit(CodeWriter writer, RecordSpec record, bool hasValidate, JsonSchemaDefinitionTable schemas)
    {
        var code = new JsonValueCode();
        var properties = record.Properties;

        writer.Line($"[{JsonCode.ConverterAttribute}(typeof({JsonCode.SharedConverterFactory}))]");
        using (writer.Braces($"partial record {record.Name} : {JsonEntryPointEmitter.WritableInterface}"))
        {
            // Plain names are written from UTF-8 literals; only the others need a pre-encoded field.
            for (int i = 0; i < properties.Count; i++)
            {
                if (JsonRecordWriterEmitter.NeedsEncodedName(properties[i])) writer.Line(JsonCode.EncodedField(EncodedName(properties[i]), properties[i].JsonName));
            }
            JsonRecordReaderEmitter.EmitPropertyTable(writer, record);
            if (hasValidate) JsonRecordReaderEmitter.EmitNameMap(writer, record);
            writer.Line();

            if (record.JsonSchema is { } schema)
            {
                schemas.WriteProperty(writer, schema, "The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.");
                writer.Line();
            }

            JsonRecordWriterEmitter.Emit(writer, record, code);
            JsonRecordReaderEmitter.Emit(writer, record, hasValidate, code);

            foreach (string source in code.Sources)
            {
                writer.Line();
                writer.Line(source);
            }
        }
    }
    /// <summary>The field holding a property's pre-encoded JSON name.</summary>
    internal static string EncodedName(PropertySpec property) => "__Json" + property.Name;

    /// <summary>The reader's local holding the value of the property at <paramref name="index"/>.</summary>
    internal static string Local(int index) => "__v" + JsonCode.Int(index);
}
