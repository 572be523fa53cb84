// regards.eventschema

/// <summary>A head of state asks an envoy to carry regards back to the leader who sent greetings.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record RegardsConveyed : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Diplomacy.IOccurrence
{
    /// <summary>The event type string: <c>diplomacy.regards-conveyed.v1</c>.</summary>
    public const string EventType = "diplomacy.regards-conveyed.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Regards conveyed".</summary>
    public const string DisplayName = "Regards conveyed";

    /// <summary>The leader sending the regards.</summary>
    [global::EventSchema.SchemaRules("RegardsConveyed.from in regards.eventschema", "From", Required = true)]
    public required global::Diplomacy.Official From { get; init; }

    /// <summary>The leader the regards are meant for.</summary>
    [global::EventSchema.SchemaRules("RegardsConveyed.to in regards.eventschema", "To", Required = true)]
    public required global::Diplomacy.Official To { get; init; }

    /// <summary>The envoy asked to carry them.</summary>
    [global::EventSchema.SchemaRules("RegardsConveyed.via in regards.eventschema", "Via", Required = true)]
    public required global::Diplomacy.Official Via { get; init; }

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    /// <summary>Whether the sender first thanked the envoy for greetings received.</summary>
    public bool ExpressedGratitude { get; init; } = true;

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>
    public string Describe() => global::EventSchema.RecordText.Describe($"{this.From?.Name} asked {this.Via?.Name} to convey regards to {this.To?.Name}");

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "From", this.From, "To", this.To, "Via", this.Via, "OccurredOn", this.OccurredOn, "ExpressedGratitude", this.ExpressedGratitude);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // from
        if (this.From is null)
        {
            if (!scope.Report(ref valid, "from", "From", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.From.CollectValidationErrors(scope.Member("from", "From")))) return false;
        }
        // to
        if (this.To is null)
        {
            if (!scope.Report(ref valid, "to", "To", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.To.CollectValidationErrors(scope.Member("to", "To")))) return false;
        }
        // via
        if (this.Via is null)
        {
            if (!scope.Report(ref valid, "via", "Via", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.Via.CollectValidationErrors(scope.Member("via", "Via")))) return false;
        }
        return valid;
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record RegardsConveyed : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("RegardsConveyed", new string[] { "from", "to", "via", "occurredOn", "thankedForGreetings" }, 0, 1, 2, 3);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "from", "to", "via", "occurredOn", "expressedGratitude" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Diplomacy.Official.__wireNameMap!, static () => global::Diplomacy.Official.__wireNameMap!, static () => global::Diplomacy.Official.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"RegardsConveyed\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"from\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\",\n      \"description\": \"The leader sending the regards.\"\n    },\n    \"to\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\",\n      \"description\": \"The leader the regards are meant for.\"\n    },\n    \"via\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\",\n      \"description\": \"The envoy asked to carry them.\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"thankedForGreetings\": {\n      \"type\": \"boolean\",\n      \"description\": \"Whether the sender first thanked the envoy for greetings received.\",\n      \"default\": true\n    }\n  },\n  \"required\": [\n    \"from\",\n    \"to\",\n    \"via\",\n    \"occurredOn\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A head of state asks an envoy to carry regards back to the leader who sent greetings.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Official);
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
        raw.Name(",\"from\":"u8);
        if (this.From is { } __From) __From.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("from");
        raw.Name(",\"to\":"u8);
        if (this.To is { } __To) __To.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("to");
        raw.Name(",\"via\":"u8);
        if (this.Via is { } __Via) __Via.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("via");
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
        raw.Name(",\"thankedForGreetings\":"u8); raw.Boolean(this.ExpressedGratitude);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static RegardsConveyed ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static RegardsConveyed FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static RegardsConveyed FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<RegardsConveyed> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static RegardsConveyed __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Diplomacy.Official? __v0 = default;
        global::Diplomacy.Official? __v1 = default;
        global::Diplomacy.Official? __v2 = default;
        global::System.DateOnly __v3 = default;
        bool __v4 = true;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 1: __v1 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 2: __v2 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                    case 4: __v4 = global::EventSchema.Json.JsonValueReader.ReadBoolean(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new RegardsConveyed
        {
            From = __v0!,
            To = __v1!,
            Via = __v2!,
            OccurredOn = __v3,
            ExpressedGratitude = __v4,
        };
    }

}

