using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Emits a scalar's JSON form: the raw underlying value, checked by the scalar's own <c>From</c> on the way
/// in so a value that breaks its rules fails as a <c>JsonException</c> with the reason.
/// </summary>
internal static class JsonScalarEmitter
{
    public static void Emit(CodeWriter writer, ScalarSpec spec, string fullName, string generatedCode)
    {
        string converter = JsonCode.ConverterName(spec.Name);
        var code = new JsonValueCode();
        ValueShape underlying = spec.Underlying;

        writer.Line($"[{JsonCode.ConverterAttribute}(typeof({converter}))]");
        writer.Line($"readonly partial record struct {spec.Name};");
        writer.Line();
        writer.Line($"/// <summary>Reads and writes <see cref=\"{spec.Name}\"/> as its raw value (and as a dictionary key), checking the scalar's rules on the way in.</summary>");
        writer.Line(generatedCode);
        // The base class makes the scalar a JsonSerializer dictionary key, through Read and Write: nothing more per scalar.
        using (writer.Braces($"public sealed class {converter} : global::EventSchema.Json.ScalarJsonConverter<{fullName}, {underlying.TypeName}>"))
        {
            writer.Line("/// <inheritdoc />");
            writer.Line($"public override {fullName} Read(ref {JsonCode.Reader} reader, global::System.Type typeToConvert, {JsonCode.SerializerOptions} options)");
            writer.Line($"    => ReadValue(ref reader, {JsonCode.Options}.For(options));");
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line($"public override void Write({JsonCode.Writer} writer, {fullName} value, {JsonCode.SerializerOptions} options) => WriteValue(writer, value);");
            writer.Line();
            writer.Line("/// <summary>Writes the raw value.</summary>");
            using (writer.Braces($"public static void WriteValue({JsonCode.Writer} writer, {fullName} value)"))
            {
                writer.Line($"var raw = {JsonValueCode.RawWriter}.Start(writer);");
                writer.Line("WriteRaw(ref raw, value, null);");
                writer.Line("raw.Complete();");
            }
            writer.Line();
            writer.Line("/// <summary>Writes the raw value into a raw writer as the value of <paramref name=\"property\"/> (null for an item); used by generated code.</summary>");
            writer.Line(JsonCode.Hidden);
            using (writer.Braces($"public static void WriteRaw(ref {JsonValueCode.RawWriter} raw, {fullName} value, string? property)"))
            {
                // Only default(T) has no value; writing null would give JSON that the reader refuses.
                if (!underlying.IsValueType) writer.Line($"if (value.ValueOrNull is null) throw global::EventSchema.Json.JsonWriteErrors.UnsetScalar({CSharpLiterals.String(spec.Name)}, property);");
                // default(T) of a scalar over a number holds 0 without passing From, and may break the scalar's rules.
                else if (spec.Rules.HasValueRules) writer.Line($"if (!{fullName}.TryFrom(value.Value, out _)) throw global::EventSchema.Json.JsonWriteErrors.ScalarBreaksRules({CSharpLiterals.String(spec.Name)}, property);");
                writer.Line(code.WriteRaw(underlying, "value.Value"));
            }
            writer.Line();
            writer.Line("/// <summary>Reads the raw value and checks the scalar's rules.</summary>");
            using (writer.Braces($"public static {fullName} ReadValue(ref {JsonCode.Reader} reader, {JsonCode.Options} options)"))
            {
                writer.Line($"var raw = {code.Read(underlying)};");
                using (writer.Braces("try"))
                {
                    writer.Line($"return {fullName}.From(raw);");
                }
                using (writer.Braces("catch (global::System.ArgumentException error)"))
                {
                    writer.Line($"throw {JsonCode.Errors}.InvalidScalar({CSharpLiterals.String(spec.SchemaName)}, error);");
                }
            }
        }
    }
}
