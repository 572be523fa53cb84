// trade.eventschema

/// <summary>A UN/LOCODE, such as AZBAK (Baku) or KZAKT (Aktau).</summary>
[global::EventSchema.SchemaRules("PortCode in trade.eventschema", "Port code", Required = true, Pattern = "^[A-Z]{2}[A-Z2-9]{3}$")]
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.ComponentModel.TypeConverter(typeof(global::EventSchema.ScalarTypeConverter<PortCode>))]
public readonly partial record struct PortCode : global::System.IComparable<PortCode>, global::System.IComparable, global::System.IParsable<PortCode>
{
    private readonly string? _value;

    private PortCode(string value) => _value = value;

    /// <summary>The value; it met every rule of the scalar when it was created.</summary>
    /// <exception cref="global::System.InvalidOperationException">This is <c>default(PortCode)</c>, never created with <c>From</c> or <c>TryFrom</c>.</exception>
    public string Value => _value ?? throw global::EventSchema.ScalarErrors.Unset("PortCode");

    /// <summary>The value, or null for <c>default(PortCode)</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public string? ValueOrNull => _value;


    /// <summary>Creates a <see cref="PortCode"/> from <paramref name="value"/>.</summary>
    /// <exception cref="global::System.ArgumentException"><paramref name="value"/> breaks a rule of the scalar; the message names it.</exception>
    public static PortCode From(string value)
    {
        if (!Check(value, out string code, out string rule))
        {
            throw new global::System.ArgumentException((value is null ? "null" : "\"" + value + "\"") + " is not a valid PortCode (" + code + "): it " + rule, nameof(value));
        }
        return new PortCode(value);
    }

    /// <summary>Creates a <see cref="PortCode"/> from <paramref name="value"/>; false when it breaks a rule of the scalar.</summary>
    public static bool TryFrom(string? value, out PortCode result)
    {
        if (value is null || !Check(value, out _, out _))
        {
            result = default;
            return false;
        }
        result = new PortCode(value);
        return true;
    }

    /// <summary>The value as text; empty for <c>default(PortCode)</c>.</summary>
    public override string ToString() => _value is null ? string.Empty : _value;

    /// <summary>The value of <paramref name="scalar"/>.</summary>
    public static explicit operator string(PortCode scalar) => scalar.Value;

    /// <summary>Compares the values ordinally, character by character; an unset value sorts first.</summary>
    public int CompareTo(PortCode other) => string.CompareOrdinal(_value, other._value);

    int global::System.IComparable.CompareTo(object? obj) => global::EventSchema.ScalarOrder.CompareToObject(this, obj);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(PortCode left, PortCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(PortCode left, PortCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(PortCode left, PortCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(PortCode left, PortCode right) => left.CompareTo(right) >= 0;

    /// <summary>Reads a <see cref="PortCode"/> from its text, the value as JSON holds it without a string's quotes (what <see cref="ToString()"/> gives).</summary>
    /// <exception cref="global::System.FormatException">The text is not a value of the scalar, or breaks one of its rules; the message says which.</exception>
    public static PortCode Parse(string s, global::System.IFormatProvider? provider = null) => global::EventSchema.ScalarText.ParseString(s, From);

    /// <summary>Reads a <see cref="PortCode"/> from its text; false when it is not a value of the scalar.</summary>
    public static bool TryParse(string? s, global::System.IFormatProvider? provider, out PortCode result) => TryFrom(s, out result);

    /// <summary>Reads a <see cref="PortCode"/> from its text; false when it is not a value of the scalar.</summary>
    public static bool TryParse(string? s, out PortCode result) => TryParse(s, null, out result);

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
            rule = "must match the pattern ^[A-Z]{2}[A-Z2-9]{3}$.";
            return false;
        }
        code = string.Empty;
        rule = string.Empty;
        return true;
    }

    // ^[A-Z]{2}[A-Z2-9]{3}$
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
            {
                int count = 0;
                while (count < 3 && pos < value.Length)
                {
                    if (!((value[pos] >= '2' && value[pos] <= '9') || (value[pos] >= 'A' && value[pos] <= 'Z'))) break;
                    pos++;
                    count++;
                }
                if (count < 3) return false;
            }
            return pos == value.Length;
        }
    }
}

/// <summary>ISO 3166-1 alpha-2 country code, such as AZ or KZ.</summary>
[global::EventSchema.SchemaRules("CountryCode in trade.eventschema", "Country code", Required = true, Pattern = "^[A-Z]{2}$")]
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

/// <summary>ISO 4217 currency code, such as USD.</summary>
[global::EventSchema.SchemaRules("CurrencyCode in trade.eventschema", "Currency code", Required = true, Pattern = "^[A-Z]{3}$")]
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.ComponentModel.TypeConverter(typeof(global::EventSchema.ScalarTypeConverter<CurrencyCode>))]
public readonly partial record struct CurrencyCode : global::System.IComparable<CurrencyCode>, global::System.IComparable, global::System.IParsable<CurrencyCode>
{
    private readonly string? _value;

    private CurrencyCode(string value) => _value = value;

    /// <summary>The value; it met every rule of the scalar when it was created.</summary>
    /// <exception cref="global::System.InvalidOperationException">This is <c>default(CurrencyCode)</c>, never created with <c>From</c> or <c>TryFrom</c>.</exception>
    public string Value => _value ?? throw global::EventSchema.ScalarErrors.Unset("CurrencyCode");

    /// <summary>The value, or null for <c>default(CurrencyCode)</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public string? ValueOrNull => _value;


    /// <summary>Creates a <see cref="CurrencyCode"/> from <paramref name="value"/>.</summary>
    /// <exception cref="global::System.ArgumentException"><paramref name="value"/> breaks a rule of the scalar; the message names it.</exception>
    public static CurrencyCode From(string value)
    {
        if (!Check(value, out string code, out string rule))
        {
            throw new global::System.ArgumentException((value is null ? "null" : "\"" + value + "\"") + " is not a valid CurrencyCode (" + code + "): it " + rule, nameof(value));
        }
        return new CurrencyCode(value);
    }

    /// <summary>Creates a <see cref="CurrencyCode"/> from <paramref name="value"/>; false when it breaks a rule of the scalar.</summary>
    public static bool TryFrom(string? value, out CurrencyCode result)
    {
        if (value is null || !Check(value, out _, out _))
        {
            result = default;
            return false;
        }
        result = new CurrencyCode(value);
        return true;
    }

    /// <summary>The value as text; empty for <c>default(CurrencyCode)</c>.</summary>
    public override string ToString() => _value is null ? string.Empty : _value;

    /// <summary>The value of <paramref name="scalar"/>.</summary>
    public static explicit operator string(CurrencyCode scalar) => scalar.Value;

    /// <summary>Compares the values ordinally, character by character; an unset value sorts first.</summary>
    public int CompareTo(CurrencyCode other) => string.CompareOrdinal(_value, other._value);

    int global::System.IComparable.CompareTo(object? obj) => global::EventSchema.ScalarOrder.CompareToObject(this, obj);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(CurrencyCode left, CurrencyCode right) => left.CompareTo(right) >= 0;

    /// <summary>Reads a <see cref="CurrencyCode"/> from its text, the value as JSON holds it without a string's quotes (what <see cref="ToString()"/> gives).</summary>
    /// <exception cref="global::System.FormatException">The text is not a value of the scalar, or breaks one of its rules; the message says which.</exception>
    public static CurrencyCode Parse(string s, global::System.IFormatProvider? provider = null) => global::EventSchema.ScalarText.ParseString(s, From);

    /// <summary>Reads a <see cref="CurrencyCode"/> from its text; false when it is not a value of the scalar.</summary>
    public static bool TryParse(string? s, global::System.IFormatProvider? provider, out CurrencyCode result) => TryFrom(s, out result);

    /// <summary>Reads a <see cref="CurrencyCode"/> from its text; false when it is not a value of the scalar.</summary>
    public static bool TryParse(string? s, out CurrencyCode result) => TryParse(s, null, out result);

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
            rule = "must match the pattern ^[A-Z]{3}$.";
            return false;
        }
        code = string.Empty;
        rule = string.Empty;
        return true;
    }

    // ^[A-Z]{3}$
    private static bool __MatchesPattern0(string value)
    {
        return MatchAt(value, 0);

        static bool MatchAt(string value, int pos)
        {
            {
                int count = 0;
                while (count < 3 && pos < value.Length)
                {
                    if (!(value[pos] >= 'A' && value[pos] <= 'Z')) break;
                    pos++;
                    count++;
                }
                if (count < 3) return false;
            }
            return pos == value.Length;
        }
    }
}

/// <summary>How cargo moves on a stretch of the corridor.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.Text.Json.Serialization.JsonConverter(typeof(ModeJsonConverter))]
public enum Mode
{
    /// <summary>Written <c>rail</c> in schemas and on the wire.</summary>
    Rail,

    /// <summary>Written <c>sea</c> in schemas and on the wire.</summary>
    Sea,

    /// <summary>Written <c>road</c> in schemas and on the wire.</summary>
    Road,
}

/// <summary>Converts <see cref="Mode"/> values to and from the strings they have in schemas and on the wire.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public static partial class ModeExtensions
{
    /// <summary>The wire value of <paramref name="value"/>, such as <c>rail</c>.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToJsonValue(this Mode value)
    {
        return value switch
        {
            Mode.Rail => "rail",
            Mode.Sea => "sea",
            Mode.Road => "road",
            _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Not a defined Mode member."),
        };
    }

    /// <summary>The member whose wire value is <paramref name="value"/> (compared ordinally); false when there is none.</summary>
    public static bool TryFromJsonValue(string? value, out Mode result)
    {
        switch (value)
        {
            case "rail":
                result = Mode.Rail;
                return true;
            case "sea":
                result = Mode.Sea;
                return true;
            case "road":
                result = Mode.Road;
                return true;
            default:
                result = default;
                return false;
        }
    }

    /// <summary>The member whose wire value is <paramref name="value"/>.</summary>
    /// <exception cref="global::System.ArgumentException"><paramref name="value"/> is no member's wire value.</exception>
    public static Mode FromJsonValue(string value)
    {
        if (TryFromJsonValue(value, out var result)) return result;
        throw new global::System.ArgumentException("\"" + value + "\" is not a Mode value; expected one of: rail, sea, road.", nameof(value));
    }

    /// <summary>Whether <paramref name="value"/> is a declared member (a cast can make any number a <see cref="Mode"/>).</summary>
    public static bool IsDefined(this Mode value) => value is Mode.Rail or Mode.Sea or Mode.Road;
}

/// <summary>What the goods are, for tariffs and statistics.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.Text.Json.Serialization.JsonConverter(typeof(CargoKindJsonConverter))]
public enum CargoKind
{
    /// <summary>Written <c>container</c> in schemas and on the wire.</summary>
    Container,

    /// <summary>Written <c>bulk</c> in schemas and on the wire.</summary>
    Bulk,

    /// <summary>Written <c>liquid</c> in schemas and on the wire.</summary>
    Liquid,

    /// <summary>Roll-on/roll-off: trucks and wagons on ferries.</summary>
    Roro,
}

/// <summary>Converts <see cref="CargoKind"/> values to and from the strings they have in schemas and on the wire.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public static partial class CargoKindExtensions
{
    /// <summary>The wire value of <paramref name="value"/>, such as <c>container</c>.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToJsonValue(this CargoKind value)
    {
        return value switch
        {
            CargoKind.Container => "container",
            CargoKind.Bulk => "bulk",
            CargoKind.Liquid => "liquid",
            CargoKind.Roro => "ro-ro",
            _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Not a defined CargoKind member."),
        };
    }

    /// <summary>The member whose wire value is <paramref name="value"/> (compared ordinally); false when there is none.</summary>
    public static bool TryFromJsonValue(string? value, out CargoKind result)
    {
        switch (value)
        {
            case "container":
                result = CargoKind.Container;
                return true;
            case "bulk":
                result = CargoKind.Bulk;
                return true;
            case "liquid":
                result = CargoKind.Liquid;
                return true;
            case "ro-ro":
                result = CargoKind.Roro;
                return true;
            default:
                result = default;
                return false;
        }
    }

    /// <summary>The member whose wire value is <paramref name="value"/>.</summary>
    /// <exception cref="global::System.ArgumentException"><paramref name="value"/> is no member's wire value.</exception>
    public static CargoKind FromJsonValue(string value)
    {
        if (TryFromJsonValue(value, out var result)) return result;
        throw new global::System.ArgumentException("\"" + value + "\" is not a CargoKind value; expected one of: container, bulk, liquid, ro-ro.", nameof(value));
    }

    /// <summary>Whether <paramref name="value"/> is a declared member (a cast can make any number a <see cref="CargoKind"/>).</summary>
    public static bool IsDefined(this CargoKind value) => value is CargoKind.Container or CargoKind.Bulk or CargoKind.Liquid or CargoKind.Roro;
}

