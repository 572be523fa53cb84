// common.eventschema

/// <summary>ISO 3166-1 alpha-2 country code, such as AZ or CN.</summary>
[global::EventSchema.SchemaRules("CountryCode in common.eventschema", "Country code", Required = true, Pattern = "^[A-Z]{2}$")]
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.ComponentModel.TypeConverter(typeof(global::EventSchema.ScalarTypeConverter<CountryCode>))]
public readonly partial record struct CountryCode : global::System.IComparable<CountryCode>, global::System.IComparable, global::System.IParsable<CountryCode>
{
    private readonly string? _value;

    private CountryCode(string value) => _value = value;

    /// <summary>The value; it met every rule of the scalar when it was created.</summary>
    /// <exception cref="global::System.InvalidOperationException">This is <c>default(CountryCode)</c>, never created with <c>From</c> or <c>TryFrom</c>.</exception>
    public string Value => _value ?? throw global::EventSchema.ScalarErrors.Unset("CountryCode");

    /// <summary>The value, or null for <c>default(CountryCode)</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public string? ValueOrNull => _value;


    /// <summary>Creates a <see cref="CountryCode"/> from <paramref name="value"/>.</summary>
    /// <exception cref="global::System.ArgumentException"><paramref name="value"/> breaks a rule of the scalar; the message names it.</exception>
    public static CountryCode From(string value)
    {
        if (!Check(value, out string code, out string rule))
        {
            throw new global::System.ArgumentException((value is null ? "null" : "\"" + value + "\"") + " is not a valid CountryCode (" + code + "): it " + rule, nameof(value));
        }
        return new CountryCode(value);
    }

    /// <summary>Creates a <see cref="CountryCode"/> from <paramref name="value"/>; false when it breaks a rule of the scalar.</summary>
    public static bool TryFrom(string? value, out CountryCode result)
    {
        if (value is null || !Check(value, out _, out _))
        {
            result = default;
            return false;
        }
        result = new CountryCode(value);
        return true;
    }

    /// <summary>The value as text; empty for <c>default(CountryCode)</c>.</summary>
    public override string ToString() => _value is null ? string.Empty : _value;

    /// <summary>The value of <paramref name="scalar"/>.</summary>
    public static explicit operator string(CountryCode scalar) => scalar.Value;

    /// <summary>Compares the values ordinally, character by character; an unset value sorts first.</summary>
    public int CompareTo(CountryCode other) => string.CompareOrdinal(_value, other._value);

    int global::System.IComparable.CompareTo(object? obj) => global::EventSchema.ScalarOrder.CompareToObject(this, obj);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;

    /// <summary>Reads a <see cref="CountryCode"/> from its text, the value as JSON holds it without a string's quotes (what <see cref="ToString()"/> gives).</summary>
    /// <exception cref="global::System.FormatException">The text is not a value of the scalar, or breaks one of its rules; the message says which.</exception>
    public static CountryCode Parse(string s, global::System.IFormatProvider? provider = null) => global::EventSchema.ScalarText.ParseString(s, From);

    /// <summary>Reads a <see cref="CountryCode"/> from its text; false when it is not a value of the scalar.</summary>
    public static bool TryParse(string? s, global::System.IFormatProvider? provider, out CountryCode result) => TryFrom(s, out result);

    /// <summary>Reads a <see cref="CountryCode"/> from its text; false when it is not a value of the scalar.</summary>
    public static bool TryParse(string? s, out CountryCode result) => TryParse(s, null, out result);

    // Whether value meets every rule; if not, which rule (its code) and the end of a sentence saying so.
    private static bool Check(string value, out string code, out string rule)
    {
        if (value is null)
        {
            code = "required";
            rule = "is required.";
            return false;
        }
        if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(value))
        {
            code = "type";
            rule = "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.";
            return false;
        }
        if (!__MatchesPattern0(value))
        {
            code = "pattern";
            rule = "must match the pattern ^[A-Z]{2}$.";
            return false;
        }
        code = string.Empty;
        rule = string.Empty;
        return true;
    }

    // ^[A-Z]{2}$
    private static bool __MatchesPattern0(string value)
    {
        return MatchAt(value, 0);

        static bool MatchAt(string value, int pos)
        {
            {
                int count = 0;
                while (count < 2 && pos < value.Length)
                {
                    if (!(value[pos] >= 'A' && value[pos] <= 'Z')) break;
                    pos++;
                    count++;
                }
                if (count < 2) return false;
            }
            return pos == value.Length;
        }
    }
}

