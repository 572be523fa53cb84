// support.eventschema

/// <summary>A policy or principle one state publicly backs for another.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.Text.Json.Serialization.JsonConverter(typeof(SupportedPrincipleJsonConverter))]
public enum SupportedPrinciple
{
    /// <summary>The position that there is one China.</summary>
    OneChina,

    /// <summary>Written <c>territorial-integrity</c> in schemas and on the wire.</summary>
    TerritorialIntegrity,

    /// <summary>Written <c>sovereignty</c> in schemas and on the wire.</summary>
    Sovereignty,

    /// <summary>Backing offered for an international initiative rather than a principle.</summary>
    Initiative,
}

/// <summary>Converts <see cref="SupportedPrinciple"/> values to and from the strings they have in schemas and on the wire.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public static partial class SupportedPrincipleExtensions
{
    /// <summary>The wire value of <paramref name="value"/>, such as <c>one-china</c>.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToJsonValue(this SupportedPrinciple value)
    {
        return value switch
        {
            SupportedPrinciple.OneChina => "one-china",
            SupportedPrinciple.TerritorialIntegrity => "territorial-integrity",
            SupportedPrinciple.Sovereignty => "sovereignty",
            SupportedPrinciple.Initiative => "initiative",
            _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Not a defined SupportedPrinciple member."),
        };
    }

    /// <summary>The member whose wire value is <paramref name="value"/> (compared ordinally); false when there is none.</summary>
    public static bool TryFromJsonValue(string? value, out SupportedPrinciple result)
    {
        switch (value)
        {
            case "one-china":
                result = SupportedPrinciple.OneChina;
                return true;
            case "territorial-integrity":
                result = SupportedPrinciple.TerritorialIntegrity;
                return true;
            case "sovereignty":
                result = SupportedPrinciple.Sovereignty;
                return true;
            case "initiative":
                result = SupportedPrinciple.Initiative;
                return true;
            default:
                result = default;
                return false;
        }
    }

    /// <summary>The member whose wire value is <paramref name="value"/>.</summary>
    /// <exception cref="global::System.ArgumentException"><paramref name="value"/> is no member's wire value.</exception>
    public static SupportedPrinciple FromJsonValue(string value)
    {
        if (TryFromJsonValue(value, out var result)) return result;
        throw new global::System.ArgumentException("\"" + value + "\" is not a SupportedPrinciple value; expected one of: one-china, territorial-integrity, sovereignty, initiative.", nameof(value));
    }

    /// <summary>Whether <paramref name="value"/> is a declared member (a cast can make any number a <see cref="SupportedPrinciple"/>).</summary>
    public static bool IsDefined(this SupportedPrinciple value) => value is SupportedPrinciple.OneChina or SupportedPrinciple.TerritorialIntegrity or SupportedPrinciple.Sovereignty or SupportedPrinciple.Initiative;
}

/// <summary>One state reaffirms its support for a policy or principle of another.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record SupportReaffirmed : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Diplomacy.IOccurrence
{
    /// <summary>The event type string: <c>diplomacy.support-reaffirmed.v1</c>.</summary>
    public const string EventType = "diplomacy.support-reaffirmed.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Support reaffirmed".</summary>
    public const string DisplayName = "Support reaffirmed";

    /// <summary>The <c>supporter</c> field.</summary>
    [global::EventSchema.SchemaRules("SupportReaffirmed.supporter in support.eventschema", "Supporter", Required = true)]
    public required global::Diplomacy.Official Supporter { get; init; }

    /// <summary>The state whose policy is supported, such as CN.</summary>
    public required global::Diplomacy.CountryCode Beneficiary { get; init; }

    /// <summary>The <c>principle</c> field.</summary>
    public required global::Diplomacy.SupportedPrinciple Principle { get; init; }

    /// <summary>The policy as the source names it, such as "One China".</summary>
    [global::EventSchema.SchemaRules("SupportReaffirmed.policy in support.eventschema", "Policy", Required = true, MinLength = 1, MaxLength = 120)]
    public required string Policy { get; init; }

    /// <summary>How the source characterised the support, such as "unwavering".</summary>
    [global::EventSchema.SchemaRules("SupportReaffirmed.characterisation in support.eventschema", "Characterisation", MaxLength = 60)]
    public string? Characterisation { get; init; }

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>
    public string Describe() => global::EventSchema.RecordText.Describe($"{this.Supporter?.Name} reaffirmed support for {this.Policy}");

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Supporter", this.Supporter, "Beneficiary", this.Beneficiary, "Principle", this.Principle, "Policy", this.Policy, "Characterisation", this.Characterisation, "OccurredOn", this.OccurredOn);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // supporter
        if (this.Supporter is null)
        {
            if (!scope.Report(ref valid, "supporter", "Supporter", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.Supporter.CollectValidationErrors(scope.Member("supporter", "Supporter")))) return false;
        }
        // beneficiary
        if (this.Beneficiary.ValueOrNull is null && !scope.Report(ref valid, "beneficiary", "Beneficiary", "required", "is required.")) return false;
        // principle
        if (!global::Diplomacy.SupportedPrincipleExtensions.IsDefined(this.Principle) && !scope.Report(ref valid, "principle", "Principle", "enum", "must be a defined supported principle value.")) return false;
        // policy
        if (!scope.Text(ref valid, this.Policy, "policy", "Policy", "is required.", 1, "must be at least 1 character long.", 120, "must be at most 120 characters long.")) return false;
        // characterisation
        if (!scope.Text(ref valid, this.Characterisation, "characterisation", "Characterisation", null, 0, null, 60, "must be at most 60 characters long.")) return false;
        return valid;
    }
}

