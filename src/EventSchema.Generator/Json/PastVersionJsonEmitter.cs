using EventSchema.Generator.Emit;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// The JSON side of an event's past versions: each nested version record gets the generated reader and writer of its
/// shape, and the event gets readers that take the version a payload was written in, read that version's shape and
/// convert it into the current type. A version the event does not know is a <c>JsonException</c> naming it.
/// </summary>
internal static class PastVersionJsonEmitter
{
    public static void Emit(CodeWriter writer, RecordSpec record, bool hasValidate, JsonSchemaDefinitionTable schemas)
    {
        if (record.History is not { } history) return;
        writer.Line();
        using (writer.Braces($"partial record {record.Name}"))
        {
            foreach (PastVersionSpec past in history.PastVersions)
            {
                JsonRecordEmitter.Emit(writer, past.Shape, hasValidate: false, schemas);
                writer.Line();
            }
            EmitVersionedReaders(writer, record, history, hasValidate);
        }
    }

    private static void EmitVersionedReaders(CodeWriter writer, RecordSpec record, VersionHistorySpec history, bool hasValidate)
    {
        string type = record.Name;
        string current = JsonCode.Int(history.CurrentVersion);
        writer.Line("/// <summary>");
        writer.Line($"/// Reads a value written in version <paramref name=\"schemaVersion\"/> (1 to {current}) and returns it as the current version:");
        writer.Line("/// a past version is read in its own shape and converted up, one version at a time. A version this code does not know,");
        writer.Line($"/// such as one newer than {current}, is a <see cref=\"global::System.Text.Json.JsonException\"/> naming it.");
        writer.Line("/// </summary>");
        using (writer.Braces($"public static {type} ReadJson(ref {JsonCode.Reader} reader, int schemaVersion, {JsonCode.Options}? options = null)"))
        {
            writer.Line($"if (schemaVersion == SchemaVersion) return ReadJson(ref reader, options);");
            writer.Line($"options ??= {JsonCode.Options}.Default;");
            writer.Line($"{type} value;");
            using (writer.Braces("switch (schemaVersion)"))
            {
                foreach (PastVersionSpec past in history.PastVersions)
                {
                    writer.Line($"case {JsonCode.Int(past.Version)}: value = {past.Shape.Name}.ReadJson(ref reader, options).ToCurrent(); break;");
                }
                writer.Line($"default: throw global::EventSchema.Json.EventVersionErrors.UnknownVersion({CSharpLiterals.String(record.SchemaName)}, schemaVersion, SchemaVersion);");
            }
            // What a past version held must still make a valid current value.
            if (hasValidate) JsonEntryPointEmitter.EmitValidateOnRead(writer);
            writer.Line("return value;");
        }
        writer.Line();
        JsonEntryPointEmitter.EmitVersionedFromJson(writer, type, "ReadJson(ref global::System.Text.Json.Utf8JsonReader, int, global::EventSchema.Json.EventJsonOptions?)");
    }

    /// <summary>The past versions of an event for its catalog entry: each reads its type string into the current type.</summary>
    public static void EmitCatalogEntries(CodeWriter writer, string fullName, EquatableArray<CatalogPastVersion> pastVersions)
    {
        writer.Line("new global::EventSchema.Json.EventTypeInfo[]");
        writer.Line("{");
        writer.Indent();
        foreach (CatalogPastVersion past in pastVersions)
        {
            string version = JsonCode.Int(past.Version);
            writer.Line($"global::EventSchema.Json.EventTypeInfo.PastVersion({CSharpLiterals.String(past.EventType)}, typeof({fullName}), {version}, {fullName}.{past.ShapeName}.JsonSchema, "
                + $"static (ref {JsonCode.Reader} reader, {JsonCode.Options} options) => {fullName}.ReadJson(ref reader, {version}, options)),");
        }
        writer.Unindent();
        writer.Line("}),");
    }
}