/// <summary>A person acting in an official capacity.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record Official : global::EventSchema.IScopedValidatable
{
    /// <summary>Full name as published by the source.</summary>
    [global::EventSchema.SchemaRules("Official.name in common.eventschema", "Name", Required = true, MinLength = 1, MaxLength = 200)]
    public required string Name { get; init; }

    /// <summary>The <c>title</c> field.</summary>
    [global::EventSchema.SchemaRules("Official.title in common.eventschema", "Title", MaxLength = 120)]
    public string? Title { get; init; }

    /// <summary>The <c>country</c> field.</summary>
    public required global::Diplomacy.CountryCode Country { get; init; }

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // name
        if (!scope.Text(ref valid, this.Name, "name", "Name", "is required.", 1, "must be at least 1 character long.", 200, "must be at most 200 characters long.")) return false;
        // title
        if (!scope.Text(ref valid, this.Title, "title", "Title", null, 0, null, 120, "must be at most 120 characters long.")) return false;
        // country
        if (this.Country.ValueOrNull is null && !scope.Report(ref valid, "country", "Country", "required", "is required.")) return false;
        return valid;
    }
}

/// <summary>What every event of the day's report states: the day it took place. Each event of the report spreads it.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record Occurrence : global::EventSchema.IScopedValidatable, global::Diplomacy.IOccurrence
{
    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "OccurredOn", this.OccurredOn);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        return valid;
    }
}

/// <summary>The fields of <c>Occurrence</c>, which every record and event that spreads it (<c>...Occurrence;</c>) has.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public partial interface IOccurrence
{
    /// <summary>The <c>occurredOn</c> field.</summary>
    global::System.DateOnly OccurredOn { get; }
}

/// <summary>The <c>Attribution</c> record of the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record Attribution : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>outlet</c> field.</summary>
    [global::EventSchema.SchemaRules("Attribution.outlet in common.eventschema", "Outlet", Required = true, MinLength = 1)]
    public required string Outlet { get; init; }

    /// <summary>The <c>citing</c> field.</summary>
    public string? Citing { get; init; }

    /// <summary>The <c>url</c> field.</summary>
    public global::System.Uri? Url { get => __collectionUrl.Value; init => __collectionUrl = new(value, global::EventSchema.UriTextComparer.Instance); }
    private readonly global::EventSchema.EquatableCollection<global::System.Uri> __collectionUrl;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Outlet", this.Outlet, "Citing", this.Citing, "Url", this.Url);

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
        // url
        if (this.Url is not null)
        {
            if (!global::EventSchema.Json.UriText.IsUriReference(this.Url.OriginalString) && !scope.Report(ref valid, "url", "Url", "format", "must be an RFC 3986 URI reference (ASCII, with '%' followed by two hex digits).")) return false;
        }
        return valid;
    }
}

/// <summary>The <c>CooperationArea</c> enum of the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.Text.Json.Serialization.JsonConverter(typeof(CooperationAreaJsonConverter))]
public enum CooperationArea
{
    /// <summary>Written <c>political</c> in schemas and on the wire.</summary>
    Political,

    /// <summary>Written <c>economic</c> in schemas and on the wire.</summary>
    Economic,

    /// <summary>Written <c>trade</c> in schemas and on the wire.</summary>
    Trade,

    /// <summary>Written <c>transport</c> in schemas and on the wire.</summary>
    Transport,

    /// <summary>Written <c>energy</c> in schemas and on the wire.</summary>
    Energy,

    /// <summary>Written <c>industry</c> in schemas and on the wire.</summary>
    Industry,

    /// <summary>Written <c>investment</c> in schemas and on the wire.</summary>
    Investment,

    /// <summary>Written <c>security</c> in schemas and on the wire.</summary>
    Security,

    /// <summary>Written <c>cultural</c> in schemas and on the wire.</summary>
    Cultural,

    /// <summary>Written <c>humanitarian</c> in schemas and on the wire.</summary>
    Humanitarian,
}