/// <summary>A state affirms it backs another's territorial integrity and sovereignty.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record IntegritySupportAffirmed : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Diplomacy.IOccurrence
{
    /// <summary>The event type string: <c>diplomacy.integrity-support-affirmed.v1</c>.</summary>
    public const string EventType = "diplomacy.integrity-support-affirmed.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Integrity support affirmed".</summary>
    public const string DisplayName = "Integrity support affirmed";

    /// <summary>The <c>affirmedBy</c> field.</summary>
    [global::EventSchema.SchemaRules("IntegritySupportAffirmed.affirmedBy in support.eventschema", "Affirmed by", Required = true)]
    public required global::Diplomacy.Official AffirmedBy { get; init; }

    /// <summary>The <c>principles</c> field.</summary>
    [global::EventSchema.SchemaRules("IntegritySupportAffirmed.principles in support.eventschema", "Principles", ItemDisplayName = "Principle", Required = true, MinItems = 1, UniqueItems = true)]
    public required global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.SupportedPrinciple> Principles { get => __collectionPrinciples.Value!; init => __collectionPrinciples = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.SupportedPrinciple>> __collectionPrinciples;

    /// <summary>The <c>supported</c> field.</summary>
    public required global::Diplomacy.CountryCode Supported { get; init; }

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event for people; without a <c>@summary</c> template, its display name.</summary>
    public string Describe() => DisplayName;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "AffirmedBy", this.AffirmedBy, "Principles", global::EventSchema.RecordText.Items(this.Principles), "Supported", this.Supported, "OccurredOn", this.OccurredOn);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // affirmedBy
        if (this.AffirmedBy is null)
        {
            if (!scope.Report(ref valid, "affirmedBy", "Affirmed by", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.AffirmedBy.CollectValidationErrors(scope.Member("affirmedBy", "Affirmed by")))) return false;
        }
        // principles
        if (this.Principles is null)
        {
            if (!scope.Report(ref valid, "principles", "Principles", "required", "is required.")) return false;
        }
        else
        {
            if (this.Principles.Count < 1 && !scope.Report(ref valid, "principles", "Principles", "minItems", "must have at least 1 item.")) return false;
            if (global::EventSchema.ValidationRules.HasDuplicates(this.Principles, global::System.Collections.Generic.EqualityComparer<global::Diplomacy.SupportedPrinciple>.Default) && !scope.Report(ref valid, "principles", "Principles", "uniqueItems", "must not contain duplicate items.")) return false;
            for (int i0 = 0; i0 < this.Principles.Count; i0++)
            {
                var item0 = this.Principles[i0];
                if (!global::Diplomacy.SupportedPrincipleExtensions.IsDefined(item0) && !scope.Item("principles", "Principle", i0).Report(ref valid, "enum", "must be a defined supported principle value.")) return false;
            }
        }
        // supported
        if (this.Supported.ValueOrNull is null && !scope.Report(ref valid, "supported", "Supported", "required", "is required.")) return false;
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.SupportedPrinciple>?> __Comparer0 = global::EventSchema.SequenceEqualityComparer<global::Diplomacy.SupportedPrinciple>.Default;
}

