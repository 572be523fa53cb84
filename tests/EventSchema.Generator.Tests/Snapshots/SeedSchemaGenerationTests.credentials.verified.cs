// credentials.eventschema

/// <summary>A newly appointed ambassador presents letters of credence to the head of the receiving state.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record CredentialsPresented : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Diplomacy.IOccurrence
{
    /// <summary>The event type string: <c>diplomacy.credentials-presented.v3</c>.</summary>
    public const string EventType = "diplomacy.credentials-presented.v3";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 3;

    /// <summary>The event's name for people: "Credentials presented".</summary>
    public const string DisplayName = "Credentials presented";

    /// <summary>The <c>ambassador</c> field.</summary>
    [global::EventSchema.SchemaRules("CredentialsPresented.ambassador in credentials.eventschema", "Ambassador", Required = true)]
    public required global::Diplomacy.Official Ambassador { get; init; }

    /// <summary>The <c>receivedBy</c> field.</summary>
    [global::EventSchema.SchemaRules("CredentialsPresented.receivedBy in credentials.eventschema", "Received by", Required = true)]
    public required global::Diplomacy.Official ReceivedBy { get; init; }

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    /// <summary>The <c>place</c> field.</summary>
    [global::EventSchema.SchemaRules("CredentialsPresented.place in credentials.eventschema", "Place", MaxLength = 200)]
    public string? Place { get; init; }

    /// <summary>The <c>sources</c> field.</summary>
    [global::EventSchema.SchemaRules("CredentialsPresented.sources in credentials.eventschema", "Sources", ItemDisplayName = "Source", Required = true, MinItems = 1)]
    public required global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution> Sources { get => __collectionSources.Value!; init => __collectionSources = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution>> __collectionSources;

    /// <summary>The head of state whose greetings the ambassador conveyed, when the report names one.</summary>
    [global::EventSchema.SchemaRules("CredentialsPresented.greetingsFrom in credentials.eventschema", "Greetings from")]
    public global::Diplomacy.Official? GreetingsFrom { get; init; }

    /// <summary>Whether the head of state held a conversation with the ambassador at the ceremony.</summary>
    public bool ConversationHeld { get; init; } = false;

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>
    public string Describe() => global::EventSchema.RecordText.Describe($"{this.Ambassador?.Name} presented credentials to {this.ReceivedBy?.Name}");

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Ambassador", this.Ambassador, "ReceivedBy", this.ReceivedBy, "OccurredOn", this.OccurredOn, "Place", this.Place, "Sources", global::EventSchema.RecordText.Items(this.Sources), "GreetingsFrom", this.GreetingsFrom, "ConversationHeld", this.ConversationHeld);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // ambassador
        if (this.Ambassador is null)
        {
            if (!scope.Report(ref valid, "ambassador", "Ambassador", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.Ambassador.CollectValidationErrors(scope.Member("ambassador", "Ambassador")))) return false;
        }
        // receivedBy
        if (this.ReceivedBy is null)
        {
            if (!scope.Report(ref valid, "receivedBy", "Received by", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.ReceivedBy.CollectValidationErrors(scope.Member("receivedBy", "Received by")))) return false;
        }
        // place
        if (!scope.Text(ref valid, this.Place, "place", "Place", null, 0, null, 200, "must be at most 200 characters long.")) return false;
        // sources
        if (this.Sources is null)
        {
            if (!scope.Report(ref valid, "sources", "Sources", "required", "is required.")) return false;
        }
        else
        {
            if (this.Sources.Count < 1 && !scope.Report(ref valid, "sources", "Sources", "minItems", "must have at least 1 item.")) return false;
            for (int i0 = 0; i0 < this.Sources.Count; i0++)
            {
                var item0 = this.Sources[i0];
                if (item0 is null)
                {
                    if (!scope.Item("sources", "Source", i0).Report(ref valid, "required", "is required.")) return false;
                }
                else
                {
                    if (!scope.Merge(ref valid, item0.CollectValidationErrors(scope.Item("sources", "Source", i0)))) return false;
                }
            }
        }
        // greetingsFrom
        if (this.GreetingsFrom is not null)
        {
            if (!scope.Merge(ref valid, this.GreetingsFrom.CollectValidationErrors(scope.Member("greetingsFrom", "Greetings from")))) return false;
        }
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution>?> __Comparer0 = global::EventSchema.SequenceEqualityComparer<global::Diplomacy.Attribution>.Default;
}

partial record CredentialsPresented
{
    /// <summary>Version 1 of the CredentialsPresented event as it was published (diplomacy.credentials-presented.v1).</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
    public sealed partial record V1
    {
        /// <summary>The <c>ambassador</c> field.</summary>
        [global::EventSchema.SchemaRules("CredentialsPresented.ambassador in credentials.eventschema", "Ambassador", Required = true)]
        public required global::Diplomacy.Official Ambassador { get; init; }

        /// <summary>The <c>receivedBy</c> field.</summary>
        [global::EventSchema.SchemaRules("CredentialsPresented.receivedBy in credentials.eventschema", "Received by", Required = true)]
        public required global::Diplomacy.Official ReceivedBy { get; init; }

        /// <summary>The <c>occurredOn</c> field.</summary>
        public required global::System.DateOnly OccurredOn { get; init; }

        /// <summary>The <c>place</c> field.</summary>
        public string? Place { get; init; }

        /// <summary>The <c>sources</c> field.</summary>
        [global::EventSchema.SchemaRules("CredentialsPresented.sources in credentials.eventschema", "Sources", ItemDisplayName = "Source", Required = true)]
        public required global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution> Sources { get => __collectionSources.Value!; init => __collectionSources = new(value, __Comparer0); }
        private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution>> __collectionSources;

        /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
        private bool PrintMembers(global::System.Text.StringBuilder builder)
            => global::EventSchema.RecordText.Members(builder, "Ambassador", this.Ambassador, "ReceivedBy", this.ReceivedBy, "OccurredOn", this.OccurredOn, "Place", this.Place, "Sources", global::EventSchema.RecordText.Items(this.Sources));

        private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution>?> __Comparer0 = global::EventSchema.SequenceEqualityComparer<global::Diplomacy.Attribution>.Default;
    }

    partial record V1
    {
        /// <summary>The event type string of this version: <c>diplomacy.credentials-presented.v1</c>.</summary>
        public const string EventType = "diplomacy.credentials-presented.v1";

        /// <summary>The schema version this record is the shape of.</summary>
        public const int SchemaVersion = 1;

        /// <summary>This value as version 2: renamed and widened fields carry over, new fields take their defaults.</summary>
        public V2 Upcast() => new V2
        {
            Ambassador = this.Ambassador,
            ReceivedBy = this.ReceivedBy,
            OccurredOn = this.OccurredOn,
            Place = this.Place,
            Sources = this.Sources,
        };

        /// <summary>This value as the current version of <see cref="CredentialsPresented"/>, converted one version at a time.</summary>
        public CredentialsPresented ToCurrent() => Upcast().ToCurrent();
    }

    /// <summary>Version 2 of the CredentialsPresented event as it was published (diplomacy.credentials-presented.v2).</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
    public sealed partial record V2
    {
        /// <summary>The <c>ambassador</c> field.</summary>
        [global::EventSchema.SchemaRules("CredentialsPresented.ambassador in credentials.eventschema", "Ambassador", Required = true)]
        public required global::Diplomacy.Official Ambassador { get; init; }

        /// <summary>The <c>receivedBy</c> field.</summary>
        [global::EventSchema.SchemaRules("CredentialsPresented.receivedBy in credentials.eventschema", "Received by", Required = true)]
        public required global::Diplomacy.Official ReceivedBy { get; init; }

        /// <summary>The <c>occurredOn</c> field.</summary>
        public required global::System.DateOnly OccurredOn { get; init; }

        /// <summary>The <c>place</c> field.</summary>
        public string? Place { get; init; }

        /// <summary>The <c>sources</c> field.</summary>
        [global::EventSchema.SchemaRules("CredentialsPresented.sources in credentials.eventschema", "Sources", ItemDisplayName = "Source", Required = true)]
        public required global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution> Sources { get => __collectionSources.Value!; init => __collectionSources = new(value, __Comparer0); }
        private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution>> __collectionSources;

        /// <summary>The <c>greetingsFrom</c> field.</summary>
        [global::EventSchema.SchemaRules("CredentialsPresented.greetingsFrom in credentials.eventschema", "Greetings from")]
        public global::Diplomacy.Official? GreetingsFrom { get; init; }

        /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
        private bool PrintMembers(global::System.Text.StringBuilder builder)
            => global::EventSchema.RecordText.Members(builder, "Ambassador", this.Ambassador, "ReceivedBy", this.ReceivedBy, "OccurredOn", this.OccurredOn, "Place", this.Place, "Sources", global::EventSchema.RecordText.Items(this.Sources), "GreetingsFrom", this.GreetingsFrom);

        private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution>?> __Comparer0 = global::EventSchema.SequenceEqualityComparer<global::Diplomacy.Attribution>.Default;
    }

    partial record V2
    {
        /// <summary>The event type string of this version: <c>diplomacy.credentials-presented.v2</c>.</summary>
        public const string EventType = "diplomacy.credentials-presented.v2";

        /// <summary>The schema version this record is the shape of.</summary>
        public const int SchemaVersion = 2;

        /// <summary>This value as version 3, the current version: renamed and widened fields carry over, new fields take their defaults.</summary>
        public CredentialsPresented Upcast() => new CredentialsPresented
        {
            Ambassador = this.Ambassador,
            ReceivedBy = this.ReceivedBy,
            OccurredOn = this.OccurredOn,
            Place = this.Place,
            Sources = this.Sources,
            GreetingsFrom = this.GreetingsFrom,
        };

        /// <summary>This value as the current version of <see cref="CredentialsPresented"/>, converted one version at a time.</summary>
        public CredentialsPresented ToCurrent() => Upcast();
    }
}

/// <summary>Greetings from one leader are conveyed to another by an envoy.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record GreetingsConveyed : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Diplomacy.IOccurrence
{
    /// <summary>The event type string: <c>diplomacy.greetings-conveyed.v1</c>.</summary>
    public const string EventType = "diplomacy.greetings-conveyed.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Greetings conveyed".</summary>
    public const string DisplayName = "Greetings conveyed";

    /// <summary>The <c>from</c> field.</summary>
    [global::EventSchema.SchemaRules("GreetingsConveyed.from in credentials.eventschema", "From", Required = true)]
    public required global::Diplomacy.Official From { get; init; }

    /// <summary>The <c>to</c> field.</summary>
    [global::EventSchema.SchemaRules("GreetingsConveyed.to in credentials.eventschema", "To", Required = true)]
    public required global::Diplomacy.Official To { get; init; }

    /// <summary>The <c>via</c> field.</summary>
    [global::EventSchema.SchemaRules("GreetingsConveyed.via in credentials.eventschema", "Via", Required = true)]
    public required global::Diplomacy.Official Via { get; init; }

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    /// <summary>The <c>reciprocated</c> field.</summary>
    public bool Reciprocated { get; init; } = false;

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event for people; without a <c>@summary</c> template, its display name.</summary>
    public string Describe() => DisplayName;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "From", this.From, "To", this.To, "Via", this.Via, "OccurredOn", this.OccurredOn, "Reciprocated", this.Reciprocated);

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
partial record CredentialsPresented : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("CredentialsPresented", new string[] { "ambassador", "receivedBy", "occurredOn", "place", "sources", "greetingsFrom", "conversationHeld" }, 0, 1, 2, 4);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "ambassador", "receivedBy", "occurredOn", "place", "sources", "greetingsFrom", "conversationHeld" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Diplomacy.Official.__wireNameMap!, static () => global::Diplomacy.Official.__wireNameMap!, null, null, static () => global::Diplomacy.Attribution.__wireNameMap!, static () => global::Diplomacy.Official.__wireNameMap!, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"CredentialsPresented\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"ambassador\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"receivedBy\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"place\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n      \"maxLength\": 200\n    },\n    \"sources\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"$ref\": \"#/$defs/Diplomacy.Attribution\"\n      },\n      \"minItems\": 1\n    },\n    \"greetingsFrom\": {\n      \"anyOf\": [\n        {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        {\n          \"type\": \"null\"\n        }\n      ],\n      \"description\": \"The head of state whose greetings the ambassador conveyed, when the report names one.\"\n    },\n    \"conversationHeld\": {\n      \"type\": \"boolean\",\n      \"description\": \"Whether the head of state held a conversation with the ambassador at the ceremony.\",\n      \"default\": false\n    }\n  },\n  \"required\": [\n    \"ambassador\",\n    \"receivedBy\",\n    \"occurredOn\",\n    \"sources\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A newly appointed ambassador presents letters of credence to the head of the receiving state.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_Attribution, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Official);
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
        raw.Name(",\"ambassador\":"u8);
        if (this.Ambassador is { } __Ambassador) __Ambassador.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("ambassador");
        raw.Name(",\"receivedBy\":"u8);
        if (this.ReceivedBy is { } __ReceivedBy) __ReceivedBy.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("receivedBy");
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
        if (this.Place is { } __Place) { raw.Name(",\"place\":"u8); raw.String(__Place); }
        raw.Name(",\"sources\":"u8);
        if (this.Sources is { } __Sources) __WriteJsonRaw0(ref raw, __Sources); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("sources");
        if (this.GreetingsFrom is { } __GreetingsFrom) { raw.Name(",\"greetingsFrom\":"u8); __GreetingsFrom.__WriteJsonRaw(ref raw); }
        raw.Name(",\"conversationHeld\":"u8); raw.Boolean(this.ConversationHeld);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static CredentialsPresented ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static CredentialsPresented FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static CredentialsPresented FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<CredentialsPresented> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static CredentialsPresented __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Diplomacy.Official? __v0 = default;
        global::Diplomacy.Official? __v1 = default;
        global::System.DateOnly __v2 = default;
        string? __v3 = default;
        global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution>? __v4 = default;
        global::Diplomacy.Official? __v5 = default;
        bool __v6 = false;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 1: __v1 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                    case 3: __v3 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 4: __v4 = global::EventSchema.Json.JsonCollectionReader.ReadList<global::Diplomacy.Attribution>(ref reader, options, global::Diplomacy.Attribution.__ReadJson); break;
                    case 5: __v5 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 6: __v6 = global::EventSchema.Json.JsonValueReader.ReadBoolean(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new CredentialsPresented
        {
            Ambassador = __v0!,
            ReceivedBy = __v1!,
            OccurredOn = __v2,
            Place = __v3,
            Sources = __v4!,
            GreetingsFrom = __v5,
            ConversationHeld = __v6,
        };
    }


    private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution> value)
    {
        raw.StartArray();
        for (int __i = 0; __i < value.Count; __i++)
        {
            var __item = value[__i];
            raw.Separator();
            if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else __item.__WriteJsonRaw(ref raw);
        }
        raw.EndArray();
    }
}