/// <summary>Converts <see cref="CooperationArea"/> values to and from the strings they have in schemas and on the wire.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public static partial class CooperationAreaExtensions
{
    /// <summary>The wire value of <paramref name="value"/>, such as <c>political</c>.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToJsonValue(this CooperationArea value)
    {
        return value switch
        {
            CooperationArea.Political => "political",
            CooperationArea.Economic => "economic",
            CooperationArea.Trade => "trade",
            CooperationArea.Transport => "transport",
            CooperationArea.Energy => "energy",
            CooperationArea.Industry => "industry",
            CooperationArea.Investment => "investment",
            CooperationArea.Security => "security",
            CooperationArea.Cultural => "cultural",
            CooperationArea.Humanitarian => "humanitarian",
            _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Not a defined CooperationArea member."),
        };
    }

    /// <summary>The member whose wire value is <paramref name="value"/> (compared ordinally); false when there is none.</summary>
    public static bool TryFromJsonValue(string? value, out CooperationArea result)
    {
        switch (value)
        {
            case "political":
                result = CooperationArea.Political;
                return true;
            case "economic":
                result = CooperationArea.Economic;
                return true;
            case "trade":
                result = CooperationArea.Trade;
                return true;
            case "transport":
                result = CooperationArea.Transport;
                return true;
            case "energy":
                result = CooperationArea.Energy;
                return true;
            case "industry":
                result = CooperationArea.Industry;
                return true;
            case "investment":
                result = CooperationArea.Investment;
                return true;
            case "security":
                result = CooperationArea.Security;
                return true;
            case "cultural":
                result = CooperationArea.Cultural;
                return true;
            case "humanitarian":
                result = CooperationArea.Humanitarian;
                return true;
            default:
                result = default;
                return false;
        }
    }

    /// <summary>The member whose wire value is <paramref name="value"/>.</summary>
    /// <exception cref="global::System.ArgumentException"><paramref name="value"/> is no member's wire value.</exception>
    public static CooperationArea FromJsonValue(string value)
    {
        if (TryFromJsonValue(value, out var result)) return result;
        throw new global::System.ArgumentException("\"" + value + "\" is not a CooperationArea value; expected one of: political, economic, trade, transport, energy, industry, investment, security, cultural, humanitarian.", nameof(value));
    }

    /// <summary>Whether <paramref name="value"/> is a declared member (a cast can make any number a <see cref="CooperationArea"/>).</summary>
    public static bool IsDefined(this CooperationArea value) => value is CooperationArea.Political or CooperationArea.Economic or CooperationArea.Trade or CooperationArea.Transport or CooperationArea.Energy or CooperationArea.Industry or CooperationArea.Investment or CooperationArea.Security or CooperationArea.Cultural or CooperationArea.Humanitarian;
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(CountryCodeJsonConverter))]
readonly partial record struct CountryCode;