/// <summary>Reads and writes <see cref="SupportedPrinciple"/> as the strings its members have in the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class SupportedPrincipleJsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::Diplomacy.SupportedPrinciple>
{
    private static readonly global::System.Text.Json.JsonEncodedText __JsonOneChina = global::System.Text.Json.JsonEncodedText.Encode("one-china");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonTerritorialIntegrity = global::System.Text.Json.JsonEncodedText.Encode("territorial-integrity");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonSovereignty = global::System.Text.Json.JsonEncodedText.Encode("sovereignty");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonInitiative = global::System.Text.Json.JsonEncodedText.Encode("initiative");

    /// <inheritdoc />
    public override global::Diplomacy.SupportedPrinciple Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Diplomacy.SupportedPrinciple value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);

    /// <inheritdoc />
    public override global::Diplomacy.SupportedPrinciple ReadAsPropertyName(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(global::System.Text.Json.Utf8JsonWriter writer, global::Diplomacy.SupportedPrinciple value, global::System.Text.Json.JsonSerializerOptions options) => writer.WritePropertyName(Encoded(value));

    /// <summary>Writes <paramref name="value"/> as its schema string.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::Diplomacy.SupportedPrinciple value) => writer.WriteStringValue(Encoded(value));

    /// <summary>Writes <paramref name="value"/> as its schema string into a raw writer; used by generated code.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteRaw(ref global::EventSchema.Json.JsonRawWriter raw, global::Diplomacy.SupportedPrinciple value) => raw.String(Encoded(value));

    private static global::System.Text.Json.JsonEncodedText Encoded(global::Diplomacy.SupportedPrinciple value) => value switch
    {
        global::Diplomacy.SupportedPrinciple.OneChina => __JsonOneChina,
        global::Diplomacy.SupportedPrinciple.TerritorialIntegrity => __JsonTerritorialIntegrity,
        global::Diplomacy.SupportedPrinciple.Sovereignty => __JsonSovereignty,
        global::Diplomacy.SupportedPrinciple.Initiative => __JsonInitiative,
        _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "The value is not a declared SupportedPrinciple member, so it has no JSON text: the reader would refuse it. Validate() reports it with code 'enum'."),
    };

    /// <summary>Reads a member from its schema string; any other value is a <see cref="global::System.Text.Json.JsonException"/>.</summary>
    public static global::Diplomacy.SupportedPrinciple ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.String && reader.TokenType != global::System.Text.Json.JsonTokenType.PropertyName) throw global::EventSchema.Json.JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        global::EventSchema.Json.JsonStringDecoder.CheckEscapes(in reader);
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            global::System.ReadOnlySpan<byte> text = reader.ValueSpan;
            switch (text.Length)
            {
                case 9:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "one-china"u8)) return global::Diplomacy.SupportedPrinciple.OneChina;
                    break;
                case 10:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "initiative"u8)) return global::Diplomacy.SupportedPrinciple.Initiative;
                    break;
                case 11:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "sovereignty"u8)) return global::Diplomacy.SupportedPrinciple.Sovereignty;
                    break;
                case 21:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "territorial-integrity"u8)) return global::Diplomacy.SupportedPrinciple.TerritorialIntegrity;
                    break;
            }
        }
        else
        {
            if (reader.ValueTextEquals(__JsonOneChina.EncodedUtf8Bytes)) return global::Diplomacy.SupportedPrinciple.OneChina;
            if (reader.ValueTextEquals(__JsonTerritorialIntegrity.EncodedUtf8Bytes)) return global::Diplomacy.SupportedPrinciple.TerritorialIntegrity;
            if (reader.ValueTextEquals(__JsonSovereignty.EncodedUtf8Bytes)) return global::Diplomacy.SupportedPrinciple.Sovereignty;
            if (reader.ValueTextEquals(__JsonInitiative.EncodedUtf8Bytes)) return global::Diplomacy.SupportedPrinciple.Initiative;
        }
        throw global::EventSchema.Json.JsonReadErrors.UnknownEnumValue(ref reader, "SupportedPrinciple", "one-china, territorial-integrity, sovereignty, initiative");
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record SupportReaffirmed : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("SupportReaffirmed", new string[] { "supporter", "beneficiary", "principle", "policy", "characterisation", "occurredOn" }, 0, 1, 2, 3, 5);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "supporter", "beneficiary", "principle", "policy", "characterisation", "occurredOn" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Diplomacy.Official.__wireNameMap!, null, null, null, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"SupportReaffirmed\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"supporter\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"beneficiary\": {\n      \"$ref\": \"#/$defs/Diplomacy.CountryCode\",\n      \"description\": \"The state whose policy is supported, such as CN.\"\n    },\n    \"principle\": {\n      \"$ref\": \"#/$defs/Diplomacy.SupportedPrinciple\"\n    },\n    \"policy\": {\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 120,\n      \"description\": \"The policy as the source names it, such as \\\"One China\\\".\"\n    },\n    \"characterisation\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n      \"maxLength\": 60,\n      \"description\": \"How the source characterised the support, such as \\\"unwavering\\\".\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    }\n  },\n  \"required\": [\n    \"supporter\",\n    \"beneficiary\",\n    \"principle\",\n    \"policy\",\n    \"occurredOn\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"One state reaffirms its support for a policy or principle of another.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Official, global::Diplomacy.__JsonSchemaDefinitions.T_SupportedPrinciple);
    private static string? __jsonSchema;

    /// <summary>Writes this value as a JSON object; optional fields without a value are left out.</summary>
    public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        __WriteJsonRaw(ref raw);
        raw.Complete();
    }

    /// <summary>Writes this object into a raw writer; used by generated code.</summary>
    /// <param name="raw">The raw writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void __WriteJsonRaw(ref global::EventSchema.Json.JsonRawWriter raw)
    {
        raw.StartObject();
        __WriteJsonRawMembers(ref raw);
        raw.EndObject();
    }

    /// <summary>Writes this object's properties into a raw writer, without its braces; used by generated code.</summary>
    /// <param name="raw">The raw writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void __WriteJsonRawMembers(ref global::EventSchema.Json.JsonRawWriter raw)
    {
        raw.Name(",\"supporter\":"u8);
        if (this.Supporter is { } __Supporter) __Supporter.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("supporter");
        raw.Name(",\"beneficiary\":"u8); global::Diplomacy.CountryCodeJsonConverter.WriteRaw(ref raw, this.Beneficiary, "beneficiary");
        raw.Name(",\"principle\":"u8); global::Diplomacy.SupportedPrincipleJsonConverter.WriteRaw(ref raw, this.Principle);
        raw.Name(",\"policy\":"u8);
        if (this.Policy is { } __Policy) raw.String(__Policy); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("policy");
        if (this.Characterisation is { } __Characterisation) { raw.Name(",\"characterisation\":"u8); raw.String(__Characterisation); }
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static SupportReaffirmed ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static SupportReaffirmed FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static SupportReaffirmed FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<SupportReaffirmed> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static SupportReaffirmed __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Diplomacy.Official? __v0 = default;
        global::Diplomacy.CountryCode __v1 = default;
        global::Diplomacy.SupportedPrinciple __v2 = default;
        string? __v3 = default;
        string? __v4 = default;
        global::System.DateOnly __v5 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 1: __v1 = global::Diplomacy.CountryCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 2: __v2 = global::Diplomacy.SupportedPrincipleJsonConverter.ReadValue(ref reader); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 4: __v4 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 5: __v5 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new SupportReaffirmed
        {
            Supporter = __v0!,
            Beneficiary = __v1,
            Principle = __v2,
            Policy = __v3!,
            Characterisation = __v4,
            OccurredOn = __v5,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record IntegritySupportAffirmed : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("IntegritySupportAffirmed", new string[] { "affirmedBy", "principles", "supported", "occurredOn" }, 0, 1, 2, 3);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "affirmedBy", "principles", "supported", "occurredOn" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Diplomacy.Official.__wireNameMap!, null, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"IntegritySupportAffirmed\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"affirmedBy\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"principles\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"$ref\": \"#/$defs/Diplomacy.SupportedPrinciple\"\n      },\n      \"minItems\": 1,\n      \"uniqueItems\": true\n    },\n    \"supported\": {\n      \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    }\n  },\n  \"required\": [\n    \"affirmedBy\",\n    \"principles\",\n    \"supported\",\n    \"occurredOn\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A state affirms it backs another's territorial integrity and sovereignty.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Official, global::Diplomacy.__JsonSchemaDefinitions.T_SupportedPrinciple);
    private static string? __jsonSchema;

    /// <summary>Writes this value as a JSON object; optional fields without a value are left out.</summary>
    public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        __WriteJsonRaw(ref raw);
        raw.Complete();
    }

    /// <summary>Writes this object into a raw writer; used by generated code.</summary>
    /// <param name="raw">The raw writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void __WriteJsonRaw(ref global::EventSchema.Json.JsonRawWriter raw)
    {
        raw.StartObject();
        __WriteJsonRawMembers(ref raw);
        raw.EndObject();
    }

    /// <summary>Writes this object's properties into a raw writer, without its braces; used by generated code.</summary>
    /// <param name="raw">The raw writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void __WriteJsonRawMembers(ref global::EventSchema.Json.JsonRawWriter raw)
    {
        raw.Name(",\"affirmedBy\":"u8);
        if (this.AffirmedBy is { } __AffirmedBy) __AffirmedBy.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("affirmedBy");
        raw.Name(",\"principles\":"u8);
        if (this.Principles is { } __Principles) __WriteJsonRaw0(ref raw, __Principles); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("principles");
        raw.Name(",\"supported\":"u8); global::Diplomacy.CountryCodeJsonConverter.WriteRaw(ref raw, this.Supported, "supported");
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static IntegritySupportAffirmed ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static IntegritySupportAffirmed FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static IntegritySupportAffirmed FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<IntegritySupportAffirmed> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static IntegritySupportAffirmed __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Diplomacy.Official? __v0 = default;
        global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.SupportedPrinciple>? __v1 = default;
        global::Diplomacy.CountryCode __v2 = default;
        global::System.DateOnly __v3 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 1: __v1 = __ReadJson0(ref reader, options); break;
                    case 2: __v2 = global::Diplomacy.CountryCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new IntegritySupportAffirmed
        {
            AffirmedBy = __v0!,
            Principles = __v1!,
            Supported = __v2,
            OccurredOn = __v3,
        };
    }


    private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.SupportedPrinciple> value)
    {
        raw.StartArray();
        for (int __i = 0; __i < value.Count; __i++)
        {
            var __item = value[__i];
            raw.Separator();
            global::Diplomacy.SupportedPrincipleJsonConverter.WriteRaw(ref raw, __item);
        }
        raw.EndArray();
    }

    private static global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.SupportedPrinciple> __ReadJson0(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartArray(ref reader, options);
        var __items = new global::EventSchema.Json.JsonArrayBuilder<global::Diplomacy.SupportedPrinciple>();
        try
        {
            while (true)
            {
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndArray) break;
                global::EventSchema.Json.JsonValueReader.CheckCollectionSize(__items.Count, options);
                __items.Add(global::Diplomacy.SupportedPrincipleJsonConverter.ReadValue(ref reader));
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (global::EventSchema.Json.JsonReadErrors.NoteItem(__error, __items.Count))
        {
            throw;
        }
        return __items.ToArray();
    }
}