/// <summary>What every trade fact along the corridor states: when it happened, where, and who reported it.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record TradeFact : global::EventSchema.IScopedValidatable, global::Corridor.Trade.ITradeFact
{
    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    /// <summary>The port or city it happened at.</summary>
    public global::Corridor.Trade.PortCode? Place { get; init; }

    /// <summary>The outlets that reported it, such as "Trend" or "Kazinform".</summary>
    [global::EventSchema.SchemaRules("TradeFact.sources in trade.eventschema", "Sources", ItemDisplayName = "Source", Required = true, MinLength = 1, MaxLength = 80, MinItems = 1)]
    public required global::System.Collections.Generic.IReadOnlySet<string> Sources { get => __collectionSources.Value!; init => __collectionSources = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlySet<string>> __collectionSources;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "OccurredOn", this.OccurredOn, "Place", this.Place, "Sources", global::EventSchema.RecordText.Items(this.Sources));

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // place
        if (this.Place is { } valuePlace)
        {
            if (valuePlace.ValueOrNull is null && !scope.Report(ref valid, "place", "Place", "required", "is required.")) return false;
        }
        // sources
        if (this.Sources is null)
        {
            if (!scope.Report(ref valid, "sources", "Sources", "required", "is required.")) return false;
        }
        else
        {
            if (this.Sources.Count < 1 && !scope.Report(ref valid, "sources", "Sources", "minItems", "must have at least 1 item.")) return false;
            {
                int i0 = 0;
                foreach (var item0 in global::EventSchema.ValidationRules.Items(this.Sources))
                {
                    if (item0 is null)
                    {
                        if (!scope.Item("sources", "Source", i0).Report(ref valid, "required", "is required.")) return false;
                    }
                    else
                    {
                        if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Item("sources", "Source", i0).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                        {
                            int length1 = global::EventSchema.ValidationRules.CodePointLength(item0);
                            if (length1 < 1 && !scope.Item("sources", "Source", i0).Report(ref valid, "minLength", "must be at least 1 character long.")) return false;
                            if (length1 > 80 && !scope.Item("sources", "Source", i0).Report(ref valid, "maxLength", "must be at most 80 characters long.")) return false;
                        }
                    }
                    i0++;
                }
            }
        }
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlySet<string>?> __Comparer0 = global::EventSchema.SetEqualityComparer<string>.Default;
}

/// <summary>The fields of <c>TradeFact</c>, which every record and event that spreads it (<c>...TradeFact;</c>) has.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public partial interface ITradeFact
{
    /// <summary>The <c>occurredOn</c> field.</summary>
    global::System.DateOnly OccurredOn { get; }

    /// <summary>The port or city it happened at.</summary>
    global::Corridor.Trade.PortCode? Place { get; }

    /// <summary>The outlets that reported it, such as "Trend" or "Kazinform".</summary>
    global::System.Collections.Generic.IReadOnlySet<string> Sources { get; }
}

