using EventSchema.Generator.Emit;

namespace EventSchema.Generator.Json;

/// <summary>
/// The public JSON entry points every generated record, event and union has: <c>ReadJson</c> (top-level checks, the
/// noted error path, validation on read), <c>FromJson</c> over UTF-8 and text, <c>ToJson</c> and <c>ToJsonUtf8Bytes</c>.
/// Each type's own <c>__ReadJson</c> and <c>WriteJson</c> do the work; these wrap them the same way for every kind.
/// </summary>
internal static class JsonEntryPointEmitter
{
    /// <param name="writer">Where the members go, inside the type.</param>
    /// <param name="type">The type's C# name.</param>
    /// <param name="readJsonSummary">The lines of <c>ReadJson</c>'s summary, without the <c>///</c>.</param>
    /// <param name="readJsonCref">How the other members' docs name <c>ReadJson</c> (with its signature when it is overloaded).</param>
    /// <param name="hasValidate">Whether the type has <c>Validate()</c>, so <c>ReadJson</c> validates on request.</param>
    public static void Emit(CodeWriter writer, string type, string[] readJsonSummary, string readJsonCref, bool hasValidate)
    {
        writer.Line("/// <summary>");
        foreach (string line in readJsonSummary) writer.Line("/// " + line);
        writer.Line("/// </summary>");
        // The bodies live in the runtime (JsonReadEntryPoints): each entry point is one call with the type's own reader.
        string entry = "global::EventSchema.Json.JsonReadEntryPoints";
        writer.Line($"public static {type} ReadJson(ref {JsonCode.Reader} reader, {JsonCode.Options}? options = null)");
        writer.Line(hasValidate
            ? $"    => {entry}.ReadValidated<{type}>(ref reader, options, __ReadJson, __wireNameMap);"
            : $"    => {entry}.Read<{type}>(ref reader, options, __ReadJson);");
        writer.Line();
        writer.Line($"/// <summary>Reads a value from UTF-8 JSON; see <see cref=\"{readJsonCref}\"/>.</summary>");
        writer.Line($"public static {type} FromJson(global::System.ReadOnlySpan<byte> utf8Json, {JsonCode.Options}? options = null) => {entry}.FromUtf8<{type}>(utf8Json, options, ReadJson);");
        writer.Line();
        writer.Line($"/// <summary>Reads a value from JSON text; see <see cref=\"{readJsonCref}\"/>.</summary>");
        writer.Line($"public static {type} FromJson(string json, {JsonCode.Options}? options = null) => {entry}.FromText<{type}>(json, options, ReadJson);");
        writer.Line();
        writer.Line("/// <summary>This value as JSON text.</summary>");
        writer.Line($"public string ToJson() => {JsonCode.Text}.ToString(this, static (writer, value) => value.WriteJson(writer));");
        writer.Line();
        writer.Line("/// <summary>This value as UTF-8 JSON.</summary>");
        writer.Line($"public byte[] ToJsonUtf8Bytes() => {JsonCode.Text}.ToUtf8Bytes(this, static (writer, value) => value.WriteJson(writer));");
        writer.Line();
    }
}