partial record CredentialsPresented
{
    [global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
    partial record V1 : global::EventSchema.Json.IJsonWritable
    {
        private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("CredentialsPresented", new string[] { "ambassador", "receivedBy", "occurredOn", "place", "sources" }, 0, 1, 2, 4);

        /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
        public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"CredentialsPresented\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"ambassador\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"receivedBy\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"place\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n      \"maxLength\": 200\n    },\n    \"sources\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"$ref\": \"#/$defs/Diplomacy.Attribution\"\n      },\n      \"minItems\": 1\n    }\n  },\n  \"required\": [\n    \"ambassador\",\n    \"receivedBy\",\n    \"occurredOn\",\n    \"sources\"\n  ],\n  \"additionalProperties\": true", null, global::Diplomacy.__JsonSchemaDefinitions.T_Attribution, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Official);
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
            raw.Name(",\"ambassador\":"u8);
            if (this.Ambassador is { } __Ambassador) __Ambassador.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("ambassador");
            raw.Name(",\"receivedBy\":"u8);
            if (this.ReceivedBy is { } __ReceivedBy) __ReceivedBy.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("receivedBy");
            raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
            if (this.Place is { } __Place) { raw.Name(",\"place\":"u8); raw.String(__Place); }
            raw.Name(",\"sources\":"u8);
            if (this.Sources is { } __Sources) __WriteJsonRaw0(ref raw, __Sources); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("sources");
        }

