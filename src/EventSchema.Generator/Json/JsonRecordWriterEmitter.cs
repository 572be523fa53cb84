using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Emits a record's JSON writer: <c>WriteJson</c> and the object written into a <c>JsonRawWriter</c>, which is the one
/// writing path (the runtime buffers it for a compact default writer and hands every call to any other writer).
/// </summary>
internal static class JsonRecordWriterEmitter
{
    public static void Emit(CodeWriter writer, RecordSpec record, JsonValueCode code)
    {
        EmitWriteJson(writer, "Writes this value as a JSON object; optional fields without a value are left out.");
        writer.Line("/// <summary>Writes this object into a raw writer; used by generated code.</summary>");
        writer.Line("/// <param name=\"raw\">The raw writer.</param>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public void __WriteJsonRaw(ref {JsonValueCode.RawWriter} raw)"))
        {
            writer.Line("raw.StartObject();");
            writer.Line("__WriteJsonRawMembers(ref raw);");
            writer.Line("raw.EndObject();");
        }
        writer.Line();
        // Public, as unions write a member's properties after their discriminator.
        writer.Line("/// <summary>Writes this object's properties into a raw writer, without its braces; used by generated code.</summary>");
        writer.Line("/// <param name=\"raw\">The raw writer.</param>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public void __WriteJsonRawMembers(ref {JsonValueCode.RawWriter} raw)"))
        {
            foreach (PropertySpec property in record.Properties)
            {
                string name = RawName(property);
                string value = "this." + property.Name;
                ValueShape shape = property.Shape;
                string jsonName = CSharpLiterals.String(property.JsonName);
                if (shape.IsValueType && !property.IsOptional)
                {
                    writer.Line(name + " " + code.WriteRaw(shape, value, jsonName));
                    continue;
                }
                string local = "__" + property.Name;
                string write = code.WriteRaw(shape, local, jsonName);
                // An optional field with a default other than null must say null explicitly, or a reader would apply the default.
                bool writeNull = !property.IsOptional || (property.DefaultExpression is not null && property.DefaultExpression != "null");
                if (!property.IsOptional)
                {
                    // A required field holding null (set with null!) has no JSON form its reader takes: refuse, as for an unset scalar.
                    writer.Line(name);
                    writer.Line($"if ({value} is {{ }} {local}) {write} else throw global::EventSchema.Json.JsonWriteErrors.NullRequired({jsonName});");
                }
                else if (writeNull)
                {
                    writer.Line(name);
                    writer.Line($"if ({value} is {{ }} {local}) {write} else raw.Null();");
                }
                else
                {
                    writer.Line($"if ({value} is {{ }} {local}) {{ {name} {write} }}");
                }
            }
        }
        writer.Line();
    }

    /// <summary><c>WriteJson</c> around the type's own <c>__WriteJsonRaw</c>; records and unions share it.</summary>
    public static void EmitWriteJson(CodeWriter writer, string summary)
    {
        writer.Line($"/// <summary>{summary}</summary>");
        using (writer.Braces($"public void WriteJson({JsonCode.Writer} writer)"))
        {
            writer.Line($"var raw = {JsonValueCode.RawWriter}.Start(writer);");
            writer.Line("__WriteJsonRaw(ref raw);");
            writer.Line("raw.Complete();");
        }
        writer.Line();
    }

    /// <summary>Whether a property's name is written from a pre-encoded field rather than a UTF-8 literal.</summary>
    internal static bool NeedsEncodedName(PropertySpec property) => !JsonCode.IsPlainAscii(property.JsonName);

    // A plain ASCII name is its own JSON text, so the whole fragment is a UTF-8 literal; others use the pre-encoded field.
    private static string RawName(PropertySpec property) => NameFragment(property.JsonName, JsonRecordEmitter.EncodedName(property));

    /// <summary>The statement writing property name <paramref name="jsonName"/>: a UTF-8 literal when plain, else the pre-encoded field.</summary>
    internal static string NameFragment(string jsonName, string encodedField) => JsonCode.IsPlainAscii(jsonName)
        ? $"raw.Name({CSharpLiterals.String(",\"" + jsonName + "\":")}u8);"
        : $"raw.Name({encodedField});";
}
