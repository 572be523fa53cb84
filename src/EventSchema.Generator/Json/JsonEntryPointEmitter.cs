using EventSchema.Generator.Emit;

namespace EventSchema.Generator.Json;

/// <summary>
/// The public JSON entry points every generated record, event and union has: <c>ReadJson</c> (top-level checks, the
/// noted error path, validation on read), <c>FromJson</c> over UTF-8 and text, <c>ToJson</c> and <c>ToJsonUtf8Bytes</c>.
/// Each type's own <c>__ReadJson</c> and <c>WriteJson</c> do the work; these wrap them the same way for every kind.
/// </summary>
internal static class JsonEntryPointEmitter
{
    /// <summary>The runtime type whose one instance per generated type holds the entry points' bodies.</summary>
    private const string EntryPointsType = "global::EventSchema.Json.JsonTypeEntryPoints";

    /// <summary>The interface the JSON part of a generated record or union adds, so the entry points can write it.</summary>
    public const string WritableInterface = "global::EventSchema.Json.IJsonWritable";

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
        // The bodies live in the runtime: each entry point is one call to the type's JsonTypeEntryPoints, one field
        // made with the type's own reader. A delegate field per entry point (or a method group or lambda at each
        // call, which the compiler caches in a nested class per type) costs the compiler more per type.
        writer.Line($"public static {type} ReadJson(ref {JsonCode.Reader} reader, {JsonCode.Options}? options = null)");
        writer.Line("    => __json.ReadJson(ref reader, options);");
        writer.Line();
        writer.Line($"/// <summary>Reads a value from UTF-8 JSON; see <see cref=\"{readJsonCref}\"/>.</summary>");
        writer.Line($"public static {type} FromJson(global::System.ReadOnlySpan<byte> utf8Json, {JsonCode.Options}? options = null) => __json.FromUtf8(utf8Json, options);");
        writer.Line();
        writer.Line($"/// <summary>Reads a value from JSON text; see <see cref=\"{readJsonCref}\"/>.</summary>");
        writer.Line($"public static {type} FromJson(string json, {JsonCode.Options}? options = null) => __json.FromText(json, options);");
        writer.Line();
        writer.Line("/// <summary>This value as JSON text.</summary>");
        writer.Line("public string ToJson() => __json.ToJson(this);");
        writer.Line();
        writer.Line("/// <summary>This value as UTF-8 JSON.</summary>");
        writer.Line("public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);");
        writer.Line();
        // In the same partial declaration as __wireNameMap and after it, so it is initialized first.
        writer.Line($"private static readonly {EntryPointsType}<{type}> __json = new(__ReadJson{(hasValidate ? ", __wireNameMap" : "")});");
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