        /// <summary>
        /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
        /// </summary>
        public static V1 ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
            => __json.ReadJson(ref reader, options);

        /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
        public static V1 FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

        /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
        public static V1 FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

        /// <summary>This value as JSON text.</summary>
        public string ToJson() => __json.ToJson(this);

        /// <summary>This value as UTF-8 JSON.</summary>
        public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

        private static readonly global::EventSchema.Json.JsonTypeEntryPoints<V1> __json = new(__ReadJson);

        /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        public static V1 __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
        {
            global::Diplomacy.Official? __v0 = default;
            global::Diplomacy.Official? __v1 = default;
            global::System.DateOnly __v2 = default;
            string? __v3 = default;
            global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution>? __v4 = default;
            var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
            try
            {
                while (__object.Next(ref reader, options))
                {
                    switch (__object.Property)
                    {
                        case 0: __v0 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                        case 1: __v1 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                        case 2: __v2 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                        case 3: __v3 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                        case 4: __v4 = global::EventSchema.Json.JsonCollectionReader.ReadList<global::Diplomacy.Attribution>(ref reader, options, global::Diplomacy.Attribution.__ReadJson); break;
                    }
                }
            }
            catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
            {
                throw;
            }
            __object.End();
            return new V1
            {
                Ambassador = __v0!,
                ReceivedBy = __v1!,
                OccurredOn = __v2,
                Place = __v3,
                Sources = __v4!,
            };
        }


