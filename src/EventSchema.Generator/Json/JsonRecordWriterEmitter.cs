using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>Emits a record's JSON writer: <c>WriteJson</c>, the property-value form and the members without braces.</summary>
internal static class JsonRecordWriterEmitter
{
    public static void Emit(CodeWriter writer, RecordSpec record, JsonValueCode code)
    {
        EmitObjectWriters(writer, "Writes this value as a JSON object; optional fields without a value are left out.", "object");
        // Public, as unions write a member's properties after their discriminator.
        writer.Line("/// <summary>Writes this object's properties, without its braces; used by generated code.</summary>");
        writer.Line("/// <param name=\"writer\">The writer.</param>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public void __WriteJsonMembers({JsonCode.Writer} writer)"))
        {
            foreach (PropertySpec property in record.Properties)
            {
                string name = JsonRecordEmitter.EncodedName(property);
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
        EmitRaw(writer, record, code);
    }

    /// <summary>
    /// The start of <c>WriteJson</c>: the whole object written below the writer and handed over at once, when the
    /// writer's options allow it; otherwise, or when a value needs the writer's own handling, the writer path follows.
    /// </summary>
    internal static void EmitRawAttempt(CodeWriter writer)
    {
        using (writer.Braces($"if ({JsonValueCode.RawWriter}.TryStart(writer, out var __raw))"))
        {
            using (writer.Braces("if (__WriteJsonRaw(ref __raw))"))
            {
                writer.Line("__raw.Complete(writer);");
                writer.Line("return;");
            }
            writer.Line("__raw.Abandon();");
        }
    }

    /// <summary>
    /// <c>WriteJson</c> (the raw path first, then the writer's) and <c>__WriteJson</c>, the form written as a property's
    /// value, both around the type's own <c>__WriteJsonMembers</c>; records and unions share them.
    /// </summary>
    public static void EmitObjectWriters(CodeWriter writer, string writeJsonSummary, string noun)
    {
        writer.Line($"/// <summary>{writeJsonSummary}</summary>");
        using (writer.Braces($"public void WriteJson({JsonCode.Writer} writer)"))
        {
            EmitRawAttempt(writer);
            writer.Line("writer.WriteStartObject();");
            writer.Line("__WriteJsonMembers(writer);");
            writer.Line("writer.WriteEndObject();");
        }
        writer.Line();
        // As a property's value, the object starts together with the property's name, in one writer call.
        // Public, as records of a referencing assembly write this one as a property value.
        writer.Line($"/// <summary>Writes this {noun} as the value of the property <paramref name=\"name\"/>; used by generated code.</summary>");
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
    }

    /// <summary>The object written into a <c>JsonRawWriter</c>: each property's name as a pre-encoded fragment, then its value.</summary>
    private static void EmitRaw(CodeWriter writer, RecordSpec record, JsonValueCode code)
    {
        writer.Line("/// <summary>Writes this object below the JSON writer; false when the writer must write it instead. Used by generated code.</summary>");
        writer.Line("/// <param name=\"raw\">The raw writer.</param>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public bool __WriteJsonRaw(ref {JsonValueCode.RawWriter} raw)"))
        {
            writer.Line("if (!raw.StartObject() || !__WriteJsonRawMembers(ref raw)) return false;");
            writer.Line("raw.EndObject();");
            writer.Line("return true;");
        }
        writer.Line();
        writer.Line("/// <summary>Writes this object's properties below the JSON writer, without its braces; used by generated code.</summary>");
        writer.Line("/// <param name=\"raw\">The raw writer.</param>");
        writer.Line(JsonCode.Hidden);
        using (writer.Braces($"public bool __WriteJsonRawMembers(ref {JsonValueCode.RawWriter} raw)"))
        {
            foreach (PropertySpec property in record.Properties)
            {
                string name = RawName(property);
                string value = "this." + property.Name;
                ValueShape shape = property.Shape;
                bool writeNull = !property.IsOptional || (property.DefaultExpression is not null && property.DefaultExpression != "null");
                if (shape.IsValueType && !property.IsOptional)
                {
                    writer.Line(name);
                    writer.Line(code.WriteRaw(shape, value));
                    continue;
                }
                string local = "__" + property.Name;
                using (writer.Braces($"if ({value} is {{ }} {local})"))
                {
                    writer.Line(name);
                    writer.Line(code.WriteRaw(shape, local));
                }
                if (writeNull)
                {
                    using (writer.Braces("else"))
                    {
                        writer.Line(name);
                        writer.Line("raw.Null();");
                    }
                }
            }
            writer.Line("return true;");
        }
        writer.Line();
    }

    // A plain ASCII name is its own JSON text, so the whole fragment is a UTF-8 literal; others use the pre-encoded field.
    private static string RawName(PropertySpec property) => JsonCode.IsPlainAscii(property.JsonName)
        ? $"raw.Name({CSharpLiterals.String(",\"" + property.JsonName + "\":")}u8);"
        : $"raw.Name({JsonRecordEmitter.EncodedName(property)});";
}