/// <summary>Reads and writes <see cref="CountryCode"/> as its raw value (and as a dictionary key), checking the scalar's rules on the way in.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class CountryCodeJsonConverter : global::EventSchema.Json.ScalarJsonConverter<global::Diplomacy.CountryCode, string>
{
    /// <inheritdoc />
    public override global::Diplomacy.CountryCode Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        => ReadValue(ref reader, global::EventSchema.Json.EventJsonOptions.For(options));

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Diplomacy.CountryCode value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the raw value.</summary>
    public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::Diplomacy.CountryCode value)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        WriteRaw(ref raw, value, null);
        raw.Complete();
    }

    /// <summary>Writes the raw value into a raw writer as the value of <paramref name="property"/> (null for an item); used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteRaw(ref global::EventSchema.Json.JsonRawWriter raw, global::Diplomacy.CountryCode value, string? property)
    {
        if (value.ValueOrNull is null) throw global::EventSchema.Json.JsonWriteErrors.UnsetScalar("CountryCode", property);
        raw.String(value.Value);
    }

    /// <summary>Reads the raw value and checks the scalar's rules.</summary>
    public static global::Diplomacy.CountryCode ReadValue(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        var raw = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options);
        try
        {
            return global::Diplomacy.CountryCode.From(raw);
        }
        catch (global::System.ArgumentException error)
        {
            throw global::EventSchema.Json.JsonReadErrors.InvalidScalar("CountryCode", error);
        }
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record Official : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("Official", new string[] { "name", "title", "country" }, 0, 2);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "name", "title", "country" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Official\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"name\": {\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 200,\n      \"description\": \"Full name as published by the source.\"\n    },\n    \"title\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n      \"maxLength\": 120\n    },\n    \"country\": {\n      \"$ref\": \"#/$defs/Diplomacy.CountryCode\"\n    }\n  },\n  \"required\": [\n    \"name\",\n    \"country\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A person acting in an official capacity.\"", null, global::Diplomacy.__JsonSchemaDefinitions.T_CountryCode);
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
        raw.Name(",\"name\":"u8);
        if (this.Name is { } __Name) raw.String(__Name); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("name");
        if (this.Title is { } __Title) { raw.Name(",\"title\":"u8); raw.String(__Title); }
        raw.Name(",\"country\":"u8); global::Diplomacy.CountryCodeJsonConverter.WriteRaw(ref raw, this.Country, "country");
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Official ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Official FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Official FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Official> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Official __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        string? __v0 = default;
        string? __v1 = default;
        global::Diplomacy.CountryCode __v2 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 1: __v1 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 2: __v2 = global::Diplomacy.CountryCodeJsonConverter.ReadValue(ref reader, options); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new Official
        {
            Name = __v0!,
            Title = __v1,
            Country = __v2,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record Occurrence : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("Occurrence", new string[] { "occurredOn" }, 0);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "occurredOn" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Occurrence\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    }\n  },\n  \"required\": [\n    \"occurredOn\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"What every event of the day's report states: the day it took place. Each event of the report spreads it.\"\n}";

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
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Occurrence ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Occurrence FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Occurrence FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Occurrence> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Occurrence __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::System.DateOnly __v0 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new Occurrence
        {
            OccurredOn = __v0,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record Attribution : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("Attribution", new string[] { "outlet", "citing", "url" }, 0);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "outlet", "citing", "url" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Attribution\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"outlet\": {\n      \"type\": \"string\",\n      \"minLength\": 1\n    },\n    \"citing\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ]\n    },\n    \"url\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n      \"format\": \"uri-reference\",\n      \"pattern\": \"^(?:[A-Za-z][A-Za-z0-9+\\\\-.]*:(?:[A-Za-z0-9\\\\-._~!$&'()*+,;=:@/?#\\\\[\\\\]]|%[0-9A-Fa-f]{2})*|(?:[A-Za-z0-9\\\\-._~!$&'()*+,;=@\\\\[\\\\]]|%[0-9A-Fa-f]{2})*(?:[/?#](?:[A-Za-z0-9\\\\-._~!$&'()*+,;=:@/?#\\\\[\\\\]]|%[0-9A-Fa-f]{2})*)?)$\"\n    }\n  },\n  \"required\": [\n    \"outlet\"\n  ],\n  \"additionalProperties\": true\n}";

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
        if (this.Url is { } __Url) { raw.Name(",\"url\":"u8); raw.String(__Url); }
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Attribution ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Attribution FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Attribution FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Attribution> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Attribution __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        string? __v0 = default;
        string? __v1 = default;
        global::System.Uri? __v2 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 1: __v1 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 2: __v2 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadUri(ref reader, options); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new Attribution
        {
            Outlet = __v0!,
            Citing = __v1,
            Url = __v2,
        };
    }

}

