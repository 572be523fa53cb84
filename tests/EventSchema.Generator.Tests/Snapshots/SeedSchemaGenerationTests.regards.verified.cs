// regards.eventschema

/// <summary>A head of state asks an envoy to carry regards back to the leader who sent greetings.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record RegardsConveyed : global::EventSchema.IEvent, global::Diplomacy.IOccurrence
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
    public string Describe() => global::System.FormattableString.Invariant($"{this.From?.Name} asked {this.Via?.Name} to convey regards to {this.To?.Name}");

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate()
    {
        if (CollectValidationErrors(default)) return global::EventSchema.ValidationResult.Success;
        var errors = new global::System.Collections.Generic.List<global::EventSchema.ValidationError>();
        CollectValidationErrors(new global::EventSchema.ValidationScope(errors));
        return global::EventSchema.ValidationResult.FromErrors(errors);
    }

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

[global::System.Text.Json.Serialization.JsonConverter(typeof(RegardsConveyedJsonConverter))]
partial record RegardsConveyed
{
    private static readonly global::System.Text.Json.JsonEncodedText __JsonFrom = global::System.Text.Json.JsonEncodedText.Encode("from");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonTo = global::System.Text.Json.JsonEncodedText.Encode("to");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonVia = global::System.Text.Json.JsonEncodedText.Encode("via");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonOccurredOn = global::System.Text.Json.JsonEncodedText.Encode("occurredOn");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonExpressedGratitude = global::System.Text.Json.JsonEncodedText.Encode("thankedForGreetings");
    private static readonly string[] __JsonPropertyNames = { "from", "to", "via", "occurredOn", "thankedForGreetings" };
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "from", "to", "via", "occurredOn", "expressedGratitude" }, __JsonPropertyNames, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Diplomacy.Official.__wireNameMap!, static () => global::Diplomacy.Official.__wireNameMap!, static () => global::Diplomacy.Official.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public const string JsonSchema = "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"RegardsConveyed\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"from\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\",\n      \"description\": \"The leader sending the regards.\"\n    },\n    \"to\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\",\n      \"description\": \"The leader the regards are meant for.\"\n    },\n    \"via\": {\n      \"$ref\": \"#/$defs/Diplomacy.Official\",\n      \"description\": \"The envoy asked to carry them.\"\n    },\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\\\\s\\\\S])\"\n    },\n    \"thankedForGreetings\": {\n      \"type\": \"boolean\",\n      \"description\": \"Whether the sender first thanked the envoy for greetings received.\",\n      \"default\": true\n    }\n  },\n  \"required\": [\n    \"from\",\n    \"to\",\n    \"via\",\n    \"occurredOn\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A head of state asks an envoy to carry regards back to the leader who sent greetings.\",\n  \"$defs\": {\n    \"Diplomacy.CountryCode\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[A-Z]{2}$\",\n      \"description\": \"ISO 3166-1 alpha-2 country code, such as AZ or CN.\"\n    },\n    \"Diplomacy.Official\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"name\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 200,\n          \"description\": \"Full name as published by the source.\"\n        },\n        \"title\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"maxLength\": 120\n        },\n        \"country\": {\n          \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n        }\n      },\n      \"required\": [\n        \"name\",\n        \"country\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A person acting in an official capacity.\"\n    }\n  }\n}";

    /// <summary>Writes this value as a JSON object; optional fields without a value are left out.</summary>
    public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)
    {
        if (global::EventSchema.Json.JsonRawWriter.TryStart(writer, out var __raw))
        {
            if (__WriteJsonRaw(ref __raw))
            {
                __raw.Complete(writer);
                return;
            }
            __raw.Abandon();
        }
        writer.WriteStartObject();
        __WriteJsonMembers(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes this object as the value of the property <paramref name="name"/>; used by generated code.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void __WriteJson(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name)
    {
        writer.WriteStartObject(name);
        __WriteJsonMembers(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes this object's properties, without its braces; used by generated code.</summary>
    /// <param name="writer">The writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void __WriteJsonMembers(global::System.Text.Json.Utf8JsonWriter writer)
    {
        if (this.From is { } __From)
        {
            __From.__WriteJson(writer, __JsonFrom);
        }
        else
        {
            writer.WriteNull(__JsonFrom);
        }
        if (this.To is { } __To)
        {
            __To.__WriteJson(writer, __JsonTo);
        }
        else
        {
            writer.WriteNull(__JsonTo);
        }
        if (this.Via is { } __Via)
        {
            __Via.__WriteJson(writer, __JsonVia);
        }
        else
        {
            writer.WriteNull(__JsonVia);
        }
        global::EventSchema.Json.JsonValueWriter.WriteDate(writer, __JsonOccurredOn, this.OccurredOn);
        writer.WriteBoolean(__JsonExpressedGratitude, this.ExpressedGratitude);
    }

    /// <summary>Writes this object below the JSON writer; false when the writer must write it instead. Used by generated code.</summary>
    /// <param name="raw">The raw writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool __WriteJsonRaw(ref global::EventSchema.Json.JsonRawWriter raw)
    {
        if (!raw.StartObject() || !__WriteJsonRawMembers(ref raw)) return false;
        raw.EndObject();
        return true;
    }

    /// <summary>Writes this object's properties below the JSON writer, without its braces; used by generated code.</summary>
    /// <param name="raw">The raw writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool __WriteJsonRawMembers(ref global::EventSchema.Json.JsonRawWriter raw)
    {
        if (this.From is { } __From)
        {
            raw.Name(",\"from\":"u8);
            if (!__From.__WriteJsonRaw(ref raw)) return false;
        }
        else
        {
            raw.Name(",\"from\":"u8);
            raw.Null();
        }
        if (this.To is { } __To)
        {
            raw.Name(",\"to\":"u8);
            if (!__To.__WriteJsonRaw(ref raw)) return false;
        }
        else
        {
            raw.Name(",\"to\":"u8);
            raw.Null();
        }
        if (this.Via is { } __Via)
        {
            raw.Name(",\"via\":"u8);
            if (!__Via.__WriteJsonRaw(ref raw)) return false;
        }
        else
        {
            raw.Name(",\"via\":"u8);
            raw.Null();
        }
        raw.Name(",\"occurredOn\":"u8);
        raw.String(this.OccurredOn);
        raw.Name(",\"thankedForGreetings\":"u8);
        raw.Boolean(this.ExpressedGratitude);
        return true;
    }

    /// <summary>
    /// Reads a value from JSON: strictly (a wrong or missing value is a <see cref="global::System.Text.Json.JsonException"/> whose
    /// message and <c>Path</c> name the field), within the limits of <paramref name="options"/>. The reader is on the
    /// object's first token (or not started) and ends on its last.
    /// </summary>
    public static RegardsConveyed ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
    {
        options ??= global::EventSchema.Json.EventJsonOptions.Default;
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.None) global::EventSchema.Json.JsonValueReader.Read(ref reader);
        RegardsConveyed value;
        try
        {
            value = __ReadJson(ref reader, options);
        }
        catch (global::System.Text.Json.JsonException __error) when (global::EventSchema.Json.JsonReadErrors.HasNotedPath(__error))
        {
            throw global::EventSchema.Json.JsonReadErrors.WithNotedPath(__error);
        }
        if (options.ValidateOnRead)
        {
            var result = value.Validate();
            if (!result.IsValid) throw global::EventSchema.Json.JsonReadErrors.Invalid(result, __wireNameMap);
        }
        return value;
    }

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static RegardsConveyed FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null)
    {
        options ??= global::EventSchema.Json.EventJsonOptions.Default;
        var reader = new global::System.Text.Json.Utf8JsonReader(utf8Json, new global::System.Text.Json.JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        var value = ReadJson(ref reader, options);
        global::EventSchema.Json.JsonValueReader.ExpectEnd(ref reader);
        return value;
    }

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static RegardsConveyed FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null)
        => FromJson(global::System.Text.Encoding.UTF8.GetBytes(json ?? throw new global::System.ArgumentNullException(nameof(json))), options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => global::EventSchema.Json.JsonText.ToString(this, static (writer, value) => value.WriteJson(writer));

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => global::EventSchema.Json.JsonText.ToUtf8Bytes(this, static (writer, value) => value.WriteJson(writer));

    /// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="options">The reading options.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static RegardsConveyed __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        global::Diplomacy.Official? __v0 = default;
        global::Diplomacy.Official? __v1 = default;
        global::Diplomacy.Official? __v2 = default;
        global::System.DateOnly __v3 = default;
        bool __v4 = true;
        ulong __seen0 = 0;
        int __property = -1;
        global::EventSchema.Json.SkippedPropertyNames __skipped = default;
        try
        {
            while (true)
            {
                __property = -1;
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject) break;
                int __index = __MatchJsonProperty(ref reader);
                if (__index < 0)
                {
                    global::EventSchema.Json.JsonValueReader.SkipUnknownProperty(ref reader, options, "RegardsConveyed", ref __skipped);
                    continue;
                }
                __property = __index;
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                switch (__index)
                {
                    case 0:
                        if ((__seen0 & 0x1UL) != 0) throw global::EventSchema.Json.JsonReadErrors.DuplicateProperty();
                        __seen0 |= 0x1UL;
                        __v0 = global::Diplomacy.Official.__ReadJson(ref reader, options);
                        break;
                    case 1:
                        if ((__seen0 & 0x2UL) != 0) throw global::EventSchema.Json.JsonReadErrors.DuplicateProperty();
                        __seen0 |= 0x2UL;
                        __v1 = global::Diplomacy.Official.__ReadJson(ref reader, options);
                        break;
                    case 2:
                        if ((__seen0 & 0x4UL) != 0) throw global::EventSchema.Json.JsonReadErrors.DuplicateProperty();
                        __seen0 |= 0x4UL;
                        __v2 = global::Diplomacy.Official.__ReadJson(ref reader, options);
                        break;
                    case 3:
                        if ((__seen0 & 0x8UL) != 0) throw global::EventSchema.Json.JsonReadErrors.DuplicateProperty();
                        __seen0 |= 0x8UL;
                        __v3 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader);
                        break;
                    case 4:
                        if ((__seen0 & 0x10UL) != 0) throw global::EventSchema.Json.JsonReadErrors.DuplicateProperty();
                        __seen0 |= 0x10UL;
                        __v4 = global::EventSchema.Json.JsonValueReader.ReadBoolean(ref reader);
                        break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__property >= 0 && global::EventSchema.Json.JsonReadErrors.NoteProperty(__error, __JsonPropertyNames[__property]))
        {
            throw;
        }
        if ((__seen0 & 0x1UL) == 0) throw global::EventSchema.Json.JsonReadErrors.MissingProperty("RegardsConveyed", "from");
        if ((__seen0 & 0x2UL) == 0) throw global::EventSchema.Json.JsonReadErrors.MissingProperty("RegardsConveyed", "to");
        if ((__seen0 & 0x4UL) == 0) throw global::EventSchema.Json.JsonReadErrors.MissingProperty("RegardsConveyed", "via");
        if ((__seen0 & 0x8UL) == 0) throw global::EventSchema.Json.JsonReadErrors.MissingProperty("RegardsConveyed", "occurredOn");
        return new RegardsConveyed
        {
            From = __v0!,
            To = __v1!,
            Via = __v2!,
            OccurredOn = __v3,
            ExpressedGratitude = __v4,
        };
    }

    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int __MatchJsonProperty(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        global::EventSchema.Json.JsonStringDecoder.CheckEscapes(in reader);
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            global::System.ReadOnlySpan<byte> name = reader.ValueSpan;
            switch (name.Length)
            {
                case 2:
                    if (global::System.MemoryExtensions.SequenceEqual(name, "to"u8)) return 1;
                    break;
                case 3:
                    if (global::System.MemoryExtensions.SequenceEqual(name, "via"u8)) return 2;
                    break;
                case 4:
                    if (global::System.MemoryExtensions.SequenceEqual(name, "from"u8)) return 0;
                    break;
                case 10:
                    if (global::System.MemoryExtensions.SequenceEqual(name, "occurredOn"u8)) return 3;
                    break;
                case 19:
                    if (global::System.MemoryExtensions.SequenceEqual(name, "thankedForGreetings"u8)) return 4;
                    break;
            }
            return -1;
        }
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            if (reader.ValueTextEquals(__JsonFrom.EncodedUtf8Bytes)) return 0;
            if (reader.ValueTextEquals(__JsonTo.EncodedUtf8Bytes)) return 1;
            if (reader.ValueTextEquals(__JsonVia.EncodedUtf8Bytes)) return 2;
            if (reader.ValueTextEquals(__JsonOccurredOn.EncodedUtf8Bytes)) return 3;
            if (reader.ValueTextEquals(__JsonExpressedGratitude.EncodedUtf8Bytes)) return 4;
        }
        return -1;
    }
}

/// <summary>Reads and writes <see cref="RegardsConveyed"/> for System.Text.Json with the generated code, so <c>JsonSerializer</c> needs no reflection.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class RegardsConveyedJsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::Diplomacy.RegardsConveyed>
{
    /// <inheritdoc />
    public override global::Diplomacy.RegardsConveyed Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        => global::Diplomacy.RegardsConveyed.ReadJson(ref reader, global::EventSchema.Json.EventJsonOptions.For(options));

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Diplomacy.RegardsConveyed value, global::System.Text.Json.JsonSerializerOptions options)
        => value.WriteJson(writer);
}