/// <summary>A port of the corridor.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record Port : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>code</c> field.</summary>
    public required global::Corridor.Trade.PortCode Code { get; init; }

    /// <summary>The <c>name</c> field.</summary>
    [global::EventSchema.SchemaRules("Port.name in trade.eventschema", "Name", Required = true, MinLength = 1, MaxLength = 100)]
    public required string Name { get; init; }

    /// <summary>The <c>country</c> field.</summary>
    public required global::Corridor.Trade.CountryCode Country { get; init; }

    /// <summary>The port authority's own identifier for each berth, keyed by berth number.</summary>
    [global::EventSchema.SchemaRules("Port.berths in trade.eventschema", "Berths", ItemDisplayName = "Berth", Required = true, MaxLength = 40)]
    public global::System.Collections.Generic.IReadOnlyDictionary<int, string> Berths { get => __collectionBerths.Value!; init => __collectionBerths = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyDictionary<int, string>> __collectionBerths = new(new global::System.Collections.Generic.Dictionary<int, string>(), __Comparer0);

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Code", this.Code, "Name", this.Name, "Country", this.Country, "Berths", global::EventSchema.RecordText.Entries(this.Berths));

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // code
        if (this.Code.ValueOrNull is null && !scope.Report(ref valid, "code", "Code", "required", "is required.")) return false;
        // name
        if (!scope.Text(ref valid, this.Name, "name", "Name", "is required.", 1, "must be at least 1 character long.", 100, "must be at most 100 characters long.")) return false;
        // country
        if (this.Country.ValueOrNull is null && !scope.Report(ref valid, "country", "Country", "required", "is required.")) return false;
        // berths
        if (this.Berths is null)
        {
            if (!scope.Report(ref valid, "berths", "Berths", "required", "is required.")) return false;
        }
        else
        {
            foreach (var entry0 in global::EventSchema.ValidationRules.Entries(this.Berths))
            {
                var item0 = entry0.Value;
                if (item0 is null)
                {
                    if (!scope.Entry("berths", "Berths", entry0.Key.ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Report(ref valid, "required", "is required.")) return false;
                }
                else
                {
                    if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Entry("berths", "Berths", entry0.Key.ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                    {
                        int length1 = global::EventSchema.ValidationRules.CodePointLength(item0);
                        if (length1 > 40 && !scope.Entry("berths", "Berths", entry0.Key.ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Report(ref valid, "maxLength", "must be at most 40 characters long.")) return false;
                    }
                }
            }
        }
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyDictionary<int, string>?> __Comparer0 = global::EventSchema.MapEqualityComparer<int, string>.Default;
}

/// <summary>Two or more states agree to develop a cargo corridor between ports.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record CargoCorridorAgreed : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Corridor.Trade.ITradeFact
{
    /// <summary>The event type string: <c>corridor.trade.cargo-corridor-agreed.v1</c>.</summary>
    public const string EventType = "corridor.trade.cargo-corridor-agreed.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Cargo corridor agreed".</summary>
    public const string DisplayName = "Cargo corridor agreed";

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    /// <summary>The port or city it happened at.</summary>
    public global::Corridor.Trade.PortCode? Place { get; init; }

    /// <summary>The outlets that reported it, such as "Trend" or "Kazinform".</summary>
    [global::EventSchema.SchemaRules("CargoCorridorAgreed.sources in trade.eventschema", "Sources", ItemDisplayName = "Source", Required = true, MinLength = 1, MaxLength = 80, MinItems = 1)]
    public required global::System.Collections.Generic.IReadOnlySet<string> Sources { get => __collectionSources.Value!; init => __collectionSources = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlySet<string>> __collectionSources;

    /// <summary>The <c>name</c> field.</summary>
    [global::EventSchema.SchemaRules("CargoCorridorAgreed.name in trade.eventschema", "Name", Required = true, MinLength = 1, MaxLength = 120)]
    public required string Name { get; init; }

    /// <summary>The <c>countries</c> field.</summary>
    [global::EventSchema.SchemaRules("CargoCorridorAgreed.countries in trade.eventschema", "Countries", ItemDisplayName = "Country", Required = true, MinItems = 2)]
    public required global::System.Collections.Generic.IReadOnlySet<global::Corridor.Trade.CountryCode> Countries { get => __collectionCountries.Value!; init => __collectionCountries = new(value, __Comparer1); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlySet<global::Corridor.Trade.CountryCode>> __collectionCountries;

    /// <summary>The ports in route order.</summary>
    [global::EventSchema.SchemaRules("CargoCorridorAgreed.ports in trade.eventschema", "Ports", ItemDisplayName = "Port", Required = true, MinItems = 2)]
    public required global::System.Collections.Generic.IReadOnlyList<global::Corridor.Trade.Port> Ports { get => __collectionPorts.Value!; init => __collectionPorts = new(value, __Comparer2); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<global::Corridor.Trade.Port>> __collectionPorts;

    /// <summary>Free-form labels used by the parties, such as "TITR" or "Middle Corridor".</summary>
    [global::EventSchema.SchemaRules("CargoCorridorAgreed.labels in trade.eventschema", "Labels", ItemDisplayName = "Label", Required = true, MaxLength = 40, Pattern = "^[A-Za-z][A-Za-z -]*$", MaxItems = 10)]
    public global::System.Collections.Generic.IReadOnlyList<string> Labels { get => __collectionLabels.Value!; init => __collectionLabels = new(value, __Comparer3); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<string>> __collectionLabels = new(global::System.Array.Empty<string>(), __Comparer3);

    /// <summary>Target yearly volume in thousand tonnes per mode of transport.</summary>
    [global::EventSchema.SchemaRules("CargoCorridorAgreed.targetVolume in trade.eventschema", "Target volume", ItemDisplayName = "Target volume item", Required = true, Minimum = "0")]
    public global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.Mode, int> TargetVolume { get => __collectionTargetVolume.Value!; init => __collectionTargetVolume = new(value, __Comparer4); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.Mode, int>> __collectionTargetVolume = new(new global::System.Collections.Generic.Dictionary<global::Corridor.Trade.Mode, int>(), __Comparer4);

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>
    public string Describe() => global::EventSchema.RecordText.Describe($"{this.Name} agreed between {(this.Countries is { } part1 ? string.Join(", ", global::System.Linq.Enumerable.Select(part1, static item => item.ToString())) : null)}");

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "OccurredOn", this.OccurredOn, "Place", this.Place, "Sources", global::EventSchema.RecordText.Items(this.Sources), "Name", this.Name, "Countries", global::EventSchema.RecordText.Items(this.Countries), "Ports", global::EventSchema.RecordText.Items(this.Ports), "Labels", global::EventSchema.RecordText.Items(this.Labels), "TargetVolume", global::EventSchema.RecordText.Entries(this.TargetVolume));

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // place
        if (this.Place is { } valuePlace)
        {
            if (valuePlace.ValueOrNull is null && !scope.Report(ref valid, "place", "Place", "required", "is required.")) return false;
        }
        // sources
        if (this.Sources is null)
        {
            if (!scope.Report(ref valid, "sources", "Sources", "required", "is required.")) return false;
        }
        else
        {
            if (this.Sources.Count < 1 && !scope.Report(ref valid, "sources", "Sources", "minItems", "must have at least 1 item.")) return false;
            {
                int i0 = 0;
                foreach (var item0 in global::EventSchema.ValidationRules.Items(this.Sources))
                {
                    if (item0 is null)
                    {
                        if (!scope.Item("sources", "Source", i0).Report(ref valid, "required", "is required.")) return false;
                    }
                    else
                    {
                        if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Item("sources", "Source", i0).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                        {
                            int length1 = global::EventSchema.ValidationRules.CodePointLength(item0);
                            if (length1 < 1 && !scope.Item("sources", "Source", i0).Report(ref valid, "minLength", "must be at least 1 character long.")) return false;
                            if (length1 > 80 && !scope.Item("sources", "Source", i0).Report(ref valid, "maxLength", "must be at most 80 characters long.")) return false;
                        }
                    }
                    i0++;
                }
            }
        }
        // name
        if (!scope.Text(ref valid, this.Name, "name", "Name", "is required.", 1, "must be at least 1 character long.", 120, "must be at most 120 characters long.")) return false;
        // countries
        if (this.Countries is null)
        {
            if (!scope.Report(ref valid, "countries", "Countries", "required", "is required.")) return false;
        }
        else
        {
            if (this.Countries.Count < 2 && !scope.Report(ref valid, "countries", "Countries", "minItems", "must have at least 2 items.")) return false;
            {
                int i0 = 0;
                foreach (var item0 in global::EventSchema.ValidationRules.Items(this.Countries))
                {
                    if (item0.ValueOrNull is null && !scope.Item("countries", "Country", i0).Report(ref valid, "required", "is required.")) return false;
                    i0++;
                }
            }
        }
        // ports
        if (this.Ports is null)
        {
            if (!scope.Report(ref valid, "ports", "Ports", "required", "is required.")) return false;
        }
        else
        {
            if (this.Ports.Count < 2 && !scope.Report(ref valid, "ports", "Ports", "minItems", "must have at least 2 items.")) return false;
            for (int i0 = 0; i0 < this.Ports.Count; i0++)
            {
                var item0 = this.Ports[i0];
                if (item0 is null)
                {
                    if (!scope.Item("ports", "Port", i0).Report(ref valid, "required", "is required.")) return false;
                }
                else
                {
                    if (!scope.Merge(ref valid, item0.CollectValidationErrors(scope.Item("ports", "Port", i0)))) return false;
                }
            }
        }
        // labels
        if (this.Labels is null)
        {
            if (!scope.Report(ref valid, "labels", "Labels", "required", "is required.")) return false;
        }
        else
        {
            if (this.Labels.Count > 10 && !scope.Report(ref valid, "labels", "Labels", "maxItems", "must have at most 10 items.")) return false;
            for (int i0 = 0; i0 < this.Labels.Count; i0++)
            {
                var item0 = this.Labels[i0];
                if (item0 is null)
                {
                    if (!scope.Item("labels", "Label", i0).Report(ref valid, "required", "is required.")) return false;
                }
                else
                {
                    if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Item("labels", "Label", i0).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                    {
                        int length1 = global::EventSchema.ValidationRules.CodePointLength(item0);
                        if (length1 > 40 && !scope.Item("labels", "Label", i0).Report(ref valid, "maxLength", "must be at most 40 characters long.")) return false;
                    }
                    if (!__MatchesPattern0(item0) && !scope.Item("labels", "Label", i0).Report(ref valid, "pattern", "must match the pattern ^[A-Za-z][A-Za-z -]*$.")) return false;
                }
            }
        }
        // targetVolume
        if (this.TargetVolume is null)
        {
            if (!scope.Report(ref valid, "targetVolume", "Target volume", "required", "is required.")) return false;
        }
        else
        {
            foreach (var entry0 in global::EventSchema.ValidationRules.Entries(this.TargetVolume))
            {
                var item0 = entry0.Value;
                if (!global::Corridor.Trade.ModeExtensions.IsDefined(entry0.Key) && !scope.EntryKey("targetVolume", "Target volume", (global::Corridor.Trade.ModeExtensions.IsDefined(entry0.Key) ? global::Corridor.Trade.ModeExtensions.ToJsonValue(entry0.Key) : entry0.Key.ToString())).Report(ref valid, "enum", "must be a defined mode value.")) return false;
                if (!(item0 >= 0) && !scope.Entry("targetVolume", "Target volume", (global::Corridor.Trade.ModeExtensions.IsDefined(entry0.Key) ? global::Corridor.Trade.ModeExtensions.ToJsonValue(entry0.Key) : entry0.Key.ToString())).Report(ref valid, "minimum", "must be at least 0.")) return false;
            }
        }
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlySet<string>?> __Comparer0 = global::EventSchema.SetEqualityComparer<string>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlySet<global::Corridor.Trade.CountryCode>?> __Comparer1 = global::EventSchema.SetEqualityComparer<global::Corridor.Trade.CountryCode>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<global::Corridor.Trade.Port>?> __Comparer2 = global::EventSchema.SequenceEqualityComparer<global::Corridor.Trade.Port>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<string>?> __Comparer3 = global::EventSchema.SequenceEqualityComparer<string>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.Mode, int>?> __Comparer4 = global::EventSchema.MapEqualityComparer<global::Corridor.Trade.Mode, int>.Default;

    // ^[A-Za-z][A-Za-z -]*$
    private static bool __MatchesPattern0(string value)
    {
        return MatchAt(value, 0);

        static bool MatchAt(string value, int pos)
        {
            if (pos >= value.Length) return false;
            {
                if (!((value[pos] >= 'A' && value[pos] <= 'Z') || (value[pos] >= 'a' && value[pos] <= 'z'))) return false;
                pos++;
            }
            {
                int count = 0;
                while (count < int.MaxValue && pos < value.Length)
                {
                    if (!((value[pos] == ' ') || (value[pos] == '-') || (value[pos] >= 'A' && value[pos] <= 'Z') || (value[pos] >= 'a' && value[pos] <= 'z'))) break;
                    pos++;
                    count++;
                }
            }
            return pos == value.Length;
        }
    }
}

/// <summary>A tariff along the corridor changes.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record TariffChanged : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Corridor.Trade.ITradeFact
{
    /// <summary>The event type string: <c>corridor.trade.tariff-changed.v1</c>.</summary>
    public const string EventType = "corridor.trade.tariff-changed.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Tariff changed".</summary>
    public const string DisplayName = "Tariff changed";

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    /// <summary>The port or city it happened at.</summary>
    public global::Corridor.Trade.PortCode? Place { get; init; }

    /// <summary>The outlets that reported it, such as "Trend" or "Kazinform".</summary>
    [global::EventSchema.SchemaRules("TariffChanged.sources in trade.eventschema", "Sources", ItemDisplayName = "Source", Required = true, MinLength = 1, MaxLength = 80, MinItems = 1)]
    public required global::System.Collections.Generic.IReadOnlySet<string> Sources { get => __collectionSources.Value!; init => __collectionSources = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlySet<string>> __collectionSources;

    /// <summary>The <c>port</c> field.</summary>
    public required global::Corridor.Trade.PortCode Port { get; init; }

    /// <summary>The <c>currency</c> field.</summary>
    public required global::Corridor.Trade.CurrencyCode Currency { get; init; }

    /// <summary>Price per unit by kind of cargo; a kind mapped to null is no longer priced.</summary>
    [global::EventSchema.SchemaRules("TariffChanged.rates in trade.eventschema", "Rates", ItemDisplayName = "Rate", Required = true, Minimum = "0")]
    public required global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.CargoKind, decimal?> Rates { get => __collectionRates.Value!; init => __collectionRates = new(value, __Comparer1); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.CargoKind, decimal?>> __collectionRates;

    /// <summary>Rates per route, keyed by the destination port's code.</summary>
    [global::EventSchema.SchemaRules("TariffChanged.byDestination in trade.eventschema", "By destination", ItemDisplayName = "By destination item", Required = true, Minimum = "0", MaxItems = 50)]
    public global::System.Collections.Generic.IReadOnlyDictionary<string, decimal> ByDestination { get => __collectionByDestination.Value!; init => __collectionByDestination = new(value, __Comparer2); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyDictionary<string, decimal>> __collectionByDestination = new(new global::System.Collections.Generic.Dictionary<string, decimal>(), __Comparer2);

    /// <summary>The <c>effectiveFrom</c> field.</summary>
    public required global::System.DateOnly EffectiveFrom { get; init; }

    /// <summary>Seasonal surcharges per month start date.</summary>
    [global::EventSchema.SchemaRules("TariffChanged.surcharges in trade.eventschema", "Surcharges", ItemDisplayName = "Surcharge", Required = true, Minimum = "0")]
    public global::System.Collections.Generic.IReadOnlyDictionary<global::System.DateOnly, decimal> Surcharges { get => __collectionSurcharges.Value!; init => __collectionSurcharges = new(value, __Comparer3); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyDictionary<global::System.DateOnly, decimal>> __collectionSurcharges = new(new global::System.Collections.Generic.Dictionary<global::System.DateOnly, decimal>(), __Comparer3);

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>
    public string Describe() => global::EventSchema.RecordText.Describe($"Tariff changed at {this.Port}");

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "OccurredOn", this.OccurredOn, "Place", this.Place, "Sources", global::EventSchema.RecordText.Items(this.Sources), "Port", this.Port, "Currency", this.Currency, "Rates", global::EventSchema.RecordText.Entries(this.Rates), "ByDestination", global::EventSchema.RecordText.Entries(this.ByDestination), "EffectiveFrom", this.EffectiveFrom, "Surcharges", global::EventSchema.RecordText.Entries(this.Surcharges));

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // place
        if (this.Place is { } valuePlace)
        {
            if (valuePlace.ValueOrNull is null && !scope.Report(ref valid, "place", "Place", "required", "is required.")) return false;
        }
        // sources
        if (this.Sources is null)
        {
            if (!scope.Report(ref valid, "sources", "Sources", "required", "is required.")) return false;
        }
        else
        {
            if (this.Sources.Count < 1 && !scope.Report(ref valid, "sources", "Sources", "minItems", "must have at least 1 item.")) return false;
            {
                int i0 = 0;
                foreach (var item0 in global::EventSchema.ValidationRules.Items(this.Sources))
                {
                    if (item0 is null)
                    {
                        if (!scope.Item("sources", "Source", i0).Report(ref valid, "required", "is required.")) return false;
                    }
                    else
                    {
                        if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Item("sources", "Source", i0).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                        {
                            int length1 = global::EventSchema.ValidationRules.CodePointLength(item0);
                            if (length1 < 1 && !scope.Item("sources", "Source", i0).Report(ref valid, "minLength", "must be at least 1 character long.")) return false;
                            if (length1 > 80 && !scope.Item("sources", "Source", i0).Report(ref valid, "maxLength", "must be at most 80 characters long.")) return false;
                        }
                    }
                    i0++;
                }
            }
        }
        // port
        if (this.Port.ValueOrNull is null && !scope.Report(ref valid, "port", "Port", "required", "is required.")) return false;
        // currency
        if (this.Currency.ValueOrNull is null && !scope.Report(ref valid, "currency", "Currency", "required", "is required.")) return false;
        // rates
        if (this.Rates is null)
        {
            if (!scope.Report(ref valid, "rates", "Rates", "required", "is required.")) return false;
        }
        else
        {
            foreach (var entry0 in global::EventSchema.ValidationRules.Entries(this.Rates))
            {
                var item0 = entry0.Value;
                if (!global::Corridor.Trade.CargoKindExtensions.IsDefined(entry0.Key) && !scope.EntryKey("rates", "Rates", (global::Corridor.Trade.CargoKindExtensions.IsDefined(entry0.Key) ? global::Corridor.Trade.CargoKindExtensions.ToJsonValue(entry0.Key) : entry0.Key.ToString())).Report(ref valid, "enum", "must be a defined cargo kind value.")) return false;
                if (item0 is { } present1)
                {
                    if (!(present1 >= 0m) && !scope.Entry("rates", "Rates", (global::Corridor.Trade.CargoKindExtensions.IsDefined(entry0.Key) ? global::Corridor.Trade.CargoKindExtensions.ToJsonValue(entry0.Key) : entry0.Key.ToString())).Report(ref valid, "minimum", "must be at least 0.")) return false;
                }
            }
        }
        // byDestination
        if (this.ByDestination is null)
        {
            if (!scope.Report(ref valid, "byDestination", "By destination", "required", "is required.")) return false;
        }
        else
        {
            if (this.ByDestination.Count > 50 && !scope.Report(ref valid, "byDestination", "By destination", "maxItems", "must have at most 50 items.")) return false;
            foreach (var entry0 in global::EventSchema.ValidationRules.Entries(this.ByDestination))
            {
                var item0 = entry0.Value;
                if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(entry0.Key) && !scope.EntryKey("byDestination", "By destination", entry0.Key).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                {
                    int length1 = global::EventSchema.ValidationRules.CodePointLength(entry0.Key);
                    if (length1 < 5 && !scope.EntryKey("byDestination", "By destination", entry0.Key).Report(ref valid, "minLength", "must be at least 5 characters long.")) return false;
                    if (length1 > 5 && !scope.EntryKey("byDestination", "By destination", entry0.Key).Report(ref valid, "maxLength", "must be at most 5 characters long.")) return false;
                }
                if (!(item0 >= 0m) && !scope.Entry("byDestination", "By destination", entry0.Key).Report(ref valid, "minimum", "must be at least 0.")) return false;
            }
        }
        // surcharges
        if (this.Surcharges is null)
        {
            if (!scope.Report(ref valid, "surcharges", "Surcharges", "required", "is required.")) return false;
        }
        else
        {
            foreach (var entry0 in global::EventSchema.ValidationRules.Entries(this.Surcharges))
            {
                var item0 = entry0.Value;
                if (!(item0 >= 0m) && !scope.Entry("surcharges", "Surcharges", entry0.Key.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture)).Report(ref valid, "minimum", "must be at least 0.")) return false;
            }
        }
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlySet<string>?> __Comparer0 = global::EventSchema.SetEqualityComparer<string>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.CargoKind, decimal?>?> __Comparer1 = global::EventSchema.MapEqualityComparer<global::Corridor.Trade.CargoKind, decimal?>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyDictionary<string, decimal>?> __Comparer2 = global::EventSchema.MapEqualityComparer<decimal>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyDictionary<global::System.DateOnly, decimal>?> __Comparer3 = global::EventSchema.MapEqualityComparer<global::System.DateOnly, decimal>.Default;
}

/// <summary>Cargo is booked onto the corridor.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record CargoBooked : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable, global::Corridor.Trade.ITradeFact
{
    /// <summary>The event type string: <c>corridor.trade.cargo-booked.v1</c>.</summary>
    public const string EventType = "corridor.trade.cargo-booked.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Cargo booked".</summary>
    public const string DisplayName = "Cargo booked";

    /// <summary>The <c>occurredOn</c> field.</summary>
    public required global::System.DateOnly OccurredOn { get; init; }

    /// <summary>The port or city it happened at.</summary>
    public global::Corridor.Trade.PortCode? Place { get; init; }

    /// <summary>The outlets that reported it, such as "Trend" or "Kazinform".</summary>
    [global::EventSchema.SchemaRules("CargoBooked.sources in trade.eventschema", "Sources", ItemDisplayName = "Source", Required = true, MinLength = 1, MaxLength = 80, MinItems = 1)]
    public required global::System.Collections.Generic.IReadOnlySet<string> Sources { get => __collectionSources.Value!; init => __collectionSources = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlySet<string>> __collectionSources;

    /// <summary>The <c>booking</c> field.</summary>
    public required global::System.Guid Booking { get; init; }

    /// <summary>The <c>origin</c> field.</summary>
    public required global::Corridor.Trade.PortCode Origin { get; init; }

    /// <summary>The <c>destination</c> field.</summary>
    public required global::Corridor.Trade.PortCode Destination { get; init; }

    /// <summary>The <c>kind</c> field.</summary>
    public required global::Corridor.Trade.CargoKind Kind { get; init; }

    /// <summary>Container numbers (ISO 6346); a container not yet assigned is null.</summary>
    [global::EventSchema.SchemaRules("CargoBooked.containers in trade.eventschema", "Containers", ItemDisplayName = "Container", Required = true, Pattern = "^[A-Z]{4}[0-9]{7}$")]
    public global::System.Collections.Generic.IReadOnlyList<string?> Containers { get => __collectionContainers.Value!; init => __collectionContainers = new(value, __Comparer1); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<string?>> __collectionContainers = new(global::System.Array.Empty<string?>(), __Comparer1);

    /// <summary>Weight in tonnes per consignment, keyed by consignment number.</summary>
    [global::EventSchema.SchemaRules("CargoBooked.weights in trade.eventschema", "Weights", ItemDisplayName = "Weight", Required = true, ExclusiveMinimum = "0")]
    public global::System.Collections.Generic.IReadOnlyDictionary<long, double> Weights { get => __collectionWeights.Value!; init => __collectionWeights = new(value, __Comparer2); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyDictionary<long, double>> __collectionWeights = new(new global::System.Collections.Generic.Dictionary<long, double>(), __Comparer2);

    /// <summary>Customs declarations per consignment id.</summary>
    [global::EventSchema.SchemaRules("CargoBooked.declarations in trade.eventschema", "Declarations", ItemDisplayName = "Declaration", Required = true, MinLength = 1)]
    public global::System.Collections.Generic.IReadOnlyDictionary<global::System.Guid, string> Declarations { get => __collectionDeclarations.Value!; init => __collectionDeclarations = new(value, __Comparer3); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyDictionary<global::System.Guid, string>> __collectionDeclarations = new(new global::System.Collections.Generic.Dictionary<global::System.Guid, string>(), __Comparer3);

    /// <summary>Free-form notes per port, in route order; a port without a note is null.</summary>
    [global::EventSchema.SchemaRules("CargoBooked.notes in trade.eventschema", "Notes", ItemDisplayName = "Note", Required = true)]
    public global::System.Collections.Generic.IReadOnlyList<string?> Notes { get => __collectionNotes.Value!; init => __collectionNotes = new(value, __Comparer1); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<string?>> __collectionNotes = new(global::System.Array.Empty<string?>(), __Comparer1);

    /// <summary>The <c>hsCodes</c> field.</summary>
    [global::EventSchema.SchemaRules("CargoBooked.hsCodes in trade.eventschema", "Hs codes", ItemDisplayName = "Hs code", Required = true, Pattern = "^[0-9]{6}$")]
    public global::System.Collections.Generic.IReadOnlySet<string> HsCodes { get => __collectionHsCodes.Value!; init => __collectionHsCodes = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlySet<string>> __collectionHsCodes = new(new global::System.Collections.Generic.HashSet<string>(), __Comparer0);

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>
    public string Describe() => global::EventSchema.RecordText.Describe($"Cargo {this.Booking.ToString("D", global::System.Globalization.CultureInfo.InvariantCulture)} booked from {this.Origin} to {this.Destination}");

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "OccurredOn", this.OccurredOn, "Place", this.Place, "Sources", global::EventSchema.RecordText.Items(this.Sources), "Booking", this.Booking, "Origin", this.Origin, "Destination", this.Destination, "Kind", this.Kind, "Containers", global::EventSchema.RecordText.Items(this.Containers), "Weights", global::EventSchema.RecordText.Entries(this.Weights), "Declarations", global::EventSchema.RecordText.Entries(this.Declarations), "Notes", global::EventSchema.RecordText.Items(this.Notes), "HsCodes", global::EventSchema.RecordText.Items(this.HsCodes));

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // place
        if (this.Place is { } valuePlace)
        {
            if (valuePlace.ValueOrNull is null && !scope.Report(ref valid, "place", "Place", "required", "is required.")) return false;
        }
        // sources
        if (this.Sources is null)
        {
            if (!scope.Report(ref valid, "sources", "Sources", "required", "is required.")) return false;
        }
        else
        {
            if (this.Sources.Count < 1 && !scope.Report(ref valid, "sources", "Sources", "minItems", "must have at least 1 item.")) return false;
            {
                int i0 = 0;
                foreach (var item0 in global::EventSchema.ValidationRules.Items(this.Sources))
                {
                    if (item0 is null)
                    {
                        if (!scope.Item("sources", "Source", i0).Report(ref valid, "required", "is required.")) return false;
                    }
                    else
                    {
                        if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Item("sources", "Source", i0).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                        {
                            int length1 = global::EventSchema.ValidationRules.CodePointLength(item0);
                            if (length1 < 1 && !scope.Item("sources", "Source", i0).Report(ref valid, "minLength", "must be at least 1 character long.")) return false;
                            if (length1 > 80 && !scope.Item("sources", "Source", i0).Report(ref valid, "maxLength", "must be at most 80 characters long.")) return false;
                        }
                    }
                    i0++;
                }
            }
        }
        // origin
        if (this.Origin.ValueOrNull is null && !scope.Report(ref valid, "origin", "Origin", "required", "is required.")) return false;
        // destination
        if (this.Destination.ValueOrNull is null && !scope.Report(ref valid, "destination", "Destination", "required", "is required.")) return false;
        // kind
        if (!global::Corridor.Trade.CargoKindExtensions.IsDefined(this.Kind) && !scope.Report(ref valid, "kind", "Kind", "enum", "must be a defined cargo kind value.")) return false;
        // containers
        if (this.Containers is null)
        {
            if (!scope.Report(ref valid, "containers", "Containers", "required", "is required.")) return false;
        }
        else
        {
            for (int i0 = 0; i0 < this.Containers.Count; i0++)
            {
                var item0 = this.Containers[i0];
                if (item0 is not null)
                {
                    if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Item("containers", "Container", i0).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                    if (!__MatchesPattern0(item0) && !scope.Item("containers", "Container", i0).Report(ref valid, "pattern", "must match the pattern ^[A-Z]{4}[0-9]{7}$.")) return false;
                }
            }
        }
        // weights
        if (this.Weights is null)
        {
            if (!scope.Report(ref valid, "weights", "Weights", "required", "is required.")) return false;
        }
        else
        {
            foreach (var entry0 in global::EventSchema.ValidationRules.Entries(this.Weights))
            {
                var item0 = entry0.Value;
                if (!(item0 >= double.MinValue && item0 <= double.MaxValue))
                {
                    if (!scope.Entry("weights", "Weights", entry0.Key.ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Report(ref valid, "type", "must be a finite number: JSON has no NaN or infinity.")) return false;
                }
                else
                {
                    if (!(item0 > 0.0) && !scope.Entry("weights", "Weights", entry0.Key.ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Report(ref valid, "exclusiveMinimum", "must be greater than 0.")) return false;
                }
            }
        }
        // declarations
        if (this.Declarations is null)
        {
            if (!scope.Report(ref valid, "declarations", "Declarations", "required", "is required.")) return false;
        }
        else
        {
            foreach (var entry0 in global::EventSchema.ValidationRules.Entries(this.Declarations))
            {
                var item0 = entry0.Value;
                if (item0 is null)
                {
                    if (!scope.Entry("declarations", "Declarations", entry0.Key.ToString("D", global::System.Globalization.CultureInfo.InvariantCulture)).Report(ref valid, "required", "is required.")) return false;
                }
                else
                {
                    if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Entry("declarations", "Declarations", entry0.Key.ToString("D", global::System.Globalization.CultureInfo.InvariantCulture)).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                    {
                        int length1 = global::EventSchema.ValidationRules.CodePointLength(item0);
                        if (length1 < 1 && !scope.Entry("declarations", "Declarations", entry0.Key.ToString("D", global::System.Globalization.CultureInfo.InvariantCulture)).Report(ref valid, "minLength", "must be at least 1 character long.")) return false;
                    }
                }
            }
        }
        // notes
        if (this.Notes is null)
        {
            if (!scope.Report(ref valid, "notes", "Notes", "required", "is required.")) return false;
        }
        else
        {
            for (int i0 = 0; i0 < this.Notes.Count; i0++)
            {
                var item0 = this.Notes[i0];
                if (item0 is not null)
                {
                    if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Item("notes", "Note", i0).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                }
            }
        }
        // hsCodes
        if (this.HsCodes is null)
        {
            if (!scope.Report(ref valid, "hsCodes", "hs-codes", "Hs codes", "required", "is required.")) return false;
        }
        else
        {
            {
                int i0 = 0;
                foreach (var item0 in global::EventSchema.ValidationRules.Items(this.HsCodes))
                {
                    if (item0 is null)
                    {
                        if (!scope.Item("hsCodes", "hs-codes", "Hs code", i0).Report(ref valid, "required", "is required.")) return false;
                    }
                    else
                    {
                        if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(item0) && !scope.Item("hsCodes", "hs-codes", "Hs code", i0).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                        if (!__MatchesPattern1(item0) && !scope.Item("hsCodes", "hs-codes", "Hs code", i0).Report(ref valid, "pattern", "must match the pattern ^[0-9]{6}$.")) return false;
                    }
                    i0++;
                }
            }
        }
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlySet<string>?> __Comparer0 = global::EventSchema.SetEqualityComparer<string>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<string?>?> __Comparer1 = global::EventSchema.SequenceEqualityComparer<string?>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyDictionary<long, double>?> __Comparer2 = global::EventSchema.MapEqualityComparer<long, double>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyDictionary<global::System.Guid, string>?> __Comparer3 = global::EventSchema.MapEqualityComparer<global::System.Guid, string>.Default;

    // ^[A-Z]{4}[0-9]{7}$
    private static bool __MatchesPattern0(string value)
    {
        return MatchAt(value, 0);

        static bool MatchAt(string value, int pos)
        {
            {
                int count = 0;
                while (count < 4 && pos < value.Length)
                {
                    if (!(value[pos] >= 'A' && value[pos] <= 'Z')) break;
                    pos++;
                    count++;
                }
                if (count < 4) return false;
            }
            {
                int count = 0;
                while (count < 7 && pos < value.Length)
                {
                    if (!(value[pos] >= '0' && value[pos] <= '9')) break;
                    pos++;
                    count++;
                }
                if (count < 7) return false;
            }
            return pos == value.Length;
        }
    }

    // ^[0-9]{6}$
    private static bool __MatchesPattern1(string value)
    {
        return MatchAt(value, 0);

        static bool MatchAt(string value, int pos)
        {
            {
                int count = 0;
                while (count < 6 && pos < value.Length)
                {
                    if (!(value[pos] >= '0' && value[pos] <= '9')) break;
                    pos++;
                    count++;
                }
                if (count < 6) return false;
            }
            return pos == value.Length;
        }
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(PortCodeJsonConverter))]
readonly partial record struct PortCode;

/// <summary>Reads and writes <see cref="PortCode"/> as its raw value (and as a dictionary key), checking the scalar's rules on the way in.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class PortCodeJsonConverter : global::EventSchema.Json.ScalarJsonConverter<global::Corridor.Trade.PortCode, string>
{
    /// <inheritdoc />
    public override global::Corridor.Trade.PortCode Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        => ReadValue(ref reader, global::EventSchema.Json.EventJsonOptions.For(options));

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.PortCode value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the raw value.</summary>
    public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.PortCode value)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        WriteRaw(ref raw, value, null);
        raw.Complete();
    }

    /// <summary>Writes the raw value into a raw writer as the value of <paramref name="property"/> (null for an item); used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteRaw(ref global::EventSchema.Json.JsonRawWriter raw, global::Corridor.Trade.PortCode value, string? property)
    {
        if (value.ValueOrNull is null) throw global::EventSchema.Json.JsonWriteErrors.UnsetScalar("PortCode", property);
        raw.String(value.Value);
    }

    /// <summary>Reads the raw value and checks the scalar's rules.</summary>
    public static global::Corridor.Trade.PortCode ReadValue(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        var raw = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options);
        try
        {
            return global::Corridor.Trade.PortCode.From(raw);
        }
        catch (global::System.ArgumentException error)
        {
            throw global::EventSchema.Json.JsonReadErrors.InvalidScalar("PortCode", error);
        }
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(CountryCodeJsonConverter))]
readonly partial record struct CountryCode;

/// <summary>Reads and writes <see cref="CountryCode"/> as its raw value (and as a dictionary key), checking the scalar's rules on the way in.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class CountryCodeJsonConverter : global::EventSchema.Json.ScalarJsonConverter<global::Corridor.Trade.CountryCode, string>
{
    /// <inheritdoc />
    public override global::Corridor.Trade.CountryCode Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        => ReadValue(ref reader, global::EventSchema.Json.EventJsonOptions.For(options));

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.CountryCode value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the raw value.</summary>
    public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.CountryCode value)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        WriteRaw(ref raw, value, null);
        raw.Complete();
    }

    /// <summary>Writes the raw value into a raw writer as the value of <paramref name="property"/> (null for an item); used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteRaw(ref global::EventSchema.Json.JsonRawWriter raw, global::Corridor.Trade.CountryCode value, string? property)
    {
        if (value.ValueOrNull is null) throw global::EventSchema.Json.JsonWriteErrors.UnsetScalar("CountryCode", property);
        raw.String(value.Value);
    }

    /// <summary>Reads the raw value and checks the scalar's rules.</summary>
    public static global::Corridor.Trade.CountryCode ReadValue(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        var raw = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options);
        try
        {
            return global::Corridor.Trade.CountryCode.From(raw);
        }
        catch (global::System.ArgumentException error)
        {
            throw global::EventSchema.Json.JsonReadErrors.InvalidScalar("CountryCode", error);
        }
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(CurrencyCodeJsonConverter))]
readonly partial record struct CurrencyCode;

/// <summary>Reads and writes <see cref="CurrencyCode"/> as its raw value (and as a dictionary key), checking the scalar's rules on the way in.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class CurrencyCodeJsonConverter : global::EventSchema.Json.ScalarJsonConverter<global::Corridor.Trade.CurrencyCode, string>
{
    /// <inheritdoc />
    public override global::Corridor.Trade.CurrencyCode Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        => ReadValue(ref reader, global::EventSchema.Json.EventJsonOptions.For(options));

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.CurrencyCode value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the raw value.</summary>
    public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.CurrencyCode value)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        WriteRaw(ref raw, value, null);
        raw.Complete();
    }

    /// <summary>Writes the raw value into a raw writer as the value of <paramref name="property"/> (null for an item); used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteRaw(ref global::EventSchema.Json.JsonRawWriter raw, global::Corridor.Trade.CurrencyCode value, string? property)
    {
        if (value.ValueOrNull is null) throw global::EventSchema.Json.JsonWriteErrors.UnsetScalar("CurrencyCode", property);
        raw.String(value.Value);
    }

    /// <summary>Reads the raw value and checks the scalar's rules.</summary>
    public static global::Corridor.Trade.CurrencyCode ReadValue(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        var raw = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options);
        try
        {
            return global::Corridor.Trade.CurrencyCode.From(raw);
        }
        catch (global::System.ArgumentException error)
        {
            throw global::EventSchema.Json.JsonReadErrors.InvalidScalar("CurrencyCode", error);
        }
    }
}

/// <summary>Reads and writes <see cref="Mode"/> as the strings its members have in the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class ModeJsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::Corridor.Trade.Mode>
{
    private static readonly global::System.Text.Json.JsonEncodedText __JsonRail = global::System.Text.Json.JsonEncodedText.Encode("rail");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonSea = global::System.Text.Json.JsonEncodedText.Encode("sea");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonRoad = global::System.Text.Json.JsonEncodedText.Encode("road");

    /// <inheritdoc />
    public override global::Corridor.Trade.Mode Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.Mode value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);

    /// <inheritdoc />
    public override global::Corridor.Trade.Mode ReadAsPropertyName(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.Mode value, global::System.Text.Json.JsonSerializerOptions options) => writer.WritePropertyName(Encoded(value));

    /// <summary>Writes <paramref name="value"/> as its schema string.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.Mode value) => writer.WriteStringValue(Encoded(value));

    /// <summary>Writes <paramref name="value"/> as its schema string into a raw writer; used by generated code.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteRaw(ref global::EventSchema.Json.JsonRawWriter raw, global::Corridor.Trade.Mode value) => raw.String(Encoded(value));

    private static global::System.Text.Json.JsonEncodedText Encoded(global::Corridor.Trade.Mode value) => value switch
    {
        global::Corridor.Trade.Mode.Rail => __JsonRail,
        global::Corridor.Trade.Mode.Sea => __JsonSea,
        global::Corridor.Trade.Mode.Road => __JsonRoad,
        _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "The value is not a declared Mode member, so it has no JSON text: the reader would refuse it. Validate() reports it with code 'enum'."),
    };

    /// <summary>Reads a member from its schema string; any other value is a <see cref="global::System.Text.Json.JsonException"/>.</summary>
    public static global::Corridor.Trade.Mode ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.String && reader.TokenType != global::System.Text.Json.JsonTokenType.PropertyName) throw global::EventSchema.Json.JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        global::EventSchema.Json.JsonStringDecoder.CheckEscapes(in reader);
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            global::System.ReadOnlySpan<byte> text = reader.ValueSpan;
            switch (text.Length)
            {
                case 3:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "sea"u8)) return global::Corridor.Trade.Mode.Sea;
                    break;
                case 4:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "rail"u8)) return global::Corridor.Trade.Mode.Rail;
                    if (global::System.MemoryExtensions.SequenceEqual(text, "road"u8)) return global::Corridor.Trade.Mode.Road;
                    break;
            }
        }
        else
        {
            if (reader.ValueTextEquals(__JsonRail.EncodedUtf8Bytes)) return global::Corridor.Trade.Mode.Rail;
            if (reader.ValueTextEquals(__JsonSea.EncodedUtf8Bytes)) return global::Corridor.Trade.Mode.Sea;
            if (reader.ValueTextEquals(__JsonRoad.EncodedUtf8Bytes)) return global::Corridor.Trade.Mode.Road;
        }
        throw global::EventSchema.Json.JsonReadErrors.UnknownEnumValue(ref reader, "Mode", "rail, sea, road");
    }
}

