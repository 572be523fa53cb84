using System.Linq;
using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// Emits a union's <c>UnionInfo</c>: a runtime <c>UnionTypeInfo</c> with its discriminator, reader, writer and, for a
/// union of events, <c>TryFromEvent</c>, so code generic over unions (the Kafka serializers) can use any of them.
/// </summary>
internal static class JsonUnionInfoEmitter
{
    public static void Emit(CodeWriter writer, UnionSpec union, string fullName, bool hasValidate)
    {
        string discriminators = string.Join(", ", union.Members.Select(m => CSharpLiterals.String(m.DiscriminatorValue)));
        bool ofEvents = union.Members.Count > 0 && union.Members.All(m => m.IsEvent);
        writer.Line("/// <summary>This union's discriminator, reader and writer, for code that is generic over unions, such as the Kafka serializers.</summary>");
        writer.Line($"public static global::EventSchema.Json.UnionTypeInfo<{fullName}> UnionInfo {{ get; }} = new global::EventSchema.Json.UnionTypeInfo<{fullName}>(");
        writer.Line($"    {CSharpLiterals.String(union.SchemaName)}, DiscriminatorProperty, new string[] {{ {discriminators} }}, JsonSchema,");
        writer.Line($"    static (ref {JsonCode.Reader} reader, global::EventSchema.Json.EventJsonOptions options) => ReadJson(ref reader, options),");
        writer.Line("    static (writer, value) => value.WriteJson(writer),");
        writer.Line(hasValidate ? "    static value => value.Validate()," : "    null,");
        writer.Line(ofEvents ? $"    static value => TryFromEvent(value, out var result) ? result : null);" : "    null);");
        writer.Line();
    }
}