/// <summary>The <c>$defs</c> entries of the JSON Schemas of the generated types, each written once: one per type of this namespace, and those of referenced assemblies its types use.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
internal static class __JsonSchemaDefinitions
{
    internal const string T_CountryCode = "\"Diplomacy.CountryCode\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[A-Z]{2}$\",\n      \"description\": \"ISO 3166-1 alpha-2 country code, such as AZ or CN.\"\n    }";
    internal const string T_Official = "\"Diplomacy.Official\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"name\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 200,\n          \"description\": \"Full name as published by the source.\"\n        },\n        \"title\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"maxLength\": 120\n        },\n        \"country\": {\n          \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n        }\n      },\n      \"required\": [\n        \"name\",\n        \"country\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A person acting in an official capacity.\"\n    }";
    internal const string T_Occurrence = "\"Diplomacy.Occurrence\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"What every event of the day's report states: the day it took place. Each event of the report spreads it.\"\n    }";
    internal const string T_Attribution = "\"Diplomacy.Attribution\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"outlet\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"citing\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ]\n        },\n        \"url\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"format\": \"uri-reference\",\n          \"pattern\": \"^(?:[A-Za-z][A-Za-z0-9+\\\\-.]*:(?:[A-Za-z0-9\\\\-._~!$&'()*+,;=:@/?#\\\\[\\\\]]|%[0-9A-Fa-f]{2})*|(?:[A-Za-z0-9\\\\-._~!$&'()*+,;=@\\\\[\\\\]]|%[0-9A-Fa-f]{2})*(?:[/?#](?:[A-Za-z0-9\\\\-._~!$&'()*+,;=:@/?#\\\\[\\\\]]|%[0-9A-Fa-f]{2})*)?)$\"\n        }\n      },\n      \"required\": [\n        \"outlet\"\n      ],\n      \"additionalProperties\": true\n    }";
    internal const string T_CooperationArea = "\"Diplomacy.CooperationArea\": {\n      \"type\": \"string\",\n      \"enum\": [\n        \"political\",\n        \"economic\",\n        \"trade\",\n        \"transport\",\n        \"energy\",\n        \"industry\",\n        \"investment\",\n        \"security\",\n        \"cultural\",\n        \"humanitarian\"\n      ]\n    }";
    internal const string T_Initiative = "\"Diplomacy.Initiative\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"name\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 120\n        },\n        \"underConstruction\": {\n          \"type\": \"boolean\",\n          \"description\": \"Whether the speaker said some of its infrastructure is still being built.\",\n          \"default\": false\n        }\n      },\n      \"required\": [\n        \"name\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A cross-border project both sides named.\"\n    }";
    internal const string T_CooperationHighlighted = "\"Diplomacy.CooperationHighlighted\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"highlightedBy\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"partner\": {\n          \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n        },\n        \"areas\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Diplomacy.CooperationArea\"\n          },\n          \"minItems\": 1,\n          \"maxItems\": 20,\n          \"uniqueItems\": true\n        },\n        \"moreAreas\": {\n          \"type\": \"boolean\",\n          \"description\": \"Whether the speaker added \\\"and other areas\\\" to the list.\",\n          \"default\": false\n        },\n        \"initiatives\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Diplomacy.Initiative\"\n          }\n        },\n        \"notes\": {\n          \"type\": [\n            \"object\",\n            \"null\"\n          ],\n          \"additionalProperties\": {\n            \"type\": \"string\"\n          },\n          \"description\": \"Free-form notes keyed by topic, such as \\\"international organizations\\\".\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"highlightedBy\",\n        \"partner\",\n        \"areas\",\n        \"initiatives\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"The head of state lists the areas in which the two countries cooperate.\"\n    }";
    internal const string T_PartnershipRecalled = "\"Diplomacy.PartnershipRecalled\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"recalledBy\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"counterpart\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"agreement\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"description\": \"The agreement adopted, such as a joint declaration on strategic partnership.\"\n        },\n        \"adoptedIn\": {\n          \"type\": \"integer\",\n          \"minimum\": 1991,\n          \"maximum\": 2100,\n          \"description\": \"The year the agreement was adopted.\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"recalledBy\",\n        \"counterpart\",\n        \"agreement\",\n        \"adoptedIn\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A leader recalls an earlier meeting and the agreement adopted at it.\"\n    }";
    internal const string T_LegacyAcknowledged = "\"Diplomacy.LegacyAcknowledged\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"acknowledgedBy\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"honoured\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\",\n          \"description\": \"The leader honoured, such as National Leader Heydar Aliyev.\"\n        },\n        \"honorific\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"maxLength\": 80,\n          \"default\": \"National Leader\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"acknowledgedBy\",\n        \"honoured\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"An envoy acknowledges the role of a past leader in the relationship.\"\n    }";
    internal const string T_CredentialsPresented = "\"Diplomacy.CredentialsPresented\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"ambassador\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"receivedBy\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"place\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"maxLength\": 200\n        },\n        \"sources\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Diplomacy.Attribution\"\n          },\n          \"minItems\": 1\n        },\n        \"greetingsFrom\": {\n          \"anyOf\": [\n            {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            {\n              \"type\": \"null\"\n            }\n          ],\n          \"description\": \"The head of state whose greetings the ambassador conveyed, when the report names one.\"\n        },\n        \"conversationHeld\": {\n          \"type\": \"boolean\",\n          \"description\": \"Whether the head of state held a conversation with the ambassador at the ceremony.\",\n          \"default\": false\n        }\n      },\n      \"required\": [\n        \"ambassador\",\n        \"receivedBy\",\n        \"occurredOn\",\n        \"sources\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A newly appointed ambassador presents letters of credence to the head of the receiving state.\"\n    }";
    internal const string T_GreetingsConveyed = "\"Diplomacy.GreetingsConveyed\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"from\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"via\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"reciprocated\": {\n          \"type\": \"boolean\",\n          \"default\": false\n        }\n      },\n      \"required\": [\n        \"from\",\n        \"to\",\n        \"via\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Greetings from one leader are conveyed to another by an envoy.\"\n    }";
    internal const string T_DiplomaticEvent = "\"Diplomacy.DiplomaticEvent\": {\n      \"type\": \"object\",\n      \"required\": [\n        \"type\"\n      ],\n      \"oneOf\": [\n        {\n          \"title\": \"CredentialsPresented\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"diplomacy.credentials-presented.v3\"\n            },\n            \"ambassador\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"receivedBy\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"occurredOn\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            },\n            \"place\": {\n              \"type\": [\n                \"string\",\n                \"null\"\n              ],\n              \"maxLength\": 200\n            },\n            \"sources\": {\n              \"type\": \"array\",\n              \"items\": {\n                \"$ref\": \"#/$defs/Diplomacy.Attribution\"\n              },\n              \"minItems\": 1\n            },\n            \"greetingsFrom\": {\n              \"anyOf\": [\n                {\n                  \"$ref\": \"#/$defs/Diplomacy.Official\"\n                },\n                {\n                  \"type\": \"null\"\n                }\n              ],\n              \"description\": \"The head of state whose greetings the ambassador conveyed, when the report names one.\"\n            },\n            \"conversationHeld\": {\n              \"type\": \"boolean\",\n              \"description\": \"Whether the head of state held a conversation with the ambassador at the ceremony.\",\n              \"default\": false\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"ambassador\",\n            \"receivedBy\",\n            \"occurredOn\",\n            \"sources\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"A newly appointed ambassador presents letters of credence to the head of the receiving state.\"\n        },\n        {\n          \"title\": \"PartnershipRecalled\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"diplomacy.partnership-recalled.v1\"\n            },\n            \"recalledBy\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"counterpart\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"agreement\": {\n              \"type\": \"string\",\n              \"minLength\": 1,\n              \"description\": \"The agreement adopted, such as a joint declaration on strategic partnership.\"\n            },\n            \"adoptedIn\": {\n              \"type\": \"integer\",\n              \"minimum\": 1991,\n              \"maximum\": 2100,\n              \"description\": \"The year the agreement was adopted.\"\n            },\n            \"occurredOn\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"recalledBy\",\n            \"counterpart\",\n            \"agreement\",\n            \"adoptedIn\",\n            \"occurredOn\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"A leader recalls an earlier meeting and the agreement adopted at it.\"\n        },\n        {\n          \"title\": \"CooperationHighlighted\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"diplomacy.cooperation-highlighted.v1\"\n            },\n            \"highlightedBy\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"partner\": {\n              \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n            },\n            \"areas\": {\n              \"type\": \"array\",\n              \"items\": {\n                \"$ref\": \"#/$defs/Diplomacy.CooperationArea\"\n              },\n              \"minItems\": 1,\n              \"maxItems\": 20,\n              \"uniqueItems\": true\n            },\n            \"moreAreas\": {\n              \"type\": \"boolean\",\n              \"description\": \"Whether the speaker added \\\"and other areas\\\" to the list.\",\n              \"default\": false\n            },\n            \"initiatives\": {\n              \"type\": \"array\",\n              \"items\": {\n                \"$ref\": \"#/$defs/Diplomacy.Initiative\"\n              }\n            },\n            \"notes\": {\n              \"type\": [\n                \"object\",\n                \"null\"\n              ],\n              \"additionalProperties\": {\n                \"type\": \"string\"\n              },\n              \"description\": \"Free-form notes keyed by topic, such as \\\"international organizations\\\".\"\n            },\n            \"occurredOn\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"highlightedBy\",\n            \"partner\",\n            \"areas\",\n            \"initiatives\",\n            \"occurredOn\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"The head of state lists the areas in which the two countries cooperate.\"\n        },\n        {\n          \"title\": \"SupportReaffirmed\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"diplomacy.support-reaffirmed.v1\"\n            },\n            \"supporter\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"beneficiary\": {\n              \"$ref\": \"#/$defs/Diplomacy.CountryCode\",\n              \"description\": \"The state whose policy is supported, such as CN.\"\n            },\n            \"principle\": {\n              \"$ref\": \"#/$defs/Diplomacy.SupportedPrinciple\"\n            },\n            \"policy\": {\n              \"type\": \"string\",\n              \"minLength\": 1,\n              \"maxLength\": 120,\n              \"description\": \"The policy as the source names it, such as \\\"One China\\\".\"\n            },\n            \"characterisation\": {\n              \"type\": [\n                \"string\",\n                \"null\"\n              ],\n              \"maxLength\": 60,\n              \"description\": \"How the source characterised the support, such as \\\"unwavering\\\".\"\n            },\n            \"occurredOn\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"supporter\",\n            \"beneficiary\",\n            \"principle\",\n            \"policy\",\n            \"occurredOn\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"One state reaffirms its support for a policy or principle of another.\"\n        },\n        {\n          \"title\": \"GreetingsConveyed\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"diplomacy.greetings-conveyed.v1\"\n            },\n            \"from\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"to\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"via\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"occurredOn\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            },\n            \"reciprocated\": {\n              \"type\": \"boolean\",\n              \"default\": false\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"from\",\n            \"to\",\n            \"via\",\n            \"occurredOn\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"Greetings from one leader are conveyed to another by an envoy.\"\n        },\n        {\n          \"title\": \"RegardsConveyed\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"diplomacy.regards-conveyed.v1\"\n            },\n            \"from\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\",\n              \"description\": \"The leader sending the regards.\"\n            },\n            \"to\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\",\n              \"description\": \"The leader the regards are meant for.\"\n            },\n            \"via\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\",\n              \"description\": \"The envoy asked to carry them.\"\n            },\n            \"occurredOn\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            },\n            \"thankedForGreetings\": {\n              \"type\": \"boolean\",\n              \"description\": \"Whether the sender first thanked the envoy for greetings received.\",\n              \"default\": true\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"from\",\n            \"to\",\n            \"via\",\n            \"occurredOn\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"A head of state asks an envoy to carry regards back to the leader who sent greetings.\"\n        },\n        {\n          \"title\": \"IntegritySupportAffirmed\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"diplomacy.integrity-support-affirmed.v1\"\n            },\n            \"affirmedBy\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"principles\": {\n              \"type\": \"array\",\n              \"items\": {\n                \"$ref\": \"#/$defs/Diplomacy.SupportedPrinciple\"\n              },\n              \"minItems\": 1,\n              \"uniqueItems\": true\n            },\n            \"supported\": {\n              \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n            },\n            \"occurredOn\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"affirmedBy\",\n            \"principles\",\n            \"supported\",\n            \"occurredOn\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"A state affirms it backs another's territorial integrity and sovereignty.\"\n        },\n        {\n          \"title\": \"LegacyAcknowledged\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"diplomacy.legacy-acknowledged.v1\"\n            },\n            \"acknowledgedBy\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\"\n            },\n            \"honoured\": {\n              \"$ref\": \"#/$defs/Diplomacy.Official\",\n              \"description\": \"The leader honoured, such as National Leader Heydar Aliyev.\"\n            },\n            \"honorific\": {\n              \"type\": [\n                \"string\",\n                \"null\"\n              ],\n              \"maxLength\": 80,\n              \"default\": \"National Leader\"\n            },\n            \"occurredOn\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"acknowledgedBy\",\n            \"honoured\",\n            \"occurredOn\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"An envoy acknowledges the role of a past leader in the relationship.\"\n        },\n        {\n          \"title\": \"ReportPublished\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"diplomacy.news.report-published.v2\"\n            },\n            \"outlet\": {\n              \"type\": \"string\",\n              \"minLength\": 1\n            },\n            \"citing\": {\n              \"type\": [\n                \"string\",\n                \"null\"\n              ],\n              \"description\": \"The agency the outlet cites, such as AZERTAC.\"\n            },\n            \"headline\": {\n              \"type\": \"string\",\n              \"minLength\": 1,\n              \"maxLength\": 300\n            },\n            \"publishedOn\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            },\n            \"covers\": {\n              \"type\": \"array\",\n              \"items\": {\n                \"type\": \"string\"\n              },\n              \"minItems\": 1,\n              \"description\": \"The events the report describes, by event type.\"\n            },\n            \"source\": {\n              \"$ref\": \"#/$defs/Diplomacy.Attribution\"\n            },\n            \"country\": {\n              \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n            },\n            \"wordCount\": {\n              \"type\": [\n                \"integer\",\n                \"null\"\n              ],\n              \"minimum\": -2147483648,\n              \"maximum\": 2147483647\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"outlet\",\n            \"headline\",\n            \"publishedOn\",\n            \"covers\",\n            \"source\",\n            \"country\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"A news outlet publishes a report about a diplomatic event, citing an agency.\"\n        }\n      ],\n      \"description\": \"Everything one day of diplomatic news can report: a stream of these reads as one typed value per event,\\ntold apart by the event type in the `type` property.\"\n    }";
    internal const string T_RegardsConveyed = "\"Diplomacy.RegardsConveyed\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"from\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\",\n          \"description\": \"The leader sending the regards.\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\",\n          \"description\": \"The leader the regards are meant for.\"\n        },\n        \"via\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\",\n          \"description\": \"The envoy asked to carry them.\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"thankedForGreetings\": {\n          \"type\": \"boolean\",\n          \"description\": \"Whether the sender first thanked the envoy for greetings received.\",\n          \"default\": true\n        }\n      },\n      \"required\": [\n        \"from\",\n        \"to\",\n        \"via\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A head of state asks an envoy to carry regards back to the leader who sent greetings.\"\n    }";
    internal const string T_SupportedPrinciple = "\"Diplomacy.SupportedPrinciple\": {\n      \"type\": \"string\",\n      \"enum\": [\n        \"one-china\",\n        \"territorial-integrity\",\n        \"sovereignty\",\n        \"initiative\"\n      ],\n      \"description\": \"A policy or principle one state publicly backs for another.\"\n    }";
    internal const string T_SupportReaffirmed = "\"Diplomacy.SupportReaffirmed\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"supporter\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"beneficiary\": {\n          \"$ref\": \"#/$defs/Diplomacy.CountryCode\",\n          \"description\": \"The state whose policy is supported, such as CN.\"\n        },\n        \"principle\": {\n          \"$ref\": \"#/$defs/Diplomacy.SupportedPrinciple\"\n        },\n        \"policy\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 120,\n          \"description\": \"The policy as the source names it, such as \\\"One China\\\".\"\n        },\n        \"characterisation\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"maxLength\": 60,\n          \"description\": \"How the source characterised the support, such as \\\"unwavering\\\".\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"supporter\",\n        \"beneficiary\",\n        \"principle\",\n        \"policy\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"One state reaffirms its support for a policy or principle of another.\"\n    }";
    internal const string T_IntegritySupportAffirmed = "\"Diplomacy.IntegritySupportAffirmed\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"affirmedBy\": {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        \"principles\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Diplomacy.SupportedPrinciple\"\n          },\n          \"minItems\": 1,\n          \"uniqueItems\": true\n        },\n        \"supported\": {\n          \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n        },\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"affirmedBy\",\n        \"principles\",\n        \"supported\",\n        \"occurredOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A state affirms it backs another's territorial integrity and sovereignty.\"\n    }";
}