        private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution> value)
        {
            raw.StartArray();
            for (int __i = 0; __i < value.Count; __i++)
            {
                var __item = value[__i];
                raw.Separator();
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else __item.__WriteJsonRaw(ref raw);
            }
            raw.EndArray();
        }
    }

    [global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
    partial record V2 : global::EventSchema.Json.IJsonWritable
    {
        private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("CredentialsPresented", new string[] { "ambassador", "receivedBy", "occurredOn", "place", "sources", "greetingsFrom" }, 0, 1, 2, 4);

        /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
        public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"CredentialsPresented\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"ambassador\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"receivedBy\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"place\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n      \"maxLength\": 200\n    },\n    \"sources\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"$ref\": \"#/$defs/Diplomacy.Attribution\"\n      },\n      \"minItems\": 1\n    },\n    \"greetingsFrom\": {\n      \"anyOf\": [\n        {\n          \"$ref\": \"#/$defs/Diplomacy.Official\"\n        },\n        {\n          \"type\": \"null\"\n        }\n      ],\n      \"description\": \"The head of state whose greetings the ambassador conveyed, when the report names one.\"\n    }\n  },\n  \"required\": [\n    \"ambassador\",\n    \"receivedBy\",\n    \"occurredOn\",\n    \"sources\"\n  ],\n  \"additionalProperties\": true", null, global::Diplomacy.__JsonSchemaDefinitions.T_Attribution, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Official);
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
            raw.Name(",\"ambassador\":"u8);
            if (this.Ambassador is { } __Ambassador) __Ambassador.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("ambassador");
            raw.Name(",\"receivedBy\":"u8);
            if (this.ReceivedBy is { } __ReceivedBy) __ReceivedBy.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("receivedBy");
            raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
            if (this.Place is { } __Place) { raw.Name(",\"place\":"u8); raw.String(__Place); }
            raw.Name(",\"sources\":"u8);
            if (this.Sources is { } __Sources) __WriteJsonRaw0(ref raw, __Sources); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("sources");
            if (this.GreetingsFrom is { } __GreetingsFrom) { raw.Name(",\"greetingsFrom\":"u8); __GreetingsFrom.__WriteJsonRaw(ref raw); }
        }

        /// <summary>
        /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
        /// </summary>
        public static V2 ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
            => __json.ReadJson(ref reader, options);

        /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
        public static V2 FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

        /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
        public static V2 FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

        /// <summary>This value as JSON text.</summary>
        public string ToJson() => __json.ToJson(this);

        /// <summary>This value as UTF-8 JSON.</summary>
        public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

        private static readonly global::EventSchema.Json.JsonTypeEntryPoints<V2> __json = new(__ReadJson);

        /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        public static V2 __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
        {
            global::Diplomacy.Official? __v0 = default;
            global::Diplomacy.Official? __v1 = default;
            global::System.DateOnly __v2 = default;
            string? __v3 = default;
            global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution>? __v4 = default;
            global::Diplomacy.Official? __v5 = default;
            var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
            try
            {
                while (__object.Next(ref reader, options))
                {
                    switch (__object.Property)
                    {
                        case 0: __v0 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                        case 1: __v1 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                        case 2: __v2 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                        case 3: __v3 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                        case 4: __v4 = global::EventSchema.Json.JsonCollectionReader.ReadList<global::Diplomacy.Attribution>(ref reader, options, global::Diplomacy.Attribution.__ReadJson); break;
                        case 5: __v5 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    }
                }
            }
            catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
            {
                throw;
            }
            __object.End();
            return new V2
            {
                Ambassador = __v0!,
                ReceivedBy = __v1!,
                OccurredOn = __v2,
                Place = __v3,
                Sources = __v4!,
                GreetingsFrom = __v5,
            };
        }


        private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Attribution> value)
        {
            raw.StartArray();
            for (int __i = 0; __i < value.Count; __i++)
            {
                var __item = value[__i];
                raw.Separator();
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else __item.__WriteJsonRaw(ref raw);
            }
            raw.EndArray();
        }
    }

    /// <summary>
    /// Reads a value written in version <paramref name="schemaVersion"/> (1 to 3) and returns it as the current version:
    /// a past version is read in its own shape and converted up, one version at a time. A version this code does not know,
    /// such as one newer than 3, is a <see cref="global::System.Text.Json.JsonException"/> naming it.
    /// </summary>
    public static CredentialsPresented ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, int schemaVersion, global::EventSchema.Json.EventJsonOptions? options = null)
    {
        if (schemaVersion == SchemaVersion) return ReadJson(ref reader, options);
        options ??= global::EventSchema.Json.EventJsonOptions.Default;
        CredentialsPresented value;
        switch (schemaVersion)
        {
            case 1: value = V1.ReadJson(ref reader, options).ToCurrent(); break;
            case 2: value = V2.ReadJson(ref reader, options).ToCurrent(); break;
            default: throw global::EventSchema.Json.EventVersionErrors.UnknownVersion("CredentialsPresented", schemaVersion, SchemaVersion);
        }
        if (options.ValidateOnRead)
        {
            var result = value.Validate();
            if (!result.IsValid) throw global::EventSchema.Json.JsonReadErrors.Invalid(result, __wireNameMap);
        }
        return value;
    }

    /// <summary>Reads UTF-8 JSON written in version <paramref name="schemaVersion"/>; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, int, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static CredentialsPresented FromJson(global::System.ReadOnlySpan<byte> utf8Json, int schemaVersion, global::EventSchema.Json.EventJsonOptions? options = null)
    {
        options ??= global::EventSchema.Json.EventJsonOptions.Default;
        var reader = new global::System.Text.Json.Utf8JsonReader(utf8Json, new global::System.Text.Json.JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        global::EventSchema.Json.JsonValueReader.Read(ref reader);
        var value = ReadJson(ref reader, schemaVersion, options);
        global::EventSchema.Json.JsonValueReader.ExpectEnd(ref reader);
        return value;
    }

    /// <summary>Reads JSON text written in version <paramref name="schemaVersion"/>; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, int, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static CredentialsPresented FromJson(string json, int schemaVersion, global::EventSchema.Json.EventJsonOptions? options = null)
        => FromJson(global::System.Text.Encoding.UTF8.GetBytes(json ?? throw new global::System.ArgumentNullException(nameof(json))), schemaVersion, options);
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record GreetingsConveyed : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("GreetingsConveyed", new string[] { "from", "to", "via", "occurredOn", "reciprocated" }, 0, 1, 2, 3);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "from", "to", "via", "occurredOn", "reciprocated" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Diplomacy.Official.__wireNameMap!, static () => global::Diplomacy.Official.__wireNameMap!, static () => global::Diplomacy.Official.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"GreetingsConveyed\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"from\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"to\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"via\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"reciprocated\": {\n      \"type\": \"boolean\",\n      \"default\": false\n    }\n  },\n  \"required\": [\n    \"from\",\n    \"to\",\n    \"via\",\n    \"occurredOn\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"Greetings from one leader are conveyed to another by an envoy.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Official);
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
        raw.Name(",\"reciprocated\":"u8); raw.Boolean(this.Reciprocated);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static GreetingsConveyed ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static GreetingsConveyed FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static GreetingsConveyed FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<GreetingsConveyed> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static GreetingsConveyed __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Diplomacy.Official? __v0 = default;
        global::Diplomacy.Official? __v1 = default;
        global::Diplomacy.Official? __v2 = default;
        global::System.DateOnly __v3 = default;
        bool __v4 = false;
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
        return new GreetingsConveyed
        {
            From = __v0!,
            To = __v1!,
            Via = __v2!,
            OccurredOn = __v3,
            Reciprocated = __v4,
        };
    }

}