/// <summary>Reads and writes <see cref="CargoKind"/> as the strings its members have in the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class CargoKindJsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::Corridor.Trade.CargoKind>
{
    private static readonly global::System.Text.Json.JsonEncodedText __JsonContainer = global::System.Text.Json.JsonEncodedText.Encode("container");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonBulk = global::System.Text.Json.JsonEncodedText.Encode("bulk");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonLiquid = global::System.Text.Json.JsonEncodedText.Encode("liquid");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonRoro = global::System.Text.Json.JsonEncodedText.Encode("ro-ro");

    /// <inheritdoc />
    public override global::Corridor.Trade.CargoKind Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.CargoKind value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);

    /// <inheritdoc />
    public override global::Corridor.Trade.CargoKind ReadAsPropertyName(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.CargoKind value, global::System.Text.Json.JsonSerializerOptions options) => writer.WritePropertyName(Encoded(value));

    /// <summary>Writes <paramref name="value"/> as its schema string.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Trade.CargoKind value) => writer.WriteStringValue(Encoded(value));

    /// <summary>Writes <paramref name="value"/> as its schema string into a raw writer; used by generated code.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteRaw(ref global::EventSchema.Json.JsonRawWriter raw, global::Corridor.Trade.CargoKind value) => raw.String(Encoded(value));

    private static global::System.Text.Json.JsonEncodedText Encoded(global::Corridor.Trade.CargoKind value) => value switch
    {
        global::Corridor.Trade.CargoKind.Container => __JsonContainer,
        global::Corridor.Trade.CargoKind.Bulk => __JsonBulk,
        global::Corridor.Trade.CargoKind.Liquid => __JsonLiquid,
        global::Corridor.Trade.CargoKind.Roro => __JsonRoro,
        _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "The value is not a declared CargoKind member, so it has no JSON text: the reader would refuse it. Validate() reports it with code 'enum'."),
    };

    /// <summary>Reads a member from its schema string; any other value is a <see cref="global::System.Text.Json.JsonException"/>.</summary>
    public static global::Corridor.Trade.CargoKind ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.String && reader.TokenType != global::System.Text.Json.JsonTokenType.PropertyName) throw global::EventSchema.Json.JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        global::EventSchema.Json.JsonStringDecoder.CheckEscapes(in reader);
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            global::System.ReadOnlySpan<byte> text = reader.ValueSpan;
            switch (text.Length)
            {
                case 4:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "bulk"u8)) return global::Corridor.Trade.CargoKind.Bulk;
                    break;
                case 5:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "ro-ro"u8)) return global::Corridor.Trade.CargoKind.Roro;
                    break;
                case 6:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "liquid"u8)) return global::Corridor.Trade.CargoKind.Liquid;
                    break;
                case 9:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "container"u8)) return global::Corridor.Trade.CargoKind.Container;
                    break;
            }
        }
        else
        {
            if (reader.ValueTextEquals(__JsonContainer.EncodedUtf8Bytes)) return global::Corridor.Trade.CargoKind.Container;
            if (reader.ValueTextEquals(__JsonBulk.EncodedUtf8Bytes)) return global::Corridor.Trade.CargoKind.Bulk;
            if (reader.ValueTextEquals(__JsonLiquid.EncodedUtf8Bytes)) return global::Corridor.Trade.CargoKind.Liquid;
            if (reader.ValueTextEquals(__JsonRoro.EncodedUtf8Bytes)) return global::Corridor.Trade.CargoKind.Roro;
        }
        throw global::EventSchema.Json.JsonReadErrors.UnknownEnumValue(ref reader, "CargoKind", "container, bulk, liquid, ro-ro");
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record TradeFact : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("TradeFact", new string[] { "occurredOn", "place", "sources" }, 0, 2);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "occurredOn", "place", "sources" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"TradeFact\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"place\": {\n      \"anyOf\": [\n        {\n          \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n        },\n        {\n          \"type\": \"null\"\n        }\n      ],\n      \"description\": \"The port or city it happened at.\"\n    },\n    \"sources\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"string\",\n        \"minLength\": 1,\n        \"maxLength\": 80\n      },\n      \"minItems\": 1,\n      \"uniqueItems\": true,\n      \"description\": \"The outlets that reported it, such as \\\"Trend\\\" or \\\"Kazinform\\\".\"\n    }\n  },\n  \"required\": [\n    \"occurredOn\",\n    \"sources\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"What every trade fact along the corridor states: when it happened, where, and who reported it.\"", null, global::Corridor.Trade.__JsonSchemaDefinitions.T_PortCode);
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
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
        if (this.Place is { } __Place) { raw.Name(",\"place\":"u8); global::Corridor.Trade.PortCodeJsonConverter.WriteRaw(ref raw, __Place, "place"); }
        raw.Name(",\"sources\":"u8);
        if (this.Sources is { } __Sources) __WriteJsonRaw0(ref raw, __Sources); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("sources");
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static TradeFact ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static TradeFact FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static TradeFact FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<TradeFact> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static TradeFact __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::System.DateOnly __v0 = default;
        global::Corridor.Trade.PortCode? __v1 = default;
        global::System.Collections.Generic.IReadOnlySet<string>? __v2 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                    case 1: __v1 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::Corridor.Trade.PortCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonCollectionReader.ReadSet<string>(ref reader, options, global::EventSchema.Json.JsonItemReaders.String); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new TradeFact
        {
            OccurredOn = __v0,
            Place = __v1,
            Sources = __v2!,
        };
    }


    private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlySet<string> value)
    {
        raw.StartArray();
        // The concrete set enumerates without allocating.
        if (value is global::System.Collections.Generic.HashSet<string> __hashSet)
        {
            foreach (var __item in __hashSet)
            {
                raw.Separator();
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        else
        {
            foreach (var __item in value)
            {
                raw.Separator();
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        raw.EndArray();
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record Port : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("Port", new string[] { "code", "name", "country", "berths" }, 0, 1, 2);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "code", "name", "country", "berths" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Port\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"code\": {\n      \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n    },\n    \"name\": {\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 100\n    },\n    \"country\": {\n      \"$ref\": \"#/$defs/Corridor.Trade.CountryCode\"\n    },\n    \"berths\": {\n      \"type\": \"object\",\n      \"propertyNames\": {\n        \"type\": \"string\",\n        \"pattern\": \"^(?:0|[1-9][0-9]{0,8}|1[0-9]{9}|20[0-9]{8}|21[0-3][0-9]{7}|214[0-6][0-9]{6}|2147[0-3][0-9]{5}|21474[0-7][0-9]{4}|214748[0-2][0-9]{3}|2147483[0-5][0-9]{2}|21474836[0-3][0-9]|214748364[0-6]|2147483647|-(?:[1-9][0-9]{0,8}|1[0-9]{9}|20[0-9]{8}|21[0-3][0-9]{7}|214[0-6][0-9]{6}|2147[0-3][0-9]{5}|21474[0-7][0-9]{4}|214748[0-2][0-9]{3}|2147483[0-5][0-9]{2}|21474836[0-3][0-9]|214748364[0-7]|2147483648))$\"\n      },\n      \"additionalProperties\": {\n        \"type\": \"string\",\n        \"maxLength\": 40\n      },\n      \"description\": \"The port authority's own identifier for each berth, keyed by berth number.\",\n      \"default\": {}\n    }\n  },\n  \"required\": [\n    \"code\",\n    \"name\",\n    \"country\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A port of the corridor.\"", null, global::Corridor.Trade.__JsonSchemaDefinitions.T_CountryCode, global::Corridor.Trade.__JsonSchemaDefinitions.T_PortCode);
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
        raw.Name(",\"code\":"u8); global::Corridor.Trade.PortCodeJsonConverter.WriteRaw(ref raw, this.Code, "code");
        raw.Name(",\"name\":"u8);
        if (this.Name is { } __Name) raw.String(__Name); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("name");
        raw.Name(",\"country\":"u8); global::Corridor.Trade.CountryCodeJsonConverter.WriteRaw(ref raw, this.Country, "country");
        raw.Name(",\"berths\":"u8);
        if (this.Berths is { } __Berths) __WriteJsonRaw0(ref raw, __Berths); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("berths");
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Port ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Port FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Port FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Port> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Port __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Corridor.Trade.PortCode __v0 = default;
        string? __v1 = default;
        global::Corridor.Trade.CountryCode __v2 = default;
        global::System.Collections.Generic.IReadOnlyDictionary<int, string>? __v3 = new global::System.Collections.Generic.Dictionary<int, string>();
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Corridor.Trade.PortCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 1: __v1 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 2: __v2 = global::Corridor.Trade.CountryCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 3: __v3 = __ReadJson0(ref reader, options); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new Port
        {
            Code = __v0,
            Name = __v1!,
            Country = __v2,
            Berths = __v3!,
        };
    }


    private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyDictionary<int, string> value)
    {
        raw.StartObject();
        if (value is global::System.Collections.Generic.Dictionary<int, string> __dictionary)
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

    private static global::System.Collections.Generic.IReadOnlyDictionary<int, string> __ReadJson0(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        var __items = new global::System.Collections.Generic.Dictionary<int, string>();
        string? __key = null;
        try
        {
            while (true)
            {
                __key = null;
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject) break;
                global::EventSchema.Json.JsonValueReader.CheckCollectionSize(__items.Count, options);
                var __name = global::EventSchema.Json.JsonStringDecoder.GetPropertyName(in reader, options);
                var __typedKey = global::EventSchema.Json.JsonMapKeys.ParseInt32(__name);
                __key = __name;
                if (__items.ContainsKey(__typedKey)) throw global::EventSchema.Json.JsonReadErrors.DuplicateKey();
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                __items.Add(__typedKey, global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options));
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__key is not null && global::EventSchema.Json.JsonReadErrors.NoteProperty(__error, __key))
        {
            throw;
        }
        return __items;
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record CargoCorridorAgreed : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("CargoCorridorAgreed", new string[] { "occurredOn", "place", "sources", "name", "countries", "ports", "labels", "targetVolume" }, 0, 2, 3, 4, 5);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "occurredOn", "place", "sources", "name", "countries", "ports", "labels", "targetVolume" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null, null, null, null, static () => global::Corridor.Trade.Port.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"CargoCorridorAgreed\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"place\": {\n      \"anyOf\": [\n        {\n          \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n        },\n        {\n          \"type\": \"null\"\n        }\n      ],\n      \"description\": \"The port or city it happened at.\"\n    },\n    \"sources\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"string\",\n        \"minLength\": 1,\n        \"maxLength\": 80\n      },\n      \"minItems\": 1,\n      \"uniqueItems\": true,\n      \"description\": \"The outlets that reported it, such as \\\"Trend\\\" or \\\"Kazinform\\\".\"\n    },\n    \"name\": {\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 120\n    },\n    \"countries\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"$ref\": \"#/$defs/Corridor.Trade.CountryCode\"\n      },\n      \"minItems\": 2,\n      \"uniqueItems\": true\n    },\n    \"ports\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"$ref\": \"#/$defs/Corridor.Trade.Port\"\n      },\n      \"minItems\": 2,\n      \"description\": \"The ports in route order.\"\n    },\n    \"labels\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"string\",\n        \"maxLength\": 40,\n        \"pattern\": \"^[A-Za-z][A-Za-z -]*$\"\n      },\n      \"maxItems\": 10,\n      \"description\": \"Free-form labels used by the parties, such as \\\"TITR\\\" or \\\"Middle Corridor\\\".\",\n      \"default\": []\n    },\n    \"targetVolume\": {\n      \"type\": \"object\",\n      \"propertyNames\": {\n        \"$ref\": \"#/$defs/Corridor.Trade.Mode\"\n      },\n      \"additionalProperties\": {\n        \"type\": \"integer\",\n        \"minimum\": 0,\n        \"maximum\": 2147483647\n      },\n      \"description\": \"Target yearly volume in thousand tonnes per mode of transport.\",\n      \"default\": {}\n    }\n  },\n  \"required\": [\n    \"occurredOn\",\n    \"sources\",\n    \"name\",\n    \"countries\",\n    \"ports\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"Two or more states agree to develop a cargo corridor between ports.\"", null, global::Corridor.Trade.__JsonSchemaDefinitions.T_CountryCode, global::Corridor.Trade.__JsonSchemaDefinitions.T_Mode, global::Corridor.Trade.__JsonSchemaDefinitions.T_Port, global::Corridor.Trade.__JsonSchemaDefinitions.T_PortCode);
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
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
        if (this.Place is { } __Place) { raw.Name(",\"place\":"u8); global::Corridor.Trade.PortCodeJsonConverter.WriteRaw(ref raw, __Place, "place"); }
        raw.Name(",\"sources\":"u8);
        if (this.Sources is { } __Sources) __WriteJsonRaw0(ref raw, __Sources); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("sources");
        raw.Name(",\"name\":"u8);
        if (this.Name is { } __Name) raw.String(__Name); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("name");
        raw.Name(",\"countries\":"u8);
        if (this.Countries is { } __Countries) __WriteJsonRaw1(ref raw, __Countries); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("countries");
        raw.Name(",\"ports\":"u8);
        if (this.Ports is { } __Ports) __WriteJsonRaw2(ref raw, __Ports); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("ports");
        raw.Name(",\"labels\":"u8);
        if (this.Labels is { } __Labels) global::EventSchema.Json.JsonRawLists.RequiredStrings(ref raw, __Labels); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("labels");
        raw.Name(",\"targetVolume\":"u8);
        if (this.TargetVolume is { } __TargetVolume) __WriteJsonRaw3(ref raw, __TargetVolume); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("targetVolume");
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static CargoCorridorAgreed ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static CargoCorridorAgreed FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static CargoCorridorAgreed FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<CargoCorridorAgreed> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static CargoCorridorAgreed __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::System.DateOnly __v0 = default;
        global::Corridor.Trade.PortCode? __v1 = default;
        global::System.Collections.Generic.IReadOnlySet<string>? __v2 = default;
        string? __v3 = default;
        global::System.Collections.Generic.IReadOnlySet<global::Corridor.Trade.CountryCode>? __v4 = default;
        global::System.Collections.Generic.IReadOnlyList<global::Corridor.Trade.Port>? __v5 = default;
        global::System.Collections.Generic.IReadOnlyList<string>? __v6 = global::System.Array.Empty<string>();
        global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.Mode, int>? __v7 = new global::System.Collections.Generic.Dictionary<global::Corridor.Trade.Mode, int>();
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                    case 1: __v1 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::Corridor.Trade.PortCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonCollectionReader.ReadSet<string>(ref reader, options, global::EventSchema.Json.JsonItemReaders.String); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 4: __v4 = global::EventSchema.Json.JsonCollectionReader.ReadSet<global::Corridor.Trade.CountryCode>(ref reader, options, global::Corridor.Trade.CountryCodeJsonConverter.ReadValue); break;
                    case 5: __v5 = global::EventSchema.Json.JsonCollectionReader.ReadList<global::Corridor.Trade.Port>(ref reader, options, global::Corridor.Trade.Port.__ReadJson); break;
                    case 6: __v6 = global::EventSchema.Json.JsonCollectionReader.ReadList<string>(ref reader, options, global::EventSchema.Json.JsonItemReaders.String); break;
                    case 7: __v7 = __ReadJson0(ref reader, options); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new CargoCorridorAgreed
        {
            OccurredOn = __v0,
            Place = __v1,
            Sources = __v2!,
            Name = __v3!,
            Countries = __v4!,
            Ports = __v5!,
            Labels = __v6!,
            TargetVolume = __v7!,
        };
    }


    private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlySet<string> value)
    {
        raw.StartArray();
        // The concrete set enumerates without allocating.
        if (value is global::System.Collections.Generic.HashSet<string> __hashSet)
        {
            foreach (var __item in __hashSet)
            {
                raw.Separator();
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        else
        {
            foreach (var __item in value)
            {
                raw.Separator();
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        raw.EndArray();
    }

    private static void __WriteJsonRaw1(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlySet<global::Corridor.Trade.CountryCode> value)
    {
        raw.StartArray();
        // The concrete set enumerates without allocating.
        if (value is global::System.Collections.Generic.HashSet<global::Corridor.Trade.CountryCode> __hashSet)
        {
            foreach (var __item in __hashSet)
            {
                raw.Separator();
                global::Corridor.Trade.CountryCodeJsonConverter.WriteRaw(ref raw, __item, null);
            }
        }
        else
        {
            foreach (var __item in value)
            {
                raw.Separator();
                global::Corridor.Trade.CountryCodeJsonConverter.WriteRaw(ref raw, __item, null);
            }
        }
        raw.EndArray();
    }

    private static void __WriteJsonRaw2(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyList<global::Corridor.Trade.Port> value)
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

    private static void __WriteJsonRaw3(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.Mode, int> value)
    {
        raw.StartObject();
        if (value is global::System.Collections.Generic.Dictionary<global::Corridor.Trade.Mode, int> __dictionary)
        {
            foreach (var __pair in __dictionary)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(global::Corridor.Trade.ModeExtensions.ToJsonValue(__pair.Key));
                raw.Number(__item);
            }
        }
        else
        {
            foreach (var __pair in value)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(global::Corridor.Trade.ModeExtensions.ToJsonValue(__pair.Key));
                raw.Number(__item);
            }
        }
        raw.EndObject();
    }

    private static global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.Mode, int> __ReadJson0(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        var __items = new global::System.Collections.Generic.Dictionary<global::Corridor.Trade.Mode, int>();
        string? __key = null;
        try
        {
            while (true)
            {
                __key = null;
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject) break;
                global::EventSchema.Json.JsonValueReader.CheckCollectionSize(__items.Count, options);
                var __name = global::EventSchema.Json.JsonStringDecoder.GetPropertyName(in reader, options);
                var __typedKey = (global::Corridor.Trade.ModeExtensions.TryFromJsonValue(__name, out var __enumKey) ? __enumKey : throw global::EventSchema.Json.JsonMapKeys.InvalidKey(__name, "Mode value"));
                __key = __name;
                if (__items.ContainsKey(__typedKey)) throw global::EventSchema.Json.JsonReadErrors.DuplicateKey();
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                __items.Add(__typedKey, global::EventSchema.Json.JsonValueReader.ReadInt32(ref reader));
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__key is not null && global::EventSchema.Json.JsonReadErrors.NoteProperty(__error, __key))
        {
            throw;
        }
        return __items;
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record TariffChanged : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("TariffChanged", new string[] { "occurredOn", "place", "sources", "port", "currency", "rates", "byDestination", "effectiveFrom", "surcharges" }, 0, 2, 3, 4, 5, 7);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "occurredOn", "place", "sources", "port", "currency", "rates", "byDestination", "effectiveFrom", "surcharges" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null, null, null, null, null, null, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"TariffChanged\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"place\": {\n      \"anyOf\": [\n        {\n          \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n        },\n        {\n          \"type\": \"null\"\n        }\n      ],\n      \"description\": \"The port or city it happened at.\"\n    },\n    \"sources\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"string\",\n        \"minLength\": 1,\n        \"maxLength\": 80\n      },\n      \"minItems\": 1,\n      \"uniqueItems\": true,\n      \"description\": \"The outlets that reported it, such as \\\"Trend\\\" or \\\"Kazinform\\\".\"\n    },\n    \"port\": {\n      \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n    },\n    \"currency\": {\n      \"$ref\": \"#/$defs/Corridor.Trade.CurrencyCode\"\n    },\n    \"rates\": {\n      \"type\": \"object\",\n      \"propertyNames\": {\n        \"$ref\": \"#/$defs/Corridor.Trade.CargoKind\"\n      },\n      \"additionalProperties\": {\n        \"type\": [\n          \"number\",\n          \"null\"\n        ],\n        \"minimum\": 0,\n        \"maximum\": 79228162514264337593543950335\n      },\n      \"description\": \"Price per unit by kind of cargo; a kind mapped to null is no longer priced.\"\n    },\n    \"byDestination\": {\n      \"type\": \"object\",\n      \"propertyNames\": {\n        \"type\": \"string\",\n        \"minLength\": 5,\n        \"maxLength\": 5\n      },\n      \"additionalProperties\": {\n        \"type\": \"number\",\n        \"minimum\": 0,\n        \"maximum\": 79228162514264337593543950335\n      },\n      \"maxProperties\": 50,\n      \"description\": \"Rates per route, keyed by the destination port's code.\",\n      \"default\": {}\n    },\n    \"effectiveFrom\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"surcharges\": {\n      \"type\": \"object\",\n      \"propertyNames\": {\n        \"type\": \"string\",\n        \"format\": \"date\",\n        \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n      },\n      \"additionalProperties\": {\n        \"type\": \"number\",\n        \"minimum\": 0,\n        \"maximum\": 79228162514264337593543950335\n      },\n      \"description\": \"Seasonal surcharges per month start date.\",\n      \"default\": {}\n    }\n  },\n  \"required\": [\n    \"occurredOn\",\n    \"sources\",\n    \"port\",\n    \"currency\",\n    \"rates\",\n    \"effectiveFrom\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A tariff along the corridor changes.\"", null, global::Corridor.Trade.__JsonSchemaDefinitions.T_CargoKind, global::Corridor.Trade.__JsonSchemaDefinitions.T_CurrencyCode, global::Corridor.Trade.__JsonSchemaDefinitions.T_PortCode);
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
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
        if (this.Place is { } __Place) { raw.Name(",\"place\":"u8); global::Corridor.Trade.PortCodeJsonConverter.WriteRaw(ref raw, __Place, "place"); }
        raw.Name(",\"sources\":"u8);
        if (this.Sources is { } __Sources) __WriteJsonRaw0(ref raw, __Sources); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("sources");
        raw.Name(",\"port\":"u8); global::Corridor.Trade.PortCodeJsonConverter.WriteRaw(ref raw, this.Port, "port");
        raw.Name(",\"currency\":"u8); global::Corridor.Trade.CurrencyCodeJsonConverter.WriteRaw(ref raw, this.Currency, "currency");
        raw.Name(",\"rates\":"u8);
        if (this.Rates is { } __Rates) __WriteJsonRaw1(ref raw, __Rates); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("rates");
        raw.Name(",\"byDestination\":"u8);
        if (this.ByDestination is { } __ByDestination) __WriteJsonRaw2(ref raw, __ByDestination); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("byDestination");
        raw.Name(",\"effectiveFrom\":"u8); raw.String(this.EffectiveFrom);
        raw.Name(",\"surcharges\":"u8);
        if (this.Surcharges is { } __Surcharges) __WriteJsonRaw3(ref raw, __Surcharges); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("surcharges");
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static TariffChanged ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static TariffChanged FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static TariffChanged FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<TariffChanged> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static TariffChanged __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::System.DateOnly __v0 = default;
        global::Corridor.Trade.PortCode? __v1 = default;
        global::System.Collections.Generic.IReadOnlySet<string>? __v2 = default;
        global::Corridor.Trade.PortCode __v3 = default;
        global::Corridor.Trade.CurrencyCode __v4 = default;
        global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.CargoKind, decimal?>? __v5 = default;
        global::System.Collections.Generic.IReadOnlyDictionary<string, decimal>? __v6 = new global::System.Collections.Generic.Dictionary<string, decimal>();
        global::System.DateOnly __v7 = default;
        global::System.Collections.Generic.IReadOnlyDictionary<global::System.DateOnly, decimal>? __v8 = new global::System.Collections.Generic.Dictionary<global::System.DateOnly, decimal>();
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                    case 1: __v1 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::Corridor.Trade.PortCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonCollectionReader.ReadSet<string>(ref reader, options, global::EventSchema.Json.JsonItemReaders.String); break;
                    case 3: __v3 = global::Corridor.Trade.PortCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 4: __v4 = global::Corridor.Trade.CurrencyCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 5: __v5 = __ReadJson0(ref reader, options); break;
                    case 6: __v6 = global::EventSchema.Json.JsonCollectionReader.ReadMap<decimal>(ref reader, options, global::EventSchema.Json.JsonItemReaders.Decimal); break;
                    case 7: __v7 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                    case 8: __v8 = __ReadJson1(ref reader, options); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new TariffChanged
        {
            OccurredOn = __v0,
            Place = __v1,
            Sources = __v2!,
            Port = __v3,
            Currency = __v4,
            Rates = __v5!,
            ByDestination = __v6!,
            EffectiveFrom = __v7,
            Surcharges = __v8!,
        };
    }


    private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlySet<string> value)
    {
        raw.StartArray();
        // The concrete set enumerates without allocating.
        if (value is global::System.Collections.Generic.HashSet<string> __hashSet)
        {
            foreach (var __item in __hashSet)
            {
                raw.Separator();
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        else
        {
            foreach (var __item in value)
            {
                raw.Separator();
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        raw.EndArray();
    }

    private static void __WriteJsonRaw1(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.CargoKind, decimal?> value)
    {
        raw.StartObject();
        if (value is global::System.Collections.Generic.Dictionary<global::Corridor.Trade.CargoKind, decimal?> __dictionary)
        {
            foreach (var __pair in __dictionary)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(global::Corridor.Trade.CargoKindExtensions.ToJsonValue(__pair.Key));
                if (__item is null) raw.Null(); else raw.Number(__item.GetValueOrDefault());
            }
        }
        else
        {
            foreach (var __pair in value)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(global::Corridor.Trade.CargoKindExtensions.ToJsonValue(__pair.Key));
                if (__item is null) raw.Null(); else raw.Number(__item.GetValueOrDefault());
            }
        }
        raw.EndObject();
    }

    private static void __WriteJsonRaw2(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyDictionary<string, decimal> value)
    {
        raw.StartObject();
        if (value is global::EventSchema.Json.ReadOnlyStringMap<decimal> __readMap)
        {
            foreach (var __pair in __readMap)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                raw.Number(__item);
            }
        }
        else if (value is global::System.Collections.Generic.Dictionary<string, decimal> __dictionary)
        {
            foreach (var __pair in __dictionary)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                raw.Number(__item);
            }
        }
        else
        {
            foreach (var __pair in value)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                raw.Number(__item);
            }
        }
        raw.EndObject();
    }

    private static void __WriteJsonRaw3(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyDictionary<global::System.DateOnly, decimal> value)
    {
        raw.StartObject();
        if (value is global::System.Collections.Generic.Dictionary<global::System.DateOnly, decimal> __dictionary)
        {
            foreach (var __pair in __dictionary)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                raw.Number(__item);
            }
        }
        else
        {
            foreach (var __pair in value)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                raw.Number(__item);
            }
        }
        raw.EndObject();
    }

    private static global::System.Collections.Generic.IReadOnlyDictionary<global::Corridor.Trade.CargoKind, decimal?> __ReadJson0(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        var __items = new global::System.Collections.Generic.Dictionary<global::Corridor.Trade.CargoKind, decimal?>();
        string? __key = null;
        try
        {
            while (true)
            {
                __key = null;
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject) break;
                global::EventSchema.Json.JsonValueReader.CheckCollectionSize(__items.Count, options);
                var __name = global::EventSchema.Json.JsonStringDecoder.GetPropertyName(in reader, options);
                var __typedKey = (global::Corridor.Trade.CargoKindExtensions.TryFromJsonValue(__name, out var __enumKey) ? __enumKey : throw global::EventSchema.Json.JsonMapKeys.InvalidKey(__name, "CargoKind value"));
                __key = __name;
                if (__items.ContainsKey(__typedKey)) throw global::EventSchema.Json.JsonReadErrors.DuplicateKey();
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                __items.Add(__typedKey, (reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? default(decimal?) : global::EventSchema.Json.JsonValueReader.ReadDecimal(ref reader)));
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__key is not null && global::EventSchema.Json.JsonReadErrors.NoteProperty(__error, __key))
        {
            throw;
        }
        return __items;
    }

    private static global::System.Collections.Generic.IReadOnlyDictionary<global::System.DateOnly, decimal> __ReadJson1(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        var __items = new global::System.Collections.Generic.Dictionary<global::System.DateOnly, decimal>();
        string? __key = null;
        try
        {
            while (true)
            {
                __key = null;
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject) break;
                global::EventSchema.Json.JsonValueReader.CheckCollectionSize(__items.Count, options);
                var __name = global::EventSchema.Json.JsonStringDecoder.GetPropertyName(in reader, options);
                var __typedKey = global::EventSchema.Json.JsonMapKeys.ParseDate(__name);
                __key = __name;
                if (__items.ContainsKey(__typedKey)) throw global::EventSchema.Json.JsonReadErrors.DuplicateKey();
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                __items.Add(__typedKey, global::EventSchema.Json.JsonValueReader.ReadDecimal(ref reader));
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__key is not null && global::EventSchema.Json.JsonReadErrors.NoteProperty(__error, __key))
        {
            throw;
        }
        return __items;
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record CargoBooked : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("CargoBooked", new string[] { "occurredOn", "place", "sources", "booking", "origin", "destination", "kind", "containers", "weights", "declarations", "notes", "hs-codes" }, 0, 2, 3, 4, 5, 6);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "occurredOn", "place", "sources", "booking", "origin", "destination", "kind", "containers", "weights", "declarations", "notes", "hsCodes" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null, null, null, null, null, null, null, null, null, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"CargoBooked\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"occurredOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    },\n    \"place\": {\n      \"anyOf\": [\n        {\n          \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n        },\n        {\n          \"type\": \"null\"\n        }\n      ],\n      \"description\": \"The port or city it happened at.\"\n    },\n    \"sources\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"string\",\n        \"minLength\": 1,\n        \"maxLength\": 80\n      },\n      \"minItems\": 1,\n      \"uniqueItems\": true,\n      \"description\": \"The outlets that reported it, such as \\\"Trend\\\" or \\\"Kazinform\\\".\"\n    },\n    \"booking\": {\n      \"type\": \"string\",\n      \"format\": \"uuid\",\n      \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n    },\n    \"origin\": {\n      \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n    },\n    \"destination\": {\n      \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n    },\n    \"kind\": {\n      \"$ref\": \"#/$defs/Corridor.Trade.CargoKind\"\n    },\n    \"containers\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": [\n          \"string\",\n          \"null\"\n        ],\n        \"pattern\": \"^[A-Z]{4}[0-9]{7}$\"\n      },\n      \"description\": \"Container numbers (ISO 6346); a container not yet assigned is null.\",\n      \"default\": []\n    },\n    \"weights\": {\n      \"type\": \"object\",\n      \"propertyNames\": {\n        \"type\": \"string\",\n        \"pattern\": \"^(?:0|[1-9][0-9]{0,17}|[1-8][0-9]{18}|9[0-1][0-9]{17}|92[0-1][0-9]{16}|922[0-2][0-9]{15}|9223[0-2][0-9]{14}|92233[0-6][0-9]{13}|922337[0-1][0-9]{12}|92233720[0-2][0-9]{10}|922337203[0-5][0-9]{9}|9223372036[0-7][0-9]{8}|92233720368[0-4][0-9]{7}|922337203685[0-3][0-9]{6}|9223372036854[0-6][0-9]{5}|92233720368547[0-6][0-9]{4}|922337203685477[0-4][0-9]{3}|9223372036854775[0-7][0-9]{2}|922337203685477580[0-6]|9223372036854775807|-(?:[1-9][0-9]{0,17}|[1-8][0-9]{18}|9[0-1][0-9]{17}|92[0-1][0-9]{16}|922[0-2][0-9]{15}|9223[0-2][0-9]{14}|92233[0-6][0-9]{13}|922337[0-1][0-9]{12}|92233720[0-2][0-9]{10}|922337203[0-5][0-9]{9}|9223372036[0-7][0-9]{8}|92233720368[0-4][0-9]{7}|922337203685[0-3][0-9]{6}|9223372036854[0-6][0-9]{5}|92233720368547[0-6][0-9]{4}|922337203685477[0-4][0-9]{3}|9223372036854775[0-7][0-9]{2}|922337203685477580[0-7]|9223372036854775808))$\"\n      },\n      \"additionalProperties\": {\n        \"type\": \"number\",\n        \"exclusiveMinimum\": 0\n      },\n      \"description\": \"Weight in tonnes per consignment, keyed by consignment number.\",\n      \"default\": {}\n    },\n    \"declarations\": {\n      \"type\": \"object\",\n      \"propertyNames\": {\n        \"type\": \"string\",\n        \"format\": \"uuid\",\n        \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n      },\n      \"additionalProperties\": {\n        \"type\": \"string\",\n        \"minLength\": 1\n      },\n      \"description\": \"Customs declarations per consignment id.\",\n      \"default\": {}\n    },\n    \"notes\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": [\n          \"string\",\n          \"null\"\n        ]\n      },\n      \"description\": \"Free-form notes per port, in route order; a port without a note is null.\",\n      \"default\": []\n    },\n    \"hs-codes\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"string\",\n        \"pattern\": \"^[0-9]{6}$\"\n      },\n      \"uniqueItems\": true,\n      \"default\": []\n    }\n  },\n  \"required\": [\n    \"occurredOn\",\n    \"sources\",\n    \"booking\",\n    \"origin\",\n    \"destination\",\n    \"kind\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"Cargo is booked onto the corridor.\"", null, global::Corridor.Trade.__JsonSchemaDefinitions.T_CargoKind, global::Corridor.Trade.__JsonSchemaDefinitions.T_PortCode);
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
        raw.Name(",\"occurredOn\":"u8); raw.String(this.OccurredOn);
        if (this.Place is { } __Place) { raw.Name(",\"place\":"u8); global::Corridor.Trade.PortCodeJsonConverter.WriteRaw(ref raw, __Place, "place"); }
        raw.Name(",\"sources\":"u8);
        if (this.Sources is { } __Sources) __WriteJsonRaw0(ref raw, __Sources); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("sources");
        raw.Name(",\"booking\":"u8); raw.String(this.Booking);
        raw.Name(",\"origin\":"u8); global::Corridor.Trade.PortCodeJsonConverter.WriteRaw(ref raw, this.Origin, "origin");
        raw.Name(",\"destination\":"u8); global::Corridor.Trade.PortCodeJsonConverter.WriteRaw(ref raw, this.Destination, "destination");
        raw.Name(",\"kind\":"u8); global::Corridor.Trade.CargoKindJsonConverter.WriteRaw(ref raw, this.Kind);
        raw.Name(",\"containers\":"u8);
        if (this.Containers is { } __Containers) global::EventSchema.Json.JsonRawLists.Strings(ref raw, __Containers); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("containers");
        raw.Name(",\"weights\":"u8);
        if (this.Weights is { } __Weights) __WriteJsonRaw1(ref raw, __Weights); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("weights");
        raw.Name(",\"declarations\":"u8);
        if (this.Declarations is { } __Declarations) __WriteJsonRaw2(ref raw, __Declarations); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("declarations");
        raw.Name(",\"notes\":"u8);
        if (this.Notes is { } __Notes) global::EventSchema.Json.JsonRawLists.Strings(ref raw, __Notes); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("notes");
        raw.Name(",\"hs-codes\":"u8);
        if (this.HsCodes is { } __HsCodes) __WriteJsonRaw0(ref raw, __HsCodes); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("hs-codes");
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static CargoBooked ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static CargoBooked FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static CargoBooked FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<CargoBooked> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static CargoBooked __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::System.DateOnly __v0 = default;
        global::Corridor.Trade.PortCode? __v1 = default;
        global::System.Collections.Generic.IReadOnlySet<string>? __v2 = default;
        global::System.Guid __v3 = default;
        global::Corridor.Trade.PortCode __v4 = default;
        global::Corridor.Trade.PortCode __v5 = default;
        global::Corridor.Trade.CargoKind __v6 = default;
        global::System.Collections.Generic.IReadOnlyList<string?>? __v7 = global::System.Array.Empty<string?>();
        global::System.Collections.Generic.IReadOnlyDictionary<long, double>? __v8 = new global::System.Collections.Generic.Dictionary<long, double>();
        global::System.Collections.Generic.IReadOnlyDictionary<global::System.Guid, string>? __v9 = new global::System.Collections.Generic.Dictionary<global::System.Guid, string>();
        global::System.Collections.Generic.IReadOnlyList<string?>? __v10 = global::System.Array.Empty<string?>();
        global::System.Collections.Generic.IReadOnlySet<string>? __v11 = new global::System.Collections.Generic.HashSet<string>();
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
                    case 1: __v1 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::Corridor.Trade.PortCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonCollectionReader.ReadSet<string>(ref reader, options, global::EventSchema.Json.JsonItemReaders.String); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadGuid(ref reader); break;
                    case 4: __v4 = global::Corridor.Trade.PortCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 5: __v5 = global::Corridor.Trade.PortCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 6: __v6 = global::Corridor.Trade.CargoKindJsonConverter.ReadValue(ref reader); break;
                    case 7: __v7 = __ReadJson0(ref reader, options); break;
                    case 8: __v8 = __ReadJson1(ref reader, options); break;
                    case 9: __v9 = __ReadJson2(ref reader, options); break;
                    case 10: __v10 = __ReadJson0(ref reader, options); break;
                    case 11: __v11 = global::EventSchema.Json.JsonCollectionReader.ReadSet<string>(ref reader, options, global::EventSchema.Json.JsonItemReaders.String); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new CargoBooked
        {
            OccurredOn = __v0,
            Place = __v1,
            Sources = __v2!,
            Booking = __v3,
            Origin = __v4,
            Destination = __v5,
            Kind = __v6,
            Containers = __v7!,
            Weights = __v8!,
            Declarations = __v9!,
            Notes = __v10!,
            HsCodes = __v11!,
        };
    }


    private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlySet<string> value)
    {
        raw.StartArray();
        // The concrete set enumerates without allocating.
        if (value is global::System.Collections.Generic.HashSet<string> __hashSet)
        {
            foreach (var __item in __hashSet)
            {
                raw.Separator();
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        else
        {
            foreach (var __item in value)
            {
                raw.Separator();
                if (__item is null) throw global::EventSchema.Json.JsonWriteErrors.NullItem(); else raw.String(__item);
            }
        }
        raw.EndArray();
    }

    private static void __WriteJsonRaw1(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyDictionary<long, double> value)
    {
        raw.StartObject();
        if (value is global::System.Collections.Generic.Dictionary<long, double> __dictionary)
        {
            foreach (var __pair in __dictionary)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                raw.Number(__item);
            }
        }
        else
        {
            foreach (var __pair in value)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                raw.Number(__item);
            }
        }
        raw.EndObject();
    }

    private static void __WriteJsonRaw2(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyDictionary<global::System.Guid, string> value)
    {
        raw.StartObject();
        if (value is global::System.Collections.Generic.Dictionary<global::System.Guid, string> __dictionary)
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

    private static global::System.Collections.Generic.IReadOnlyList<string?> __ReadJson0(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartArray(ref reader, options);
        var __items = new global::EventSchema.Json.JsonArrayBuilder<string?>();
        try
        {
            while (true)
            {
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndArray) break;
                global::EventSchema.Json.JsonValueReader.CheckCollectionSize(__items.Count, options);
                __items.Add((reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? default(string?) : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options)));
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (global::EventSchema.Json.JsonReadErrors.NoteItem(__error, __items.Count))
        {
            throw;
        }
        return __items.ToArray();
    }

    private static global::System.Collections.Generic.IReadOnlyDictionary<long, double> __ReadJson1(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        var __items = new global::System.Collections.Generic.Dictionary<long, double>();
        string? __key = null;
        try
        {
            while (true)
            {
                __key = null;
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject) break;
                global::EventSchema.Json.JsonValueReader.CheckCollectionSize(__items.Count, options);
                var __name = global::EventSchema.Json.JsonStringDecoder.GetPropertyName(in reader, options);
                var __typedKey = global::EventSchema.Json.JsonMapKeys.ParseInt64(__name);
                __key = __name;
                if (__items.ContainsKey(__typedKey)) throw global::EventSchema.Json.JsonReadErrors.DuplicateKey();
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                __items.Add(__typedKey, global::EventSchema.Json.JsonValueReader.ReadDouble(ref reader));
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__key is not null && global::EventSchema.Json.JsonReadErrors.NoteProperty(__error, __key))
        {
            throw;
        }
        return __items;
    }

    private static global::System.Collections.Generic.IReadOnlyDictionary<global::System.Guid, string> __ReadJson2(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        var __items = new global::System.Collections.Generic.Dictionary<global::System.Guid, string>();
        string? __key = null;
        try
        {
            while (true)
            {
                __key = null;
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject) break;
                global::EventSchema.Json.JsonValueReader.CheckCollectionSize(__items.Count, options);
                var __name = global::EventSchema.Json.JsonStringDecoder.GetPropertyName(in reader, options);
                var __typedKey = global::EventSchema.Json.JsonMapKeys.ParseGuid(__name);
                __key = __name;
                if (__items.ContainsKey(__typedKey)) throw global::EventSchema.Json.JsonReadErrors.DuplicateKey();
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                __items.Add(__typedKey, global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options));
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__key is not null && global::EventSchema.Json.JsonReadErrors.NoteProperty(__error, __key))
        {
            throw;
        }
        return __items;
    }
}

