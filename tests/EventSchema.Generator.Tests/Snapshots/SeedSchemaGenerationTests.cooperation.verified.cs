// cooperation.eventschema

/// <summary>A cross-border project both sides named.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record Initiative : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>name</c> field.</summary>
    [global::EventSchema.SchemaRules("Initiative.name in cooperation.eventschema", "Name", Required = true, MinLength = 1, MaxLength = 120)]
    public required string Name { get; init; }

    /// <summary>Whether the speaker said some of its infrastructure is still being built.</summary>
    public bool UnderConstruction { get; init; } = false;

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // name
        if (!scope.Text(ref valid, this.Name, "name", "Name", "is required.", 1, "must be at least 1 character long.", 120, "must be at most 120 characters long.")) return false;
        return valid;
    }
}

/// <summary>The head of state lists the areas in which the two countries cooperate.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record CooperationHighlighted : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Diplomacy.IOccurrence
{
    /// <summary>The event type string: <c>diplomacy.cooperation-highlighted.v1</c>.</summary>
    public const string EventType = "diplomacy.cooperation-highlighted.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Cooperation highlighted".</summary>
    public const string DisplayName = "Cooperation highlighted";

    /// <summary>The <c>highlightedBy</c> field.</summary>
    [global::EventSchema.SchemaRules("CooperationHighlighted.highlightedBy in cooperation.eventschema", "Highlighted by", Required = true)]
    public required global::Diplomacy.Official HighlightedBy { get; init; }

    /// <summary>The <c>partner</c> field.</summary>
    public required global::Diplomacy.CountryCode Partner { get; init; }

    /// <summary>The <c>areas</c> field.</summary>
    [global::EventSchema.SchemaRules("CooperationHighlighted.areas in cooperation.eventschema", "Areas", ItemDisplayName = "Area", Required = true, MinItems = 1, MaxItems = 20)]
    public required global::System.Collections.Generic.IReadOnlySet<global::Diplomacy.CooperationArea> Areas { get => __collectionAreas.Value!; init => __collectionAreas = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlySet<global::Diplomacy.CooperationArea>> __collectionAreas;

    /// <summary>Whether the speaker added "and other areas" to the list.</summary>
    public bool MoreAreas { get; init; } = false;

    /// <summary>The <c>initiatives</c> field.</summary>
    [global::EventSchema.SchemaRules("CooperationHighlighted.initiatives in cooperation.eventschema", "Initiatives", ItemDisplayName = "Initiative", Required = true)]
    public required global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Initiative> Initiatives { get => __collectionInitiatives.Value!; init => __collectionInitiatives = new(value, __Comparer1); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Initiative>> __collectionInitiatives;

    /// <summary>Free-form notes keyed by topic, such as "international organizations".</summary>
    [global::EventSchema.SchemaRules("CooperationHighlighted.notes in cooperation.eventschema", "Notes", ItemDisplayName = "Note")]
    public global::System.Collections.Generic.IReadOnlyDictionary<string, string>? Notes { get => __collectionNotes.Value; init => __collectionNotes = new(value, __Comparer2); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyDictionary<string, string>> __collectionNotes;

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>
    public string Describe() => global::EventSchema.RecordText.Describe($"{this.HighlightedBy?.Name} highlighted cooperation with {this.Partner}");

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "HighlightedBy", this.HighlightedBy, "Partner", this.Partner, "Areas", global::EventSchema.RecordText.Items(this.Areas), "MoreAreas", this.MoreAreas, "Initiatives", global::EventSchema.RecordText.Items(this.Initiatives), "Notes", global::EventSchema.RecordText.Entries(this.Notes), "OccurredOn", this.OccurredOn);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // highlightedBy
        if (this.HighlightedBy is null)
        {
            if (!scope.Report(ref valid, "highlightedBy", "Highlighted by", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.HighlightedBy.CollectValidationErrors(scope.Member("highlightedBy", "Highlighted by")))) return false;
        }
        // partner
        if (this.Partner.ValueOrNull is null && !scope.Report(ref valid, "partner", "Partner", "required", "is required.")) return false;
        // areas
        if (this.Areas is null)
        {
            if (!scope.Report(ref valid, "areas", "Areas", "required", "is required.")) return false;
        }
        else
        {
            if (this.Areas.Count < 1 && !scope.Report(ref valid, "areas", "Areas", "minItems", "must have at least 1 item.")) return false;
            if (this.Areas.Count > 20 && !scope.Report(ref valid, "areas", "Areas", "maxItems", "must have at most 20 items.")) return false;
            {
                int i0 = 0;
                foreach (var item0 in global::EventSchema.ValidationRules.Items(this.Areas))
                {
                    if (!global::Diplomacy.CooperationAreaExtensions.IsDefined(item0) && !scope.Item("areas", "Area", i0).Report(ref valid, "enum", "must be a defined cooperation area value.")) return false;
                    i0++;
                }
            }
        }
        // initiatives
        if (this.Initiatives is null)
        {
            if (!scope.Report(ref valid, "initiatives", "Initiatives", "required", "is required.")) return false;
        }
        else
        {
            for (int i0 = 0; i0 < this.Initiatives.Count; i0++)
            {
                var item0 = this.Initiatives[i0];
                if (item0 is null)
                {
                    if (!scope.Item("initiatives", "Initiative", i0).Report(ref valid, "required", "is required.")) return false;
                }
                else
                {
                    if (!scope.Merge(ref valid, item0.CollectValidationErrors(scope.Item("initiatives", "Initiative", i0)))) return false;
                }
            }
        }
        // notes
        if (this.Notes is not null)
        {
            foreach (var entry0 in global::EventSchema.ValidationRules.Entries(this.Notes))
            {
                var item0 = entry0.Value;
                if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(entry0.Key) && !scope.EntryKey("notes", "Notes", entry0.Key).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                if (item0 is null && !scope.Entry("notes", "Notes", entry0.Key).Report(ref valid, "required", "is required.")) return false;
                if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Entry("notes", "Notes", entry0.Key).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
            }
        }
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlySet<global::Diplomacy.CooperationArea>?> __Comparer0 = global::EventSchema.SetEqualityComparer<global::Diplomacy.CooperationArea>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Initiative>?> __Comparer1 = global::EventSchema.SequenceEqualityComparer<global::Diplomacy.Initiative>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyDictionary<string, string>?> __Comparer2 = global::EventSchema.MapEqualityComparer<string>.Default;
}

/// <summary>A leader recalls an earlier meeting and the agreement adopted at it.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record PartnershipRecalled : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Diplomacy.IOccurrence
{
    /// <summary>The event type string: <c>diplomacy.partnership-recalled.v1</c>.</summary>
    public const string EventType = "diplomacy.partnership-recalled.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Partnership recalled".</summary>
    public const string DisplayName = "Partnership recalled";

    /// <summary>The <c>recalledBy</c> field.</summary>
    [global::EventSchema.SchemaRules("PartnershipRecalled.recalledBy in cooperation.eventschema", "Recalled by", Required = true)]
    public required global::Diplomacy.Official RecalledBy { get; init; }

    /// <summary>The <c>counterpart</c> field.</summary>
    [global::EventSchema.SchemaRules("PartnershipRecalled.counterpart in cooperation.eventschema", "Counterpart", Required = true)]
    public required global::Diplomacy.Official Counterpart { get; init; }

    /// <summary>The agreement adopted, such as a joint declaration on strategic partnership.</summary>
    [global::EventSchema.SchemaRules("PartnershipRecalled.agreement in cooperation.eventschema", "Agreement", Required = true, MinLength = 1)]
    public required string Agreement { get; init; }

    /// <summary>The year the agreement was adopted.</summary>
    [global::EventSchema.SchemaRules("PartnershipRecalled.adoptedIn in cooperation.eventschema", "Adopted in", Minimum = "1991", Maximum = "2100")]
    public required int AdoptedIn { get; init; }

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event for people; without a <c>@summary</c> template, its display name.</summary>
    public string Describe() => DisplayName;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "RecalledBy", this.RecalledBy, "Counterpart", this.Counterpart, "Agreement", this.Agreement, "AdoptedIn", this.AdoptedIn, "OccurredOn", this.OccurredOn);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // recalledBy
        if (this.RecalledBy is null)
        {
            if (!scope.Report(ref valid, "recalledBy", "Recalled by", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.RecalledBy.CollectValidationErrors(scope.Member("recalledBy", "Recalled by")))) return false;
        }
        // counterpart
        if (this.Counterpart is null)
        {
            if (!scope.Report(ref valid, "counterpart", "Counterpart", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.Counterpart.CollectValidationErrors(scope.Member("counterpart", "Counterpart")))) return false;
        }
        // agreement
        if (!scope.Text(ref valid, this.Agreement, "agreement", "Agreement", "is required.", 1, "must be at least 1 character long.", 0, null)) return false;
        // adoptedIn
        if (!(this.AdoptedIn >= 1991) && !scope.Report(ref valid, "adoptedIn", "Adopted in", "minimum", "must be at least 1991.")) return false;
        if (!(this.AdoptedIn <= 2100) && !scope.Report(ref valid, "adoptedIn", "Adopted in", "maximum", "must be at most 2100.")) return false;
        return valid;
    }
}

