// news.eventschema

/// <summary>A news outlet publishes a report about a diplomatic event, citing an agency.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record ReportPublished : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable
{
    /// <summary>The event type string: <c>diplomacy.news.report-published.v2</c>.</summary>
    public const string EventType = "diplomacy.news.report-published.v2";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 2;

    /// <summary>The event's name for people: "Report published".</summary>
    public const string DisplayName = "Report published";

    /// <summary>The <c>outlet</c> field.</summary>
    [global::EventSchema.SchemaRules("ReportPublished.outlet in news.eventschema", "Outlet", Required = true, MinLength = 1)]
    public required string Outlet { get; init; }

    /// <summary>The agency the outlet cites, such as AZERTAC.</summary>
    public string? Citing { get; init; }

    /// <summary>The <c>headline</c> field.</summary>
    [global::EventSchema.SchemaRules("ReportPublished.headline in news.eventschema", "Headline", Required = true, MinLength = 1, MaxLength = 300)]
    public required string Headline { get; init; }

    /// <summary>The <c>publishedOn</c> field.</summary>
    public required global::System.DateOnly PublishedOn { get; init; }

    /// <summary>The events the report describes, by event type.</summary>
    [global::EventSchema.SchemaRules("ReportPublished.covers in news.eventschema", "Covers", ItemDisplayName = "Cover", Required = true, MinItems = 1)]
    public required global::System.Collections.Generic.IReadOnlyList<string> Covers { get => __collectionCovers.Value!; init => __collectionCovers = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<string>> __collectionCovers;

    /// <summary>The <c>source</c> field.</summary>
    [global::EventSchema.SchemaRules("ReportPublished.source in news.eventschema", "Source", Required = true)]
    public required global::Diplomacy.Attribution Source { get; init; }

    /// <summary>The <c>country</c> field.</summary>
    public required global::Diplomacy.CountryCode Country { get; init; }

    /// <summary>The <c>wordCount</c> field.</summary>
    public int? WordCount { get; init; }

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>
    public string Describe() => global::EventSchema.RecordText.Describe($"{this.Outlet} reported on {this.Headline}");

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Outlet", this.Outlet, "Citing", this.Citing, "Headline", this.Headline, "PublishedOn", this.PublishedOn, "Covers", global::EventSchema.RecordText.Items(this.Covers), "Source", this.Source, "Country", this.Country, "WordCount", this.WordCount);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // outlet
        if (!scope.Text(ref valid, this.Outlet, "outlet", "Outlet", "is required.", 1, "must be at least 1 character long.", 0, null)) return false;
        // citing
        if (!scope.Text(ref valid, this.Citing, "citing", "Citing", null, 0, null, 0, null)) return false;
        // headline
        if (!scope.Text(ref valid, this.Headline, "headline", "Headline", "is required.", 1, "must be at least 1 character long.", 300, "must be at most 300 characters long.")) return false;
        // covers
        if (this.Covers is null)
        {
            if (!scope.Report(ref valid, "covers", "Covers", "required", "is required.")) return false;
        }
        else
        {
            if (this.Covers.Count < 1 && !scope.Report(ref valid, "covers", "Covers", "minItems", "must have at least 1 item.")) return false;
            if (!scope.ItemsPresent(ref valid, this.Covers, "covers", "Cover", "is required.")) return false;
        }
        // source
        if (this.Source is null)
        {
            if (!scope.Report(ref valid, "source", "Source", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.Source.CollectValidationErrors(scope.Member("source", "Source")))) return false;
        }
        // country
        if (this.Country.ValueOrNull is null && !scope.Report(ref valid, "country", "Country", "required", "is required.")) return false;
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<string>?> __Comparer0 = global::EventSchema.SequenceEqualityComparer<string>.Default;
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record ReportPublished : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("ReportPublished", new string[] { "outlet", "citing", "headline", "publishedOn", "covers", "source", "country", "wordCount" }, 0, 2, 3, 4, 5, 6);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "outlet", "citing", "headline", "publishedOn", "covers", "source", "country", "wordCount" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null, null, null, null, static () => global::Diplomacy.Attribution.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"ReportPublished\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"outlet\": {\n      \"type\": \"string\",\n      \"minLength\": 1\n    },\n    \"citing\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n      \"description\": \"The agency the outlet cites, such as AZERTAC.\"\n    },\n    \"headline\": {\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 300\n    },\n    \"publishedOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"covers\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"string\"\n      },\n      \"minItems\": 1,\n      \"description\": \"The events the report describes, by event type.\"\n    },\n    \"source\": {\n      \"$ref\": \"#/$defs/Diplomacy.Attribution\"\n    },\n    \"country\": {\n      \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n    },\n    \"wordCount\": {\n      \"type\": [\n        \"integer\",\n        \"null\"\n      ],\n      \"minimum\": -2147483648,\n      \"maximum\": 2147483647\n    }\n  },\n  \"required\": [\n    \"outlet\",\n    \"headline\",\n    \"publishedOn\",\n    \"covers\",\n    \"source\",\n    \"country\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A news outlet publishes a report about a diplomatic event, citing an agency.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_Attribution, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode);
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
        raw.Name(",\"outlet\":"u8);
        if (this.Outlet is { } __Outlet) raw.String(__Outlet); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("outlet");
        if (this.Citing is { } __Citing) { raw.Name(",\"citing\":"u8); raw.String(__Citing); }
        raw.Name(",\"headline\":"u8);
        if (this.Headline is { } __Headline) raw.String(__Headline); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("headline");
        raw.Name(",\"publishedOn\":"u8); raw.String(this.PublishedOn);
        raw.Name(",\"covers\":"u8);
        if (this.Covers is { } __Covers) global::EventSchema.Json.JsonRawLists.RequiredStrings(ref raw, __Covers); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("covers");
        raw.Name(",\"source\":"u8);
        if (this.Source is { } __Source) __Source.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("source");
        raw.Name(",\"country\":"u8); global::Diplomacy.CountryCodeJsonConverter.WriteRaw(ref raw, this.Country, "country");
        if (this.WordCount is { } __WordCount) { raw.Name(",\"wordCount\":"u8); raw.Number(__WordCount); }
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static ReportPublished ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static ReportPublished FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static ReportPublished FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<ReportPublished> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static ReportPublished __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        string? __v0 = default;
        string? __v1 = default;
        string? __v2 = default;
        global::System.DateOnly __v3 = default;
        global::System.Collections.Generic.IReadOnlyList<string>? __v4 = default;
        global::Diplomacy.Attribution? __v5 = default;
        global::Diplomacy.CountryCode __v6 = default;
        int? __v7 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 1: __v1 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                    case 4: __v4 = global::EventSchema.Json.JsonCollectionReader.ReadList<string>(ref reader, options, global::EventSchema.Json.JsonItemReaders.String); break;
                    case 5: __v5 = global::Diplomacy.Attribution.__ReadJson(ref reader, options); break;
                    case 6: __v6 = global::Diplomacy.CountryCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 7: __v7 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadInt32(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new ReportPublished
        {
            Outlet = __v0!,
            Citing = __v1,
            Headline = __v2!,
            PublishedOn = __v3,
            Covers = __v4!,
            Source = __v5!,
            Country = __v6,
            WordCount = __v7,
        };
    }

}

/// <summary>The <c>$defs</c> entries of the JSON Schemas of the generated types, each written once: one per type of this namespace, and those of referenced assemblies its types use.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
internal static class __JsonSchemaDefinitions
{
    internal const string T_ReportPublished = "\"Diplomacy.News.ReportPublished\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"outlet\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"citing\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"description\": \"The agency the outlet cites, such as AZERTAC.\"\n        },\n        \"headline\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 300\n        },\n        \"publishedOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"covers\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\"\n          },\n          \"minItems\": 1,\n          \"description\": \"The events the report describes, by event type.\"\n        },\n        \"source\": {\n          \"$ref\": \"#/$defs/Diplomacy.Attribution\"\n        },\n        \"country\": {\n          \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n        },\n        \"wordCount\": {\n          \"type\": [\n            \"integer\",\n            \"null\"\n          ],\n          \"minimum\": -2147483648,\n          \"maximum\": 2147483647\n        }\n      },\n      \"required\": [\n        \"outlet\",\n        \"headline\",\n        \"publishedOn\",\n        \"covers\",\n        \"source\",\n        \"country\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A news outlet publishes a report about a diplomatic event, citing an agency.\"\n    }";
}
