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
            ? $"    => {entry}.ReadValidated<{type}>(ref reader, options, __jsonRead, __wireNameMap);"
            : $"    => {entry}.Read<{type}>(ref reader, options, __jsonRead);");
        writer.Line();
        writer.Line($"/// <summary>Reads a value from UTF-8 JSON; see <see cref=\"{readJsonCref}\"/>.</summary>");
        writer.Line($"public static {type} FromJson(global::System.ReadOnlySpan<byte> utf8Json, {JsonCode.Options}? options = null) => {entry}.FromUtf8<{type}>(utf8Json, options, __jsonReadTop);");
        writer.Line();
        writer.Line($"/// <summary>Reads a value from JSON text; see <see cref=\"{readJsonCref}\"/>.</summary>");
        writer.Line($"public static {type} FromJson(string json, {JsonCode.Options}? options = null) => {entry}.FromText<{type}>(json, options, __jsonReadTop);");
        writer.Line();
        writer.Line("/// <summary>This value as JSON text.</summary>");
        writer.Line($"public string ToJson() => {JsonCode.Text}.ToString(this, __jsonWrite);");
        writer.Line();
        writer.Line("/// <summary>This value as UTF-8 JSON.</summary>");
        writer.Line($"public byte[] ToJsonUtf8Bytes() => {JsonCode.Text}.ToUtf8Bytes(this, __jsonWrite);");
        writer.Line();
        // The delegates the entry points pass, made once with `new`: a method group or lambda passed directly makes the
        // compiler add a nested class per type to cache it (and bind the lambda during type inference), which cost
        // more compile time than the entry points themselves.
        writer.Line($"private static readonly global::EventSchema.Json.JsonValueRead<{type}> __jsonRead = new(__ReadJson);");
        writer.Line($"private static readonly global::EventSchema.Json.JsonTopLevelRead<{type}> __jsonReadTop = new(ReadJson);");
        writer.Line($"private static readonly global::System.Action<{JsonCode.Writer}, {type}> __jsonWrite = new(__WriteJsonTo);");
        writer.Line();
        writer.Line($"private static void __WriteJsonTo({JsonCode.Writer} writer, {type} value) => value.WriteJson(writer);");
        writer.Line();
    }

    /// <summary>
    /// <c>FromJson</c> over UTF-8 and over text for an event with past versions: they take the version the payload was
    /// written in and read the whole payload through the versioned <c>ReadJson</c>.
    /// </summary>
    public static void EmitVersionedFromJson(CodeWriter writer, string type, string readJsonCref)
    {
        string writtenIn = " written in version <paramref name=\"schemaVersion\"/>";
        writer.Line($"/// <summary>Reads UTF-8 JSON{writtenIn}; see <see cref=\"{readJsonCref}\"/>.</summary>");
        using (writer.Braces($"public static {type} FromJson(global::System.ReadOnlySpan<byte> utf8Json, int schemaVersion, {JsonCode.Options}? options = null)"))
        {
            writer.Line($"options ??= {JsonCode.Options}.Default;");
            writer.Line($"var reader = new {JsonCode.Reader}(utf8Json, new global::System.Text.Json.JsonReaderOptions {{ MaxDepth = options.MaxDepth + 1 }});");
            // The versioned ReadJson reads no token before it knows the version: a payload that is not JSON is reported first.
            writer.Line($"{JsonCode.ValueReader}.Read(ref reader);");
            writer.Line("var value = ReadJson(ref reader, schemaVersion, options);");
            writer.Line($"{JsonCode.ValueReader}.ExpectEnd(ref reader);");
            writer.Line("return value;");
        }
        writer.Line();
        writer.Line($"/// <summary>Reads JSON text{writtenIn}; see <see cref=\"{readJsonCref}\"/>.</summary>");
        writer.Line($"public static {type} FromJson(string json, int schemaVersion, {JsonCode.Options}? options = null)");
        writer.Line($"    => FromJson(global::System.Text.Encoding.UTF8.GetBytes(json ?? throw new global::System.ArgumentNullException(nameof(json))), schemaVersion, options);");
    }

    /// <summary>The check <c>ReadJson</c> makes of a value it read when the options ask for validation.</summary>
    public static void EmitValidateOnRead(CodeWriter writer)
    {
        using (writer.Braces("if (options.ValidateOnRead)"))
        {
            writer.Line("var result = value.Validate();");
            writer.Line($"if (!result.IsValid) throw {JsonCode.Errors}.Invalid(result, __wireNameMap);");
        }
    }
}