/// <summary>An envoy acknowledges the role of a past leader in the relationship.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record LegacyAcknowledged : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Diplomacy.IOccurrence
{
    /// <summary>The event type string: <c>diplomacy.legacy-acknowledged.v1</c>.</summary>
    public const string EventType = "diplomacy.legacy-acknowledged.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Legacy acknowledged".</summary>
    public const string DisplayName = "Legacy acknowledged";

    /// <summary>The <c>acknowledgedBy</c> field.</summary>
    [global::EventSchema.SchemaRules("LegacyAcknowledged.acknowledgedBy in cooperation.eventschema", "Acknowledged by", Required = true)]
    public required global::Diplomacy.Official AcknowledgedBy { get; init; }

    /// <summary>The leader honoured, such as National Leader Heydar Aliyev.</summary>
    [global::EventSchema.SchemaRules("LegacyAcknowledged.honoured in cooperation.eventschema", "Honoured", Required = true)]
    public required global::Diplomacy.Official Honoured { get; init; }

    /// <summary>The <c>honorific</c> field.</summary>
    [global::EventSchema.SchemaRules("LegacyAcknowledged.honorific in cooperation.eventschema", "Honorific", MaxLength = 80)]
    public string? Honorific { get; init; } = "National Leader";

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event for people; without a <c>@summary</c> template, its display name.</summary>
    public string Describe() => DisplayName;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "AcknowledgedBy", this.AcknowledgedBy, "Honoured", this.Honoured, "Honorific", this.Honorific, "OccurredOn", this.OccurredOn);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // acknowledgedBy
        if (this.AcknowledgedBy is null)
        {
            if (!scope.Report(ref valid, "acknowledgedBy", "Acknowledged by", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.AcknowledgedBy.CollectValidationErrors(scope.Member("acknowledgedBy", "Acknowledged by")))) return false;
        }
        // honoured
        if (this.Honoured is null)
        {
            if (!scope.Report(ref valid, "honoured", "Honoured", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.Honoured.CollectValidationErrors(scope.Member("honoured", "Honoured")))) return false;
        }
        // honorific
        if (!scope.Text(ref valid, this.Honorific, "honorific", "Honorific", null, 0, null, 80, "must be at most 80 characters long.")) return false;
        return valid;
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record Initiative : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("Initiative", new string[] { "name", "underConstruction" }, 0);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "name", "underConstruction" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Initiative\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"name\": {\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 120\n    },\n    \"underConstruction\": {\n      \"type\": \"boolean\",\n      \"description\": \"Whether the speaker said some of its infrastructure is still being built.\",\n      \"default\": false\n    }\n  },\n  \"required\": [\n    \"name\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A cross-border project both sides named.\"\n}";

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
        raw.Name(",\"name\":"u8);
        if (this.Name is { } __Name) raw.String(__Name); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("name");
        raw.Name(",\"underConstruction\":"u8); raw.Boolean(this.UnderConstruction);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Initiative ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Initiative FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Initiative FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Initiative> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Initiative __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        string? __v0 = default;
        bool __v1 = false;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 1: __v1 = global::EventSchema.Json.JsonValueReader.ReadBoolean(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new Initiative
        {
            Name = __v0!,
            UnderConstruction = __v1,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record CooperationHighlighted : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("CooperationHighlighted", new string[] { "highlightedBy", "partner", "areas", "moreAreas", "initiatives", "notes", "occurredOn" }, 0, 1, 2, 4, 6);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "highlightedBy", "partner", "areas", "moreAreas", "initiatives", "notes", "occurredOn" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Diplomacy.Official.__wireNameMap!, null, null, null, static () => global::Diplomacy.Initiative.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"CooperationHighlighted\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"highlightedBy\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"partner\": {\n      \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n    },\n    \"areas\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"$ref\": \"#/$defs/Diplomacy.CooperationArea\"\n      },\n      \"minItems\": 1,\n      \"maxItems\": 20,\n      \"uniqueItems\": true\n    },\n    \"moreAreas\": {\n      \"type\": \"boolean\",\n      \"description\": \"Whether the speaker added \\\"and other areas\\\" to the list.\",\n      \"default\": false\n    },\n    \"initiatives\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"$ref\": \"#/$defs/Diplomacy.Initiative\"\n      }\n    },\n    \"notes\": {\n      \"type\": [\n        \"object\",\n        \"null\"\n      ],\n      \"additionalProperties\": {\n        \"type\": \"string\"\n      },\n      \"description\": \"Free-form notes keyed by topic, such as \\\"international organizations\\\".\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    }\n  },\n  \"required\": [\n    \"highlightedBy\",\n    \"partner\",\n    \"areas\",\n    \"initiatives\",\n    \"occurredOn\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"The head of state lists the areas in which the two countries cooperate.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_CooperationArea, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Initiative, global::Diplomacy.__JsonSchemaDefinitions.T_Official);
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
        raw.Name(",\"highlightedBy\":"u8);
        if (this.HighlightedBy is { } __HighlightedBy) __HighlightedBy.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("highlightedBy");
        raw.Name(",\"partner\":"u8); global::Diplomacy.CountryCodeJsonConverter.WriteRaw(ref raw, this.Partner, "partner");
        raw.Name(",\"areas\":"u8);
        if (this.Areas is { } __Areas) __WriteJsonRaw0(ref raw, __Areas); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("areas");
        raw.Name(",\"moreAreas\":"u8); raw.Boolean(this.MoreAreas);
        raw.Name(",\"initiatives\":"u8);
        if (this.Initiatives is { } __Initiatives) __WriteJsonRaw1(ref raw, __Initiatives); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("initiatives");
        if (this.Notes is { } __Notes) { raw.Name(",\"notes\":"u8); __WriteJsonRaw2(ref raw, __Notes); }
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static CooperationHighlighted ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static CooperationHighlighted FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static CooperationHighlighted FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<CooperationHighlighted> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static CooperationHighlighted __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Diplomacy.Official? __v0 = default;
        global::Diplomacy.CountryCode __v1 = default;
        global::System.Collections.Generic.IReadOnlySet<global::Diplomacy.CooperationArea>? __v2 = default;
        bool __v3 = false;
        global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Initiative>? __v4 = default;
        global::System.Collections.Generic.IReadOnlyDictionary<string, string>? __v5 = default;
        global::System.DateOnly __v6 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 1: __v1 = global::Diplomacy.CountryCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 2: __v2 = __ReadJson0(ref reader, options); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadBoolean(ref reader); break;
                    case 4: __v4 = global::EventSchema.Json.JsonCollectionReader.ReadList<global::Diplomacy.Initiative>(ref reader, options, global::Diplomacy.Initiative.__ReadJson); break;
                    case 5: __v5 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonCollectionReader.ReadMap<string>(ref reader, options, global::EventSchema.Json.JsonItemReaders.String); break;
                    case 6: __v6 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new CooperationHighlighted
        {
            HighlightedBy = __v0!,
            Partner = __v1,
            Areas = __v2!,
            MoreAreas = __v3,
            Initiatives = __v4!,
            Notes = __v5,
            OccurredOn = __v6,
        };
    }


    private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlySet<global::Diplomacy.CooperationArea> value)
    {
        raw.StartArray();
        // The concrete set enumerates without allocating.
        if (value is global::System.Collections.Generic.HashSet<global::Diplomacy.CooperationArea> __hashSet)
        {
            foreach (var __item in __hashSet)
            {
                raw.Separator();
                global::Diplomacy.CooperationAreaJsonConverter.WriteRaw(ref raw, __item);
            }
        }
        else
        {
            foreach (var __item in value)
            {
                raw.Separator();
                global::Diplomacy.CooperationAreaJsonConverter.WriteRaw(ref raw, __item);
            }
        }
        raw.EndArray();
    }

    private static void __WriteJsonRaw1(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyList<global::Diplomacy.Initiative> value)
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

    private static void __WriteJsonRaw2(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyDictionary<string, string> value)
    {
        raw.StartObject();
        if (value is global::EventSchema.Json.ReadOnlyStringMap<string> __readMap)
        {
            foreach (var __pair in __readMap)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        else if (value is global::System.Collections.Generic.Dictionary<string, string> __dictionary)
        {
            foreach (var __pair in __dictionary)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        else
        {
            foreach (var __pair in value)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        raw.EndObject();
    }

    private static global::System.Collections.Generic.IReadOnlySet<global::Diplomacy.CooperationArea> __ReadJson0(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartArray(ref reader, options);
        var __items = new global::System.Collections.Generic.HashSet<global::Diplomacy.CooperationArea>();
        int __index = 0;
        try
        {
            while (true)
            {
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndArray) break;
                global::EventSchema.Json.JsonValueReader.CheckCollectionSize(__index, options);
                if (!__items.Add(global::Diplomacy.CooperationAreaJsonConverter.ReadValue(ref reader))) throw global::EventSchema.Json.JsonReadErrors.DuplicateItem();
                __index++;
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (global::EventSchema.Json.JsonReadErrors.NoteItem(__error, __index))
        {
            throw;
        }
        return __items;
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record PartnershipRecalled : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("PartnershipRecalled", new string[] { "recalledBy", "counterpart", "agreement", "adoptedIn", "occurredOn" }, 0, 1, 2, 3, 4);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "recalledBy", "counterpart", "agreement", "adoptedIn", "occurredOn" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Diplomacy.Official.__wireNameMap!, static () => global::Diplomacy.Official.__wireNameMap!, null, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"PartnershipRecalled\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"recalledBy\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"counterpart\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"agreement\": {\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"description\": \"The agreement adopted, such as a joint declaration on strategic partnership.\"\n    },\n    \"adoptedIn\": {\n      \"type\": \"integer\",\n      \"minimum\": 1991,\n      \"maximum\": 2100,\n      \"description\": \"The year the agreement was adopted.\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    }\n  },\n  \"required\": [\n    \"recalledBy\",\n    \"counterpart\",\n    \"agreement\",\n    \"adoptedIn\",\n    \"occurredOn\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A leader recalls an earlier meeting and the agreement adopted at it.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Official);
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
        raw.Name(",\"recalledBy\":"u8);
        if (this.RecalledBy is { } __RecalledBy) __RecalledBy.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("recalledBy");
        raw.Name(",\"counterpart\":"u8);
        if (this.Counterpart is { } __Counterpart) __Counterpart.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("counterpart");
        raw.Name(",\"agreement\":"u8);
        if (this.Agreement is { } __Agreement) raw.String(__Agreement); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("agreement");
        raw.Name(",\"adoptedIn\":"u8); raw.Number(this.AdoptedIn);
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static PartnershipRecalled ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static PartnershipRecalled FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static PartnershipRecalled FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<PartnershipRecalled> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static PartnershipRecalled __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Diplomacy.Official? __v0 = default;
        global::Diplomacy.Official? __v1 = default;
        string? __v2 = default;
        int __v3 = default;
        global::System.DateOnly __v4 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 1: __v1 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadInt32(ref reader); break;
                    case 4: __v4 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new PartnershipRecalled
        {
            RecalledBy = __v0!,
            Counterpart = __v1!,
            Agreement = __v2!,
            AdoptedIn = __v3,
            OccurredOn = __v4,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record LegacyAcknowledged : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("LegacyAcknowledged", new string[] { "acknowledgedBy", "honoured", "honorific", "occurredOn" }, 0, 1, 3);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "acknowledgedBy", "honoured", "honorific", "occurredOn" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Diplomacy.Official.__wireNameMap!, static () => global::Diplomacy.Official.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"LegacyAcknowledged\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"acknowledgedBy\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\"\n    },\n    \"honoured\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\",\n      \"description\": \"The leader honoured, such as National Leader Heydar Aliyev.\"\n    },\n    \"honorific\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n      \"maxLength\": 80,\n      \"default\": \"National Leader\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    }\n  },\n  \"required\": [\n    \"acknowledgedBy\",\n    \"honoured\",\n    \"occurredOn\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"An envoy acknowledges the role of a past leader in the relationship.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode, global::Diplomacy.__JsonSchemaDefinitions.T_Official);
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
        raw.Name(",\"acknowledgedBy\":"u8);
        if (this.AcknowledgedBy is { } __AcknowledgedBy) __AcknowledgedBy.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("acknowledgedBy");
        raw.Name(",\"honoured\":"u8);
        if (this.Honoured is { } __Honoured) __Honoured.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("honoured");
        raw.Name(",\"honorific\":"u8);
        if (this.Honorific is { } __Honorific) raw.String(__Honorific); else raw.Null();
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static LegacyAcknowledged ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static LegacyAcknowledged FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static LegacyAcknowledged FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<LegacyAcknowledged> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static LegacyAcknowledged __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Diplomacy.Official? __v0 = default;
        global::Diplomacy.Official? __v1 = default;
        string? __v2 = "National Leader";
        global::System.DateOnly __v3 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 1: __v1 = global::Diplomacy.Official.__ReadJson(ref reader, options); break;
                    case 2: __v2 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new LegacyAcknowledged
        {
            AcknowledgedBy = __v0!,
            Honoured = __v1!,
            Honorific = __v2,
            OccurredOn = __v3,
        };
    }

}