/// <summary>The <c>$defs</c> entries of the JSON Schemas of the generated types, each written once: one per type of this namespace, and those of referenced assemblies its types use.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
internal static class __JsonSchemaDefinitions
{
    internal const string T_PortCode = "\"Corridor.Trade.PortCode\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[A-Z]{2}[A-Z2-9]{3}$\",\n      \"description\": \"A UN/LOCODE, such as AZBAK (Baku) or KZAKT (Aktau).\"\n    }";
    internal const string T_CountryCode = "\"Corridor.Trade.CountryCode\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[A-Z]{2}$\",\n      \"description\": \"ISO 3166-1 alpha-2 country code, such as AZ or KZ.\"\n    }";
    internal const string T_CurrencyCode = "\"Corridor.Trade.CurrencyCode\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[A-Z]{3}$\",\n      \"description\": \"ISO 4217 currency code, such as USD.\"\n    }";
    internal const string T_Mode = "\"Corridor.Trade.Mode\": {\n      \"type\": \"string\",\n      \"enum\": [\n        \"rail\",\n        \"sea\",\n        \"road\"\n      ],\n      \"description\": \"How cargo moves on a stretch of the corridor.\"\n    }";
    internal const string T_CargoKind = "\"Corridor.Trade.CargoKind\": {\n      \"type\": \"string\",\n      \"enum\": [\n        \"container\",\n        \"bulk\",\n        \"liquid\",\n        \"ro-ro\"\n      ],\n      \"description\": \"What the goods are, for tariffs and statistics.\"\n    }";
    internal const string T_TradeFact = "\"Corridor.Trade.TradeFact\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"place\": {\n          \"anyOf\": [\n            {\n              \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n            },\n            {\n              \"type\": \"null\"\n            }\n          ],\n          \"description\": \"The port or city it happened at.\"\n        },\n        \"sources\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\",\n            \"minLength\": 1,\n            \"maxLength\": 80\n          },\n          \"minItems\": 1,\n          \"uniqueItems\": true,\n          \"description\": \"The outlets that reported it, such as \\\"Trend\\\" or \\\"Kazinform\\\".\"\n        }\n      },\n      \"required\": [\n        \"occurredOn\",\n        \"sources\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"What every trade fact along the corridor states: when it happened, where, and who reported it.\"\n    }";
    internal const string T_Port = "\"Corridor.Trade.Port\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"code\": {\n          \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n        },\n        \"name\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 100\n        },\n        \"country\": {\n          \"$ref\": \"#/$defs/Corridor.Trade.CountryCode\"\n        },\n        \"berths\": {\n          \"type\": \"object\",\n          \"propertyNames\": {\n            \"type\": \"string\",\n            \"pattern\": \"^(?:0|[1-9][0-9]{0,8}|1[0-9]{9}|20[0-9]{8}|21[0-3][0-9]{7}|214[0-6][0-9]{6}|2147[0-3][0-9]{5}|21474[0-7][0-9]{4}|214748[0-2][0-9]{3}|2147483[0-5][0-9]{2}|21474836[0-3][0-9]|214748364[0-6]|2147483647|-(?:[1-9][0-9]{0,8}|1[0-9]{9}|20[0-9]{8}|21[0-3][0-9]{7}|214[0-6][0-9]{6}|2147[0-3][0-9]{5}|21474[0-7][0-9]{4}|214748[0-2][0-9]{3}|2147483[0-5][0-9]{2}|21474836[0-3][0-9]|214748364[0-7]|2147483648))$\"\n          },\n          \"additionalProperties\": {\n            \"type\": \"string\",\n            \"maxLength\": 40\n          },\n          \"description\": \"The port authority's own identifier for each berth, keyed by berth number.\",\n          \"default\": {}\n        }\n      },\n      \"required\": [\n        \"code\",\n        \"name\",\n        \"country\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A port of the corridor.\"\n    }";
    internal const string T_CargoCorridorAgreed = "\"Corridor.Trade.CargoCorridorAgreed\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"place\": {\n          \"anyOf\": [\n            {\n              \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n            },\n            {\n              \"type\": \"null\"\n            }\n          ],\n          \"description\": \"The port or city it happened at.\"\n        },\n        \"sources\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\",\n            \"minLength\": 1,\n            \"maxLength\": 80\n          },\n          \"minItems\": 1,\n          \"uniqueItems\": true,\n          \"description\": \"The outlets that reported it, such as \\\"Trend\\\" or \\\"Kazinform\\\".\"\n        },\n        \"name\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 120\n        },\n        \"countries\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Corridor.Trade.CountryCode\"\n          },\n          \"minItems\": 2,\n          \"uniqueItems\": true\n        },\n        \"ports\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Corridor.Trade.Port\"\n          },\n          \"minItems\": 2,\n          \"description\": \"The ports in route order.\"\n        },\n        \"labels\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\",\n            \"maxLength\": 40,\n            \"pattern\": \"^[A-Za-z][A-Za-z -]*$\"\n          },\n          \"maxItems\": 10,\n          \"description\": \"Free-form labels used by the parties, such as \\\"TITR\\\" or \\\"Middle Corridor\\\".\",\n          \"default\": []\n        },\n        \"targetVolume\": {\n          \"type\": \"object\",\n          \"propertyNames\": {\n            \"$ref\": \"#/$defs/Corridor.Trade.Mode\"\n          },\n          \"additionalProperties\": {\n            \"type\": \"integer\",\n            \"minimum\": 0,\n            \"maximum\": 2147483647\n          },\n          \"description\": \"Target yearly volume in thousand tonnes per mode of transport.\",\n          \"default\": {}\n        }\n      },\n      \"required\": [\n        \"occurredOn\",\n        \"sources\",\n        \"name\",\n        \"countries\",\n        \"ports\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Two or more states agree to develop a cargo corridor between ports.\"\n    }";
    internal const string T_TariffChanged = "\"Corridor.Trade.TariffChanged\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"place\": {\n          \"anyOf\": [\n            {\n              \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n            },\n            {\n              \"type\": \"null\"\n            }\n          ],\n          \"description\": \"The port or city it happened at.\"\n        },\n        \"sources\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\",\n            \"minLength\": 1,\n            \"maxLength\": 80\n          },\n          \"minItems\": 1,\n          \"uniqueItems\": true,\n          \"description\": \"The outlets that reported it, such as \\\"Trend\\\" or \\\"Kazinform\\\".\"\n        },\n        \"port\": {\n          \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n        },\n        \"currency\": {\n          \"$ref\": \"#/$defs/Corridor.Trade.CurrencyCode\"\n        },\n        \"rates\": {\n          \"type\": \"object\",\n          \"propertyNames\": {\n            \"$ref\": \"#/$defs/Corridor.Trade.CargoKind\"\n          },\n          \"additionalProperties\": {\n            \"type\": [\n              \"number\",\n              \"null\"\n            ],\n            \"minimum\": 0,\n            \"maximum\": 79228162514264337593543950335\n          },\n          \"description\": \"Price per unit by kind of cargo; a kind mapped to null is no longer priced.\"\n        },\n        \"byDestination\": {\n          \"type\": \"object\",\n          \"propertyNames\": {\n            \"type\": \"string\",\n            \"minLength\": 5,\n            \"maxLength\": 5\n          },\n          \"additionalProperties\": {\n            \"type\": \"number\",\n            \"minimum\": 0,\n            \"maximum\": 79228162514264337593543950335\n          },\n          \"maxProperties\": 50,\n          \"description\": \"Rates per route, keyed by the destination port's code.\",\n          \"default\": {}\n        },\n        \"effectiveFrom\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"surcharges\": {\n          \"type\": \"object\",\n          \"propertyNames\": {\n            \"type\": \"string\",\n            \"format\": \"date\",\n            \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n          },\n          \"additionalProperties\": {\n            \"type\": \"number\",\n            \"minimum\": 0,\n            \"maximum\": 79228162514264337593543950335\n          },\n          \"description\": \"Seasonal surcharges per month start date.\",\n          \"default\": {}\n        }\n      },\n      \"required\": [\n        \"occurredOn\",\n        \"sources\",\n        \"port\",\n        \"currency\",\n        \"rates\",\n        \"effectiveFrom\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A tariff along the corridor changes.\"\n    }";
    internal const string T_CargoBooked = "\"Corridor.Trade.CargoBooked\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"occurredOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        },\n        \"place\": {\n          \"anyOf\": [\n            {\n              \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n            },\n            {\n              \"type\": \"null\"\n            }\n          ],\n          \"description\": \"The port or city it happened at.\"\n        },\n        \"sources\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\",\n            \"minLength\": 1,\n            \"maxLength\": 80\n          },\n          \"minItems\": 1,\n          \"uniqueItems\": true,\n          \"description\": \"The outlets that reported it, such as \\\"Trend\\\" or \\\"Kazinform\\\".\"\n        },\n        \"booking\": {\n          \"type\": \"string\",\n          \"format\": \"uuid\",\n          \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n        },\n        \"origin\": {\n          \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n        },\n        \"destination\": {\n          \"$ref\": \"#/$defs/Corridor.Trade.PortCode\"\n        },\n        \"kind\": {\n          \"$ref\": \"#/$defs/Corridor.Trade.CargoKind\"\n        },\n        \"containers\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": [\n              \"string\",\n              \"null\"\n            ],\n            \"pattern\": \"^[A-Z]{4}[0-9]{7}$\"\n          },\n          \"description\": \"Container numbers (ISO 6346); a container not yet assigned is null.\",\n          \"default\": []\n        },\n        \"weights\": {\n          \"type\": \"object\",\n          \"propertyNames\": {\n            \"type\": \"string\",\n            \"pattern\": \"^(?:0|[1-9][0-9]{0,17}|[1-8][0-9]{18}|9[0-1][0-9]{17}|92[0-1][0-9]{16}|922[0-2][0-9]{15}|9223[0-2][0-9]{14}|92233[0-6][0-9]{13}|922337[0-1][0-9]{12}|92233720[0-2][0-9]{10}|922337203[0-5][0-9]{9}|9223372036[0-7][0-9]{8}|92233720368[0-4][0-9]{7}|922337203685[0-3][0-9]{6}|9223372036854[0-6][0-9]{5}|92233720368547[0-6][0-9]{4}|922337203685477[0-4][0-9]{3}|9223372036854775[0-7][0-9]{2}|922337203685477580[0-6]|9223372036854775807|-(?:[1-9][0-9]{0,17}|[1-8][0-9]{18}|9[0-1][0-9]{17}|92[0-1][0-9]{16}|922[0-2][0-9]{15}|9223[0-2][0-9]{14}|92233[0-6][0-9]{13}|922337[0-1][0-9]{12}|92233720[0-2][0-9]{10}|922337203[0-5][0-9]{9}|9223372036[0-7][0-9]{8}|92233720368[0-4][0-9]{7}|922337203685[0-3][0-9]{6}|9223372036854[0-6][0-9]{5}|92233720368547[0-6][0-9]{4}|922337203685477[0-4][0-9]{3}|9223372036854775[0-7][0-9]{2}|922337203685477580[0-7]|9223372036854775808))$\"\n          },\n          \"additionalProperties\": {\n            \"type\": \"number\",\n            \"exclusiveMinimum\": 0\n          },\n          \"description\": \"Weight in tonnes per consignment, keyed by consignment number.\",\n          \"default\": {}\n        },\n        \"declarations\": {\n          \"type\": \"object\",\n          \"propertyNames\": {\n            \"type\": \"string\",\n            \"format\": \"uuid\",\n            \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n          },\n          \"additionalProperties\": {\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"description\": \"Customs declarations per consignment id.\",\n          \"default\": {}\n        },\n        \"notes\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": [\n              \"string\",\n              \"null\"\n            ]\n          },\n          \"description\": \"Free-form notes per port, in route order; a port without a note is null.\",\n          \"default\": []\n        },\n        \"hs-codes\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\",\n            \"pattern\": \"^[0-9]{6}$\"\n          },\n          \"uniqueItems\": true,\n          \"default\": []\n        }\n      },\n      \"required\": [\n        \"occurredOn\",\n        \"sources\",\n        \"booking\",\n        \"origin\",\n        \"destination\",\n        \"kind\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Cargo is booked onto the corridor.\"\n    }";
}