/// <summary>Reads and writes <see cref="CooperationArea"/> as the strings its members have in the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class CooperationAreaJsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::Diplomacy.CooperationArea>
{
    private static readonly global::System.Text.Json.JsonEncodedText __JsonPolitical = global::System.Text.Json.JsonEncodedText.Encode("political");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonEconomic = global::System.Text.Json.JsonEncodedText.Encode("economic");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonTrade = global::System.Text.Json.JsonEncodedText.Encode("trade");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonTransport = global::System.Text.Json.JsonEncodedText.Encode("transport");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonEnergy = global::System.Text.Json.JsonEncodedText.Encode("energy");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonIndustry = global::System.Text.Json.JsonEncodedText.Encode("industry");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonInvestment = global::System.Text.Json.JsonEncodedText.Encode("investment");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonSecurity = global::System.Text.Json.JsonEncodedText.Encode("security");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonCultural = global::System.Text.Json.JsonEncodedText.Encode("cultural");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonHumanitarian = global::System.Text.Json.JsonEncodedText.Encode("humanitarian");

    /// <inheritdoc />
    public override global::Diplomacy.CooperationArea Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Diplomacy.CooperationArea value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);

    /// <inheritdoc />
    public override global::Diplomacy.CooperationArea ReadAsPropertyName(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(global::System.Text.Json.Utf8JsonWriter writer, global::Diplomacy.CooperationArea value, global::System.Text.Json.JsonSerializerOptions options) => writer.WritePropertyName(Encoded(value));

    /// <summary>Writes <paramref name="value"/> as its schema string.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::Diplomacy.CooperationArea value) => writer.WriteStringValue(Encoded(value));

    /// <summary>Writes <paramref name="value"/> as its schema string into a raw writer; used by generated code.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteRaw(ref global::EventSchema.Json.JsonRawWriter raw, global::Diplomacy.CooperationArea value) => raw.String(Encoded(value));

    private static global::System.Text.Json.JsonEncodedText Encoded(global::Diplomacy.CooperationArea value) => value switch
    {
        global::Diplomacy.CooperationArea.Political => __JsonPolitical,
        global::Diplomacy.CooperationArea.Economic => __JsonEconomic,
        global::Diplomacy.CooperationArea.Trade => __JsonTrade,
        global::Diplomacy.CooperationArea.Transport => __JsonTransport,
        global::Diplomacy.CooperationArea.Energy => __JsonEnergy,
        global::Diplomacy.CooperationArea.Industry => __JsonIndustry,
        global::Diplomacy.CooperationArea.Investment => __JsonInvestment,
        global::Diplomacy.CooperationArea.Security => __JsonSecurity,
        global::Diplomacy.CooperationArea.Cultural => __JsonCultural,
        global::Diplomacy.CooperationArea.Humanitarian => __JsonHumanitarian,
        _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "The value is not a declared CooperationArea member, so it has no JSON text: the reader would refuse it. Validate() reports it with code 'enum'."),
    };

    /// <summary>Reads a member from its schema string; any other value is a <see cref="global::System.Text.Json.JsonException"/>.</summary>
    public static global::Diplomacy.CooperationArea ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.String && reader.TokenType != global::System.Text.Json.JsonTokenType.PropertyName) throw global::EventSchema.Json.JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        global::EventSchema.Json.JsonStringDecoder.CheckEscapes(in reader);
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            global::System.ReadOnlySpan<byte> text = reader.ValueSpan;
            switch (text.Length)
            {
                case 5:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "trade"u8)) return global::Diplomacy.CooperationArea.Trade;
                    break;
                case 6:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "energy"u8)) return global::Diplomacy.CooperationArea.Energy;
                    break;
                case 8:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "economic"u8)) return global::Diplomacy.CooperationArea.Economic;
                    if (global::System.MemoryExtensions.SequenceEqual(text, "industry"u8)) return global::Diplomacy.CooperationArea.Industry;
                    if (global::System.MemoryExtensions.SequenceEqual(text, "security"u8)) return global::Diplomacy.CooperationArea.Security;
                    if (global::System.MemoryExtensions.SequenceEqual(text, "cultural"u8)) return global::Diplomacy.CooperationArea.Cultural;
                    break;
                case 9:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "political"u8)) return global::Diplomacy.CooperationArea.Political;
                    if (global::System.MemoryExtensions.SequenceEqual(text, "transport"u8)) return global::Diplomacy.CooperationArea.Transport;
                    break;
                case 10:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "investment"u8)) return global::Diplomacy.CooperationArea.Investment;
                    break;
                case 12:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "humanitarian"u8)) return global::Diplomacy.CooperationArea.Humanitarian;
                    break;
            }
        }
        else
        {
            if (reader.ValueTextEquals(__JsonPolitical.EncodedUtf8Bytes)) return global::Diplomacy.CooperationArea.Political;
            if (reader.ValueTextEquals(__JsonEconomic.EncodedUtf8Bytes)) return global::Diplomacy.CooperationArea.Economic;
            if (reader.ValueTextEquals(__JsonTrade.EncodedUtf8Bytes)) return global::Diplomacy.CooperationArea.Trade;
            if (reader.ValueTextEquals(__JsonTransport.EncodedUtf8Bytes)) return global::Diplomacy.CooperationArea.Transport;
            if (reader.ValueTextEquals(__JsonEnergy.EncodedUtf8Bytes)) return global::Diplomacy.CooperationArea.Energy;
            if (reader.ValueTextEquals(__JsonIndustry.EncodedUtf8Bytes)) return global::Diplomacy.CooperationArea.Industry;
            if (reader.ValueTextEquals(__JsonInvestment.EncodedUtf8Bytes)) return global::Diplomacy.CooperationArea.Investment;
            if (reader.ValueTextEquals(__JsonSecurity.EncodedUtf8Bytes)) return global::Diplomacy.CooperationArea.Security;
            if (reader.ValueTextEquals(__JsonCultural.EncodedUtf8Bytes)) return global::Diplomacy.CooperationArea.Cultural;
            if (reader.ValueTextEquals(__JsonHumanitarian.EncodedUtf8Bytes)) return global::Diplomacy.CooperationArea.Humanitarian;
        }
        throw global::EventSchema.Json.JsonReadErrors.UnknownEnumValue(ref reader, "CooperationArea", "political, economic, trade, transport, energy, industry, investment, security, cultural, humanitarian");
    }
}

