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
        using (writer.Braces($"public static {type} ReadJson(ref {JsonCode.Reader} reader, {JsonCode.Options}? options = null)"))
        {
            writer.Line($"options ??= {JsonCode.Options}.Default;");
            writer.Line($"if (reader.TokenType == {JsonCode.TokenType}.None) {JsonCode.ValueReader}.Read(ref reader);");
            writer.Line($"{type} value;");
            using (writer.Braces("try"))
            {
                writer.Line("value = __ReadJson(ref reader, options);");
            }
            using (writer.Braces($"catch ({JsonCode.JsonException} __error) when ({JsonCode.Errors}.HasNotedPath(__error))"))
            {
                writer.Line($"throw {JsonCode.Errors}.WithNotedPath(__error);");
            }
            if (hasValidate) EmitValidateOnRead(writer);
            writer.Line("return value;");
        }
        writer.Line();
        EmitFromJson(writer, type, readJsonCref, versioned: false);
        writer.Line();
        writer.Line("/// <summary>This value as JSON text.</summary>");
        writer.Line($"public string ToJson() => {JsonCode.Text}.ToString(this, static (writer, value) => value.WriteJson(writer));");
        writer.Line();
        writer.Line("/// <summary>This value as UTF-8 JSON.</summary>");
        writer.Line($"public byte[] ToJsonUtf8Bytes() => {JsonCode.Text}.ToUtf8Bytes(this, static (writer, value) => value.WriteJson(writer));");
        writer.Line();
    }

    /// <summary>
    /// <c>FromJson</c> over UTF-8 and over text, reading the whole payload through <c>ReadJson</c>. <paramref name="versioned"/>
    /// writes the overloads of an event with past versions, which take the version the payload was written in.
    /// </summary>
    public static void EmitFromJson(CodeWriter writer, string type, string readJsonCref, bool versioned)
    {
        string parameter = versioned ? "int schemaVersion, " : "";
        string argument = versioned ? "schemaVersion, " : "";
        string writtenIn = " written in version <paramref name=\"schemaVersion\"/>";
        writer.Line($"/// <summary>Reads {(versioned ? "UTF-8 JSON" + writtenIn : "a value from UTF-8 JSON")}; see <see cref=\"{readJsonCref}\"/>.</summary>");
        using (writer.Braces($"public static {type} FromJson(global::System.ReadOnlySpan<byte> utf8Json, {parameter}{JsonCode.Options}? options = null)"))
        {
            writer.Line($"options ??= {JsonCode.Options}.Default;");
            writer.Line($"var reader = new {JsonCode.Reader}(utf8Json, new global::System.Text.Json.JsonReaderOptions {{ MaxDepth = options.MaxDepth + 1 }});");
            // The versioned ReadJson reads no token before it knows the version: a payload that is not JSON is reported first.
            if (versioned) writer.Line($"{JsonCode.ValueReader}.Read(ref reader);");
            writer.Line($"var value = ReadJson(ref reader, {argument}options);");
            writer.Line($"{JsonCode.ValueReader}.ExpectEnd(ref reader);");
            writer.Line("return value;");
        }
        writer.Line();
        writer.Line($"/// <summary>Reads {(versioned ? "JSON text" + writtenIn : "a value from JSON text")}; see <see cref=\"{readJsonCref}\"/>.</summary>");
        writer.Line($"public static {type} FromJson(string json, {parameter}{JsonCode.Options}? options = null)");
        writer.Line($"    => FromJson(global::System.Text.Encoding.UTF8.GetBytes(json ?? throw new global::System.ArgumentNullException(nameof(json))), {argument}options);");
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
