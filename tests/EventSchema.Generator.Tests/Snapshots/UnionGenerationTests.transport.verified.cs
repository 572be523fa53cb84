// transport.eventschema

/// <summary>A UN/LOCODE port or terminal code, such as AZBAK for Baku or GEPTI for Poti.</summary>
[global::EventSchema.SchemaRules("PortCode in transport.eventschema", "Port code", Required = true, Pattern = "^[A-Z]{2}[A-Z2-9]{3}$")]
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

/// <summary>A port, terminal or border station of the Middle Corridor.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record Port : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>code</c> field.</summary>
    public required global::Corridor.Transport.PortCode Code { get; init; }

    /// <summary>The <c>name</c> field.</summary>
    [global::EventSchema.SchemaRules("Port.name in transport.eventschema", "Name", Required = true, MinLength = 1, MaxLength = 120)]
    public required string Name { get; init; }

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
        if (!scope.Text(ref valid, this.Name, "name", "Name", "is required.", 1, "must be at least 1 character long.", 120, "must be at most 120 characters long.")) return false;
        return valid;
    }
}

/// <summary>Freight moved by rail, such as the Baku–Tbilisi–Kars line.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record RailLeg : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>from</c> field.</summary>
    [global::EventSchema.SchemaRules("RailLeg.from in transport.eventschema", "From", Required = true)]
    public required global::Corridor.Transport.Port From { get; init; }

    /// <summary>The <c>to</c> field.</summary>
    [global::EventSchema.SchemaRules("RailLeg.to in transport.eventschema", "To", Required = true)]
    public required global::Corridor.Transport.Port To { get; init; }

    /// <summary>The <c>operator</c> field.</summary>
    [global::EventSchema.SchemaRules("RailLeg.operator in transport.eventschema", "Operator", Required = true, MinLength = 1, MaxLength = 80)]
    public required string Operator { get; init; }

    /// <summary>The <c>wagons</c> field.</summary>
    [global::EventSchema.SchemaRules("RailLeg.wagons in transport.eventschema", "Wagons", Minimum = "1")]
    public required int Wagons { get; init; }

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "From", this.From, "To", this.To, "Operator", this.Operator, "Wagons", this.Wagons);

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
        // operator
        if (!scope.Text(ref valid, this.Operator, "operator", "Operator", "is required.", 1, "must be at least 1 character long.", 80, "must be at most 80 characters long.")) return false;
        // wagons
        if (!(this.Wagons >= 1) && !scope.Report(ref valid, "wagons", "Wagons", "minimum", "must be at least 1.")) return false;
        return valid;
    }
}

/// <summary>Freight moved across the Caspian or Black Sea.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record SeaLeg : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>from</c> field.</summary>
    [global::EventSchema.SchemaRules("SeaLeg.from in transport.eventschema", "From", Required = true)]
    public required global::Corridor.Transport.Port From { get; init; }

    /// <summary>The <c>to</c> field.</summary>
    [global::EventSchema.SchemaRules("SeaLeg.to in transport.eventschema", "To", Required = true)]
    public required global::Corridor.Transport.Port To { get; init; }

    /// <summary>The <c>vessel</c> field.</summary>
    [global::EventSchema.SchemaRules("SeaLeg.vessel in transport.eventschema", "Vessel", Required = true, MinLength = 1, MaxLength = 80)]
    public required string Vessel { get; init; }

    /// <summary>The <c>containers</c> field.</summary>
    [global::EventSchema.SchemaRules("SeaLeg.containers in transport.eventschema", "Containers", Minimum = "0")]
    public int Containers { get; init; } = 0;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "From", this.From, "To", this.To, "Vessel", this.Vessel, "Containers", this.Containers);

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
        // vessel
        if (!scope.Text(ref valid, this.Vessel, "vessel", "Vessel", "is required.", 1, "must be at least 1 character long.", 80, "must be at most 80 characters long.")) return false;
        // containers
        if (!(this.Containers >= 0) && !scope.Report(ref valid, "containers", "Containers", "minimum", "must be at least 0.")) return false;
        return valid;
    }
}

/// <summary>Freight moved by truck.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record RoadLeg : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>from</c> field.</summary>
    [global::EventSchema.SchemaRules("RoadLeg.from in transport.eventschema", "From", Required = true)]
    public required global::Corridor.Transport.Port From { get; init; }

    /// <summary>The <c>to</c> field.</summary>
    [global::EventSchema.SchemaRules("RoadLeg.to in transport.eventschema", "To", Required = true)]
    public required global::Corridor.Transport.Port To { get; init; }

    /// <summary>The <c>plate</c> field.</summary>
    [global::EventSchema.SchemaRules("RoadLeg.plate in transport.eventschema", "Plate", Pattern = "^[A-Z0-9-]{2,12}$")]
    public string? Plate { get; init; }

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
        // plate
        if (!scope.Text(ref valid, this.Plate, "plate", "Plate", null, 0, null, 0, null)) return false;
        if (this.Plate is not null && !__MatchesPattern0(this.Plate) && !scope.Report(ref valid, "plate", "Plate", "pattern", "must match the pattern ^[A-Z0-9-]{2,12}$.")) return false;
        return valid;
    }

    // ^[A-Z0-9-]{2,12}$
    private static bool __MatchesPattern0(string value)
    {
        return MatchAt(value, 0);

        static bool MatchAt(string value, int pos)
        {
            {
                int count = 0;
                while (count < 12 && pos < value.Length)
                {
                    if (!((value[pos] == '-') || (value[pos] >= '0' && value[pos] <= '9') || (value[pos] >= 'A' && value[pos] <= 'Z'))) break;
                    pos++;
                    count++;
                }
                if (count < 2) return false;
            }
            return pos == value.Length;
        }
    }
}

/// <summary>The <c>TariffUnit</c> enum of the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.Text.Json.Serialization.JsonConverter(typeof(TariffUnitJsonConverter))]
public enum TariffUnit
{
    /// <summary>Written <c>per-container</c> in schemas and on the wire.</summary>
    Container,

    /// <summary>Written <c>per-tonne</c> in schemas and on the wire.</summary>
    Tonne,

    /// <summary>Written <c>per-wagon</c> in schemas and on the wire.</summary>
    Wagon,
}

/// <summary>Converts <see cref="TariffUnit"/> values to and from the strings they have in schemas and on the wire.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public static partial class TariffUnitExtensions
{
    /// <summary>The wire value of <paramref name="value"/>, such as <c>per-container</c>.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToJsonValue(this TariffUnit value)
    {
        return value switch
        {
            TariffUnit.Container => "per-container",
            TariffUnit.Tonne => "per-tonne",
            TariffUnit.Wagon => "per-wagon",
            _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Not a defined TariffUnit member."),
        };
    }

    /// <summary>The member whose wire value is <paramref name="value"/> (compared ordinally); false when there is none.</summary>
    public static bool TryFromJsonValue(string? value, out TariffUnit result)
    {
        switch (value)
        {
            case "per-container":
                result = TariffUnit.Container;
                return true;
            case "per-tonne":
                result = TariffUnit.Tonne;
                return true;
            case "per-wagon":
                result = TariffUnit.Wagon;
                return true;
            default:
                result = default;
                return false;
        }
    }

    /// <summary>The member whose wire value is <paramref name="value"/>.</summary>
    /// <exception cref="global::System.ArgumentException"><paramref name="value"/> is no member's wire value.</exception>
    public static TariffUnit FromJsonValue(string value)
    {
        if (TryFromJsonValue(value, out var result)) return result;
        throw new global::System.ArgumentException("\"" + value + "\" is not a TariffUnit value; expected one of: per-container, per-tonne, per-wagon.", nameof(value));
    }

    /// <summary>Whether <paramref name="value"/> is a declared member (a cast can make any number a <see cref="TariffUnit"/>).</summary>
    public static bool IsDefined(this TariffUnit value) => value is TariffUnit.Container or TariffUnit.Tonne or TariffUnit.Wagon;
}

/// <summary>Governments agree to develop a corridor between two ports.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record CargoCorridorAgreed : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable
{
    /// <summary>The event type string: <c>corridor.transport.cargo-corridor-agreed.v1</c>.</summary>
    public const string EventType = "corridor.transport.cargo-corridor-agreed.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Cargo corridor agreed".</summary>
    public const string DisplayName = "Cargo corridor agreed";

    /// <summary>The <c>origin</c> field.</summary>
    [global::EventSchema.SchemaRules("CargoCorridorAgreed.origin in transport.eventschema", "Origin", Required = true)]
    public required global::Corridor.Transport.Port Origin { get; init; }

    /// <summary>The <c>destination</c> field.</summary>
    [global::EventSchema.SchemaRules("CargoCorridorAgreed.destination in transport.eventschema", "Destination", Required = true)]
    public required global::Corridor.Transport.Port Destination { get; init; }

    /// <summary>The <c>parties</c> field.</summary>
    [global::EventSchema.SchemaRules("CargoCorridorAgreed.parties in transport.eventschema", "Parties", ItemDisplayName = "Party", Required = true, MinItems = 2)]
    public required global::System.Collections.Generic.IReadOnlyList<string> Parties { get => __collectionParties.Value!; init => __collectionParties = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<string>> __collectionParties;

    /// <summary>The <c>agreedOn</c> field.</summary>
    public required global::System.DateOnly AgreedOn { get; init; }

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event in one sentence, from its <c>@summary</c> template.</summary>
    public string Describe() => global::EventSchema.RecordText.Describe($"Corridor from {this.Origin?.Name} to {this.Destination?.Name} agreed");

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Origin", this.Origin, "Destination", this.Destination, "Parties", global::EventSchema.RecordText.Items(this.Parties), "AgreedOn", this.AgreedOn);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // origin
        if (this.Origin is null)
        {
            if (!scope.Report(ref valid, "origin", "Origin", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.Origin.CollectValidationErrors(scope.Member("origin", "Origin")))) return false;
        }
        // destination
        if (this.Destination is null)
        {
            if (!scope.Report(ref valid, "destination", "Destination", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.Destination.CollectValidationErrors(scope.Member("destination", "Destination")))) return false;
        }
        // parties
        if (this.Parties is null)
        {
            if (!scope.Report(ref valid, "parties", "Parties", "required", "is required.")) return false;
        }
        else
        {
            if (this.Parties.Count < 2 && !scope.Report(ref valid, "parties", "Parties", "minItems", "must have at least 2 items.")) return false;
            if (!scope.ItemsPresent(ref valid, this.Parties, "parties", "Party", "is required.")) return false;
        }
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<string>?> __Comparer0 = global::EventSchema.SequenceEqualityComparer<string>.Default;
}

/// <summary>A through tariff along the corridor changes.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record TariffChanged : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable
{
    /// <summary>The event type string: <c>corridor.transport.tariff-changed.v1</c>.</summary>
    public const string EventType = "corridor.transport.tariff-changed.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Tariff changed".</summary>
    public const string DisplayName = "Tariff changed";

    /// <summary>The <c>route</c> field.</summary>
    [global::EventSchema.SchemaRules("TariffChanged.route in transport.eventschema", "Route", Required = true)]
    public required string Route { get; init; }

    /// <summary>The <c>amount</c> field.</summary>
    [global::EventSchema.SchemaRules("TariffChanged.amount in transport.eventschema", "Amount", Minimum = "0")]
    public required decimal Amount { get; init; }

    /// <summary>The <c>currency</c> field.</summary>
    [global::EventSchema.SchemaRules("TariffChanged.currency in transport.eventschema", "Currency", Required = true, Pattern = "^[A-Z]{3}$")]
    public required string Currency { get; init; }

    /// <summary>The <c>unit</c> field.</summary>
    public required global::Corridor.Transport.TariffUnit Unit { get; init; }

    /// <summary>The <c>effectiveFrom</c> field.</summary>
    public required global::System.DateOnly EffectiveFrom { get; init; }

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event for people; without a <c>@summary</c> template, its display name.</summary>
    public string Describe() => DisplayName;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Route", this.Route, "Amount", this.Amount, "Currency", this.Currency, "Unit", this.Unit, "EffectiveFrom", this.EffectiveFrom);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // route
        if (!scope.Text(ref valid, this.Route, "route", "Route", "is required.", 0, null, 0, null)) return false;
        // amount
        if (!(this.Amount >= 0m) && !scope.Report(ref valid, "amount", "Amount", "minimum", "must be at least 0.")) return false;
        // currency
        if (!scope.Text(ref valid, this.Currency, "currency", "Currency", "is required.", 0, null, 0, null)) return false;
        if (this.Currency is not null && !__MatchesPattern0(this.Currency) && !scope.Report(ref valid, "currency", "Currency", "pattern", "must match the pattern ^[A-Z]{3}$.")) return false;
        // unit
        if (!global::Corridor.Transport.TariffUnitExtensions.IsDefined(this.Unit) && !scope.Report(ref valid, "unit", "Unit", "enum", "must be a defined tariff unit value.")) return false;
        return valid;
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

/// <summary>A shipment leaves on one leg of its journey: by rail, sea or road.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record ShipmentDispatched : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable
{
    /// <summary>The event type string: <c>corridor.transport.shipment-dispatched.v1</c>.</summary>
    public const string EventType = "corridor.transport.shipment-dispatched.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Shipment dispatched".</summary>
    public const string DisplayName = "Shipment dispatched";

    /// <summary>The <c>shipment</c> field.</summary>
    public required global::System.Guid Shipment { get; init; }

    /// <summary>The <c>leg</c> field.</summary>
    [global::EventSchema.SchemaRules("ShipmentDispatched.leg in transport.eventschema", "Leg", Required = true)]
    public required global::Corridor.Transport.ShipmentDispatchedLeg Leg { get; init; }

    /// <summary>The <c>dispatchedAt</c> field.</summary>
    public required global::System.DateTimeOffset DispatchedAt { get; init; }

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event for people; without a <c>@summary</c> template, its display name.</summary>
    public string Describe() => DisplayName;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Shipment", this.Shipment, "Leg", this.Leg, "DispatchedAt", this.DispatchedAt);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // leg
        if (this.Leg is null)
        {
            if (!scope.Report(ref valid, "leg", "Leg", "required", "is required.")) return false;
        }
        else
        {
            if (!scope.Merge(ref valid, this.Leg.CollectValidationErrors(scope.Member("leg", "Leg")))) return false;
        }
        return valid;
    }
}

/// <summary>One leg of a shipment's journey, named so several events can share it.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial class TransportLeg : global::System.IEquatable<TransportLeg>, global::EventSchema.IScopedValidatable
{
    private readonly object _value;
    private readonly int _member;

    private TransportLeg(object value, int member)
    {
        _value = value;
        _member = member;
    }

    /// <summary>The name of the property that says on the wire which member a value is: <c>mode</c>.</summary>
    public const string DiscriminatorProperty = "mode";

    /// <summary>The member value: an instance of exactly one of the member types.</summary>
    public object Value => _value;

    /// <summary>The discriminator value of the member this holds, as written on the wire.</summary>
    public string Discriminator => _member switch
    {
        0 => "rail",
        1 => "sea",
        2 => "road",
        _ => throw new global::System.InvalidOperationException(),
    };

    /// <summary>Wraps a <see cref="global::Corridor.Transport.RailLeg"/>.</summary>
    public static TransportLeg From(global::Corridor.Transport.RailLeg value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 0);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.RailLeg"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator TransportLeg?(global::Corridor.Transport.RailLeg? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.SeaLeg"/>.</summary>
    public static TransportLeg From(global::Corridor.Transport.SeaLeg value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 1);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.SeaLeg"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator TransportLeg?(global::Corridor.Transport.SeaLeg? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.RoadLeg"/>.</summary>
    public static TransportLeg From(global::Corridor.Transport.RoadLeg value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 2);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.RoadLeg"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator TransportLeg?(global::Corridor.Transport.RoadLeg? value) => value is null ? null : From(value);

    /// <summary>Calls the function for the member this holds and returns its result; there is one function per member, so none can be forgotten.</summary>
    public TResult Match<TResult>(global::System.Func<global::Corridor.Transport.RailLeg, TResult> railLeg, global::System.Func<global::Corridor.Transport.SeaLeg, TResult> seaLeg, global::System.Func<global::Corridor.Transport.RoadLeg, TResult> roadLeg)
    {
        switch (_member)
        {
            case 0: return (railLeg ?? throw new global::System.ArgumentNullException(nameof(railLeg)))((global::Corridor.Transport.RailLeg)_value);
            case 1: return (seaLeg ?? throw new global::System.ArgumentNullException(nameof(seaLeg)))((global::Corridor.Transport.SeaLeg)_value);
            case 2: return (roadLeg ?? throw new global::System.ArgumentNullException(nameof(roadLeg)))((global::Corridor.Transport.RoadLeg)_value);
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Calls the action for the member this holds; there is one action per member, so none can be forgotten.</summary>
    public void Switch(global::System.Action<global::Corridor.Transport.RailLeg> railLeg, global::System.Action<global::Corridor.Transport.SeaLeg> seaLeg, global::System.Action<global::Corridor.Transport.RoadLeg> roadLeg)
    {
        switch (_member)
        {
            case 0: (railLeg ?? throw new global::System.ArgumentNullException(nameof(railLeg)))((global::Corridor.Transport.RailLeg)_value); return;
            case 1: (seaLeg ?? throw new global::System.ArgumentNullException(nameof(seaLeg)))((global::Corridor.Transport.SeaLeg)_value); return;
            case 2: (roadLeg ?? throw new global::System.ArgumentNullException(nameof(roadLeg)))((global::Corridor.Transport.RoadLeg)_value); return;
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Whether both hold the same member with equal values.</summary>
    public bool Equals(TransportLeg? other) => other is not null && _member == other._member && _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TransportLeg);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode() * 31 + _member;

    /// <summary>The member value's text.</summary>
    public override string ToString() => _value.ToString() ?? string.Empty;

    /// <summary>Whether both are null, or hold the same member with equal values.</summary>
    public static bool operator ==(TransportLeg? left, TransportLeg? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(TransportLeg? left, TransportLeg? right) => !(left == right);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks the member value in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this value is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope) => _member switch
    {
        0 => ((global::Corridor.Transport.RailLeg)_value).CollectValidationErrors(scope),
        1 => ((global::Corridor.Transport.SeaLeg)_value).CollectValidationErrors(scope),
        2 => ((global::Corridor.Transport.RoadLeg)_value).CollectValidationErrors(scope),
        _ => true,
    };
}

/// <summary>A shipment is held up on a leg of its journey.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record ShipmentDelayed : global::EventSchema.IEvent, global::EventSchema.IScopedValidatable
{
    /// <summary>The event type string: <c>corridor.transport.shipment-delayed.v1</c>.</summary>
    public const string EventType = "corridor.transport.shipment-delayed.v1";

    /// <summary>The schema version, from <c>@version</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The event's name for people: "Shipment delayed".</summary>
    public const string DisplayName = "Shipment delayed";

    /// <summary>The <c>shipment</c> field.</summary>
    public required global::System.Guid Shipment { get; init; }

    /// <summary>The <c>leg</c> field.</summary>
    [global::EventSchema.SchemaRules("ShipmentDelayed.leg in transport.eventschema", "Leg")]
    public global::Corridor.Transport.TransportLeg? Leg { get; init; }

    /// <summary>The <c>hours</c> field.</summary>
    [global::EventSchema.SchemaRules("ShipmentDelayed.hours in transport.eventschema", "Hours", Minimum = "1")]
    public required int Hours { get; init; }

    /// <summary>The <c>reason</c> field.</summary>
    [global::EventSchema.SchemaRules("ShipmentDelayed.reason in transport.eventschema", "Reason", MaxLength = 200)]
    public string? Reason { get; init; }

    string global::EventSchema.IEvent.EventType => EventType;

    int global::EventSchema.IEvent.SchemaVersion => SchemaVersion;

    /// <summary>Describes this event for people; without a <c>@summary</c> template, its display name.</summary>
    public string Describe() => DisplayName;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Shipment", this.Shipment, "Leg", this.Leg, "Hours", this.Hours, "Reason", this.Reason);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // leg
        if (this.Leg is not null)
        {
            if (!scope.Merge(ref valid, this.Leg.CollectValidationErrors(scope.Member("leg", "Leg")))) return false;
        }
        // hours
        if (!(this.Hours >= 1) && !scope.Report(ref valid, "hours", "Hours", "minimum", "must be at least 1.")) return false;
        // reason
        if (!scope.Text(ref valid, this.Reason, "reason", "Reason", null, 0, null, 200, "must be at most 200 characters long.")) return false;
        return valid;
    }
}

/// <summary>The events of the corridor's operations feed.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial class CorridorEvent : global::System.IEquatable<CorridorEvent>, global::EventSchema.IScopedValidatable
{
    private readonly object _value;
    private readonly int _member;

    private CorridorEvent(object value, int member)
    {
        _value = value;
        _member = member;
    }

    /// <summary>The name of the property that says on the wire which member a value is: <c>type</c>.</summary>
    public const string DiscriminatorProperty = "type";

    /// <summary>The member value: an instance of exactly one of the member types.</summary>
    public object Value => _value;

    /// <summary>The discriminator value of the member this holds, as written on the wire.</summary>
    public string Discriminator => _member switch
    {
        0 => "corridor.transport.cargo-corridor-agreed.v1",
        1 => "corridor.transport.tariff-changed.v1",
        2 => "corridor.transport.shipment-dispatched.v1",
        3 => "corridor.transport.shipment-delayed.v1",
        _ => throw new global::System.InvalidOperationException(),
    };

    /// <summary>Wraps a <see cref="global::Corridor.Transport.CargoCorridorAgreed"/>.</summary>
    public static CorridorEvent From(global::Corridor.Transport.CargoCorridorAgreed value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 0);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.CargoCorridorAgreed"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator CorridorEvent?(global::Corridor.Transport.CargoCorridorAgreed? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.TariffChanged"/>.</summary>
    public static CorridorEvent From(global::Corridor.Transport.TariffChanged value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 1);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.TariffChanged"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator CorridorEvent?(global::Corridor.Transport.TariffChanged? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.ShipmentDispatched"/>.</summary>
    public static CorridorEvent From(global::Corridor.Transport.ShipmentDispatched value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 2);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.ShipmentDispatched"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator CorridorEvent?(global::Corridor.Transport.ShipmentDispatched? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.ShipmentDelayed"/>.</summary>
    public static CorridorEvent From(global::Corridor.Transport.ShipmentDelayed value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 3);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.ShipmentDelayed"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator CorridorEvent?(global::Corridor.Transport.ShipmentDelayed? value) => value is null ? null : From(value);

    /// <summary>Wraps <paramref name="value"/> when it is one of the members; returns false for any other event.</summary>
    public static bool TryFromEvent(global::EventSchema.IEvent? value, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CorridorEvent? result)
    {
        switch (value)
        {
            case global::Corridor.Transport.CargoCorridorAgreed __member0: result = new CorridorEvent(__member0, 0); return true;
            case global::Corridor.Transport.TariffChanged __member1: result = new CorridorEvent(__member1, 1); return true;
            case global::Corridor.Transport.ShipmentDispatched __member2: result = new CorridorEvent(__member2, 2); return true;
            case global::Corridor.Transport.ShipmentDelayed __member3: result = new CorridorEvent(__member3, 3); return true;
            default: result = null!; return false;
        }
    }

    /// <summary>Wraps <paramref name="value"/>, which must be one of the members.</summary>
    /// <exception cref="global::System.ArgumentException">The event is not one of the members.</exception>
    public static CorridorEvent FromEvent(global::EventSchema.IEvent value)
        => TryFromEvent(value ?? throw new global::System.ArgumentNullException(nameof(value)), out var result) ? result : throw new global::System.ArgumentException("The event " + value.EventType + " is not a member of CorridorEvent; its members are corridor.transport.cargo-corridor-agreed.v1, corridor.transport.tariff-changed.v1, corridor.transport.shipment-dispatched.v1, corridor.transport.shipment-delayed.v1.", nameof(value));

    /// <summary>Calls the function for the member this holds and returns its result; there is one function per member, so none can be forgotten.</summary>
    public TResult Match<TResult>(global::System.Func<global::Corridor.Transport.CargoCorridorAgreed, TResult> cargoCorridorAgreed, global::System.Func<global::Corridor.Transport.TariffChanged, TResult> tariffChanged, global::System.Func<global::Corridor.Transport.ShipmentDispatched, TResult> shipmentDispatched, global::System.Func<global::Corridor.Transport.ShipmentDelayed, TResult> shipmentDelayed)
    {
        switch (_member)
        {
            case 0: return (cargoCorridorAgreed ?? throw new global::System.ArgumentNullException(nameof(cargoCorridorAgreed)))((global::Corridor.Transport.CargoCorridorAgreed)_value);
            case 1: return (tariffChanged ?? throw new global::System.ArgumentNullException(nameof(tariffChanged)))((global::Corridor.Transport.TariffChanged)_value);
            case 2: return (shipmentDispatched ?? throw new global::System.ArgumentNullException(nameof(shipmentDispatched)))((global::Corridor.Transport.ShipmentDispatched)_value);
            case 3: return (shipmentDelayed ?? throw new global::System.ArgumentNullException(nameof(shipmentDelayed)))((global::Corridor.Transport.ShipmentDelayed)_value);
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Calls the action for the member this holds; there is one action per member, so none can be forgotten.</summary>
    public void Switch(global::System.Action<global::Corridor.Transport.CargoCorridorAgreed> cargoCorridorAgreed, global::System.Action<global::Corridor.Transport.TariffChanged> tariffChanged, global::System.Action<global::Corridor.Transport.ShipmentDispatched> shipmentDispatched, global::System.Action<global::Corridor.Transport.ShipmentDelayed> shipmentDelayed)
    {
        switch (_member)
        {
            case 0: (cargoCorridorAgreed ?? throw new global::System.ArgumentNullException(nameof(cargoCorridorAgreed)))((global::Corridor.Transport.CargoCorridorAgreed)_value); return;
            case 1: (tariffChanged ?? throw new global::System.ArgumentNullException(nameof(tariffChanged)))((global::Corridor.Transport.TariffChanged)_value); return;
            case 2: (shipmentDispatched ?? throw new global::System.ArgumentNullException(nameof(shipmentDispatched)))((global::Corridor.Transport.ShipmentDispatched)_value); return;
            case 3: (shipmentDelayed ?? throw new global::System.ArgumentNullException(nameof(shipmentDelayed)))((global::Corridor.Transport.ShipmentDelayed)_value); return;
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Whether both hold the same member with equal values.</summary>
    public bool Equals(CorridorEvent? other) => other is not null && _member == other._member && _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CorridorEvent);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode() * 31 + _member;

    /// <summary>The member value's text.</summary>
    public override string ToString() => _value.ToString() ?? string.Empty;

    /// <summary>Whether both are null, or hold the same member with equal values.</summary>
    public static bool operator ==(CorridorEvent? left, CorridorEvent? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(CorridorEvent? left, CorridorEvent? right) => !(left == right);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks the member value in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this value is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope) => _member switch
    {
        0 => ((global::Corridor.Transport.CargoCorridorAgreed)_value).CollectValidationErrors(scope),
        1 => ((global::Corridor.Transport.TariffChanged)_value).CollectValidationErrors(scope),
        2 => ((global::Corridor.Transport.ShipmentDispatched)_value).CollectValidationErrors(scope),
        3 => ((global::Corridor.Transport.ShipmentDelayed)_value).CollectValidationErrors(scope),
        _ => true,
    };
}

/// <summary>The <c>ShipmentDispatchedLeg</c> union of the schema: one of <see cref="global::Corridor.Transport.RailLeg"/>, <see cref="global::Corridor.Transport.SeaLeg"/>, <see cref="global::Corridor.Transport.RoadLeg"/>.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial class ShipmentDispatchedLeg : global::System.IEquatable<ShipmentDispatchedLeg>, global::EventSchema.IScopedValidatable
{
    private readonly object _value;
    private readonly int _member;

    private ShipmentDispatchedLeg(object value, int member)
    {
        _value = value;
        _member = member;
    }

    /// <summary>The name of the property that says on the wire which member a value is: <c>mode</c>.</summary>
    public const string DiscriminatorProperty = "mode";

    /// <summary>The member value: an instance of exactly one of the member types.</summary>
    public object Value => _value;

    /// <summary>The discriminator value of the member this holds, as written on the wire.</summary>
    public string Discriminator => _member switch
    {
        0 => "rail",
        1 => "sea",
        2 => "road",
        _ => throw new global::System.InvalidOperationException(),
    };

    /// <summary>Wraps a <see cref="global::Corridor.Transport.RailLeg"/>.</summary>
    public static ShipmentDispatchedLeg From(global::Corridor.Transport.RailLeg value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 0);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.RailLeg"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator ShipmentDispatchedLeg?(global::Corridor.Transport.RailLeg? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.SeaLeg"/>.</summary>
    public static ShipmentDispatchedLeg From(global::Corridor.Transport.SeaLeg value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 1);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.SeaLeg"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator ShipmentDispatchedLeg?(global::Corridor.Transport.SeaLeg? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.RoadLeg"/>.</summary>
    public static ShipmentDispatchedLeg From(global::Corridor.Transport.RoadLeg value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 2);

    /// <summary>Wraps a <see cref="global::Corridor.Transport.RoadLeg"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator ShipmentDispatchedLeg?(global::Corridor.Transport.RoadLeg? value) => value is null ? null : From(value);

    /// <summary>Calls the function for the member this holds and returns its result; there is one function per member, so none can be forgotten.</summary>
    public TResult Match<TResult>(global::System.Func<global::Corridor.Transport.RailLeg, TResult> railLeg, global::System.Func<global::Corridor.Transport.SeaLeg, TResult> seaLeg, global::System.Func<global::Corridor.Transport.RoadLeg, TResult> roadLeg)
    {
        switch (_member)
        {
            case 0: return (railLeg ?? throw new global::System.ArgumentNullException(nameof(railLeg)))((global::Corridor.Transport.RailLeg)_value);
            case 1: return (seaLeg ?? throw new global::System.ArgumentNullException(nameof(seaLeg)))((global::Corridor.Transport.SeaLeg)_value);
            case 2: return (roadLeg ?? throw new global::System.ArgumentNullException(nameof(roadLeg)))((global::Corridor.Transport.RoadLeg)_value);
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Calls the action for the member this holds; there is one action per member, so none can be forgotten.</summary>
    public void Switch(global::System.Action<global::Corridor.Transport.RailLeg> railLeg, global::System.Action<global::Corridor.Transport.SeaLeg> seaLeg, global::System.Action<global::Corridor.Transport.RoadLeg> roadLeg)
    {
        switch (_member)
        {
            case 0: (railLeg ?? throw new global::System.ArgumentNullException(nameof(railLeg)))((global::Corridor.Transport.RailLeg)_value); return;
            case 1: (seaLeg ?? throw new global::System.ArgumentNullException(nameof(seaLeg)))((global::Corridor.Transport.SeaLeg)_value); return;
            case 2: (roadLeg ?? throw new global::System.ArgumentNullException(nameof(roadLeg)))((global::Corridor.Transport.RoadLeg)_value); return;
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Whether both hold the same member with equal values.</summary>
    public bool Equals(ShipmentDispatchedLeg? other) => other is not null && _member == other._member && _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ShipmentDispatchedLeg);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode() * 31 + _member;

    /// <summary>The member value's text.</summary>
    public override string ToString() => _value.ToString() ?? string.Empty;

    /// <summary>Whether both are null, or hold the same member with equal values.</summary>
    public static bool operator ==(ShipmentDispatchedLeg? left, ShipmentDispatchedLeg? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(ShipmentDispatchedLeg? left, ShipmentDispatchedLeg? right) => !(left == right);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks the member value in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this value is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope) => _member switch
    {
        0 => ((global::Corridor.Transport.RailLeg)_value).CollectValidationErrors(scope),
        1 => ((global::Corridor.Transport.SeaLeg)_value).CollectValidationErrors(scope),
        2 => ((global::Corridor.Transport.RoadLeg)_value).CollectValidationErrors(scope),
        _ => true,
    };
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(PortCodeJsonConverter))]
readonly partial record struct PortCode;

/// <summary>Reads and writes <see cref="PortCode"/> as its raw value (and as a dictionary key), checking the scalar's rules on the way in.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class PortCodeJsonConverter : global::EventSchema.Json.ScalarJsonConverter<global::Corridor.Transport.PortCode, string>
{
    /// <inheritdoc />
    public override global::Corridor.Transport.PortCode Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        => ReadValue(ref reader, global::EventSchema.Json.EventJsonOptions.For(options));

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Transport.PortCode value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the raw value.</summary>
    public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Transport.PortCode value)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        WriteRaw(ref raw, value, null);
        raw.Complete();
    }

    /// <summary>Writes the raw value into a raw writer as the value of <paramref name="property"/> (null for an item); used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteRaw(ref global::EventSchema.Json.JsonRawWriter raw, global::Corridor.Transport.PortCode value, string? property)
    {
        if (value.ValueOrNull is null) throw global::EventSchema.Json.JsonWriteErrors.UnsetScalar("PortCode", property);
        raw.String(value.Value);
    }

    /// <summary>Reads the raw value and checks the scalar's rules.</summary>
    public static global::Corridor.Transport.PortCode ReadValue(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        var raw = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options);
        try
        {
            return global::Corridor.Transport.PortCode.From(raw);
        }
        catch (global::System.ArgumentException error)
        {
            throw global::EventSchema.Json.JsonReadErrors.InvalidScalar("PortCode", error);
        }
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record Port : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("Port", new string[] { "code", "name" }, 0, 1);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "code", "name" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Port\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"code\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.PortCode\"\n    },\n    \"name\": {\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 120\n    }\n  },\n  \"required\": [\n    \"code\",\n    \"name\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A port, terminal or border station of the Middle Corridor.\"", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_PortCode);
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
        raw.Name(",\"code\":"u8); global::Corridor.Transport.PortCodeJsonConverter.WriteRaw(ref raw, this.Code, "code");
        raw.Name(",\"name\":"u8);
        if (this.Name is { } __Name) raw.String(__Name); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("name");
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
        global::Corridor.Transport.PortCode __v0 = default;
        string? __v1 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Corridor.Transport.PortCodeJsonConverter.ReadValue(ref reader, options); break;
                    case 1: __v1 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
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
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record RailLeg : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("RailLeg", new string[] { "from", "to", "operator", "wagons" }, 0, 1, 2, 3);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "from", "to", "operator", "wagons" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Corridor.Transport.Port.__wireNameMap!, static () => global::Corridor.Transport.Port.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"RailLeg\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"from\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n    },\n    \"to\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n    },\n    \"operator\": {\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 80\n    },\n    \"wagons\": {\n      \"type\": \"integer\",\n      \"minimum\": 1,\n      \"maximum\": 2147483647\n    }\n  },\n  \"required\": [\n    \"from\",\n    \"to\",\n    \"operator\",\n    \"wagons\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"Freight moved by rail, such as the Baku\\u2013Tbilisi\\u2013Kars line.\"", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_Port, global::Corridor.Transport.__JsonSchemaDefinitions.T_PortCode);
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
        raw.Name(",\"operator\":"u8);
        if (this.Operator is { } __Operator) raw.String(__Operator); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("operator");
        raw.Name(",\"wagons\":"u8); raw.Number(this.Wagons);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static RailLeg ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static RailLeg FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static RailLeg FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<RailLeg> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static RailLeg __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Corridor.Transport.Port? __v0 = default;
        global::Corridor.Transport.Port? __v1 = default;
        string? __v2 = default;
        int __v3 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Corridor.Transport.Port.__ReadJson(ref reader, options); break;
                    case 1: __v1 = global::Corridor.Transport.Port.__ReadJson(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadInt32(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new RailLeg
        {
            From = __v0!,
            To = __v1!,
            Operator = __v2!,
            Wagons = __v3,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record SeaLeg : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("SeaLeg", new string[] { "from", "to", "vessel", "containers" }, 0, 1, 2);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "from", "to", "vessel", "containers" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Corridor.Transport.Port.__wireNameMap!, static () => global::Corridor.Transport.Port.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"SeaLeg\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"from\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n    },\n    \"to\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n    },\n    \"vessel\": {\n      \"type\": \"string\",\n      \"minLength\": 1,\n      \"maxLength\": 80\n    },\n    \"containers\": {\n      \"type\": \"integer\",\n      \"minimum\": 0,\n      \"maximum\": 2147483647,\n      \"default\": 0\n    }\n  },\n  \"required\": [\n    \"from\",\n    \"to\",\n    \"vessel\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"Freight moved across the Caspian or Black Sea.\"", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_Port, global::Corridor.Transport.__JsonSchemaDefinitions.T_PortCode);
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
        raw.Name(",\"vessel\":"u8);
        if (this.Vessel is { } __Vessel) raw.String(__Vessel); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("vessel");
        raw.Name(",\"containers\":"u8); raw.Number(this.Containers);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static SeaLeg ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static SeaLeg FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static SeaLeg FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<SeaLeg> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static SeaLeg __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Corridor.Transport.Port? __v0 = default;
        global::Corridor.Transport.Port? __v1 = default;
        string? __v2 = default;
        int __v3 = 0;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Corridor.Transport.Port.__ReadJson(ref reader, options); break;
                    case 1: __v1 = global::Corridor.Transport.Port.__ReadJson(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadInt32(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new SeaLeg
        {
            From = __v0!,
            To = __v1!,
            Vessel = __v2!,
            Containers = __v3,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record RoadLeg : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("RoadLeg", new string[] { "from", "to", "plate" }, 0, 1);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "from", "to", "plate" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Corridor.Transport.Port.__wireNameMap!, static () => global::Corridor.Transport.Port.__wireNameMap!, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"RoadLeg\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"from\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n    },\n    \"to\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n    },\n    \"plate\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n      \"pattern\": \"^[A-Z0-9-]{2,12}$\"\n    }\n  },\n  \"required\": [\n    \"from\",\n    \"to\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"Freight moved by truck.\"", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_Port, global::Corridor.Transport.__JsonSchemaDefinitions.T_PortCode);
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
        if (this.Plate is { } __Plate) { raw.Name(",\"plate\":"u8); raw.String(__Plate); }
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static RoadLeg ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static RoadLeg FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static RoadLeg FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<RoadLeg> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static RoadLeg __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::Corridor.Transport.Port? __v0 = default;
        global::Corridor.Transport.Port? __v1 = default;
        string? __v2 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Corridor.Transport.Port.__ReadJson(ref reader, options); break;
                    case 1: __v1 = global::Corridor.Transport.Port.__ReadJson(ref reader, options); break;
                    case 2: __v2 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new RoadLeg
        {
            From = __v0!,
            To = __v1!,
            Plate = __v2,
        };
    }

}

/// <summary>Reads and writes <see cref="TariffUnit"/> as the strings its members have in the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed class TariffUnitJsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::Corridor.Transport.TariffUnit>
{
    private static readonly global::System.Text.Json.JsonEncodedText __JsonContainer = global::System.Text.Json.JsonEncodedText.Encode("per-container");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonTonne = global::System.Text.Json.JsonEncodedText.Encode("per-tonne");
    private static readonly global::System.Text.Json.JsonEncodedText __JsonWagon = global::System.Text.Json.JsonEncodedText.Encode("per-wagon");

    /// <inheritdoc />
    public override global::Corridor.Transport.TariffUnit Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Transport.TariffUnit value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);

    /// <inheritdoc />
    public override global::Corridor.Transport.TariffUnit ReadAsPropertyName(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Transport.TariffUnit value, global::System.Text.Json.JsonSerializerOptions options) => writer.WritePropertyName(Encoded(value));

    /// <summary>Writes <paramref name="value"/> as its schema string.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::Corridor.Transport.TariffUnit value) => writer.WriteStringValue(Encoded(value));

    /// <summary>Writes <paramref name="value"/> as its schema string into a raw writer; used by generated code.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteRaw(ref global::EventSchema.Json.JsonRawWriter raw, global::Corridor.Transport.TariffUnit value) => raw.String(Encoded(value));

    private static global::System.Text.Json.JsonEncodedText Encoded(global::Corridor.Transport.TariffUnit value) => value switch
    {
        global::Corridor.Transport.TariffUnit.Container => __JsonContainer,
        global::Corridor.Transport.TariffUnit.Tonne => __JsonTonne,
        global::Corridor.Transport.TariffUnit.Wagon => __JsonWagon,
        _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "The value is not a declared TariffUnit member, so it has no JSON text: the reader would refuse it. Validate() reports it with code 'enum'."),
    };

    /// <summary>Reads a member from its schema string; any other value is a <see cref="global::System.Text.Json.JsonException"/>.</summary>
    public static global::Corridor.Transport.TariffUnit ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.String && reader.TokenType != global::System.Text.Json.JsonTokenType.PropertyName) throw global::EventSchema.Json.JsonReadErrors.UnexpectedToken("a string", reader.TokenType);
        global::EventSchema.Json.JsonStringDecoder.CheckEscapes(in reader);
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            global::System.ReadOnlySpan<byte> text = reader.ValueSpan;
            switch (text.Length)
            {
                case 9:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "per-tonne"u8)) return global::Corridor.Transport.TariffUnit.Tonne;
                    if (global::System.MemoryExtensions.SequenceEqual(text, "per-wagon"u8)) return global::Corridor.Transport.TariffUnit.Wagon;
                    break;
                case 13:
                    if (global::System.MemoryExtensions.SequenceEqual(text, "per-container"u8)) return global::Corridor.Transport.TariffUnit.Container;
                    break;
            }
        }
        else
        {
            if (reader.ValueTextEquals(__JsonContainer.EncodedUtf8Bytes)) return global::Corridor.Transport.TariffUnit.Container;
            if (reader.ValueTextEquals(__JsonTonne.EncodedUtf8Bytes)) return global::Corridor.Transport.TariffUnit.Tonne;
            if (reader.ValueTextEquals(__JsonWagon.EncodedUtf8Bytes)) return global::Corridor.Transport.TariffUnit.Wagon;
        }
        throw global::EventSchema.Json.JsonReadErrors.UnknownEnumValue(ref reader, "TariffUnit", "per-container, per-tonne, per-wagon");
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record CargoCorridorAgreed : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("CargoCorridorAgreed", new string[] { "origin", "destination", "parties", "agreedOn" }, 0, 1, 2, 3);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "origin", "destination", "parties", "agreedOn" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Corridor.Transport.Port.__wireNameMap!, static () => global::Corridor.Transport.Port.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"CargoCorridorAgreed\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"origin\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n    },\n    \"destination\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n    },\n    \"parties\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"string\"\n      },\n      \"minItems\": 2\n    },\n    \"agreedOn\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    }\n  },\n  \"required\": [\n    \"origin\",\n    \"destination\",\n    \"parties\",\n    \"agreedOn\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"Governments agree to develop a corridor between two ports.\"", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_Port, global::Corridor.Transport.__JsonSchemaDefinitions.T_PortCode);
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
        raw.Name(",\"origin\":"u8);
        if (this.Origin is { } __Origin) __Origin.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("origin");
        raw.Name(",\"destination\":"u8);
        if (this.Destination is { } __Destination) __Destination.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("destination");
        raw.Name(",\"parties\":"u8);
        if (this.Parties is { } __Parties) global::EventSchema.Json.JsonRawLists.RequiredStrings(ref raw, __Parties); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("parties");
        raw.Name(",\"agreedOn\":"u8); raw.String(this.AgreedOn);
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
        global::Corridor.Transport.Port? __v0 = default;
        global::Corridor.Transport.Port? __v1 = default;
        global::System.Collections.Generic.IReadOnlyList<string>? __v2 = default;
        global::System.DateOnly __v3 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::Corridor.Transport.Port.__ReadJson(ref reader, options); break;
                    case 1: __v1 = global::Corridor.Transport.Port.__ReadJson(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonCollectionReader.ReadList<string>(ref reader, options, global::EventSchema.Json.JsonItemReaders.String); break;
                    case 3: __v3 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
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
            Origin = __v0!,
            Destination = __v1!,
            Parties = __v2!,
            AgreedOn = __v3,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record TariffChanged : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("TariffChanged", new string[] { "route", "amount", "currency", "unit", "effectiveFrom" }, 0, 1, 2, 3, 4);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "route", "amount", "currency", "unit", "effectiveFrom" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, null, null, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"TariffChanged\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"route\": {\n      \"type\": \"string\"\n    },\n    \"amount\": {\n      \"type\": \"number\",\n      \"minimum\": 0,\n      \"maximum\": 79228162514264337593543950335\n    },\n    \"currency\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[A-Z]{3}$\"\n    },\n    \"unit\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.TariffUnit\"\n    },\n    \"effectiveFrom\": {\n      \"type\": \"string\",\n      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n    }\n  },\n  \"required\": [\n    \"route\",\n    \"amount\",\n    \"currency\",\n    \"unit\",\n    \"effectiveFrom\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A through tariff along the corridor changes.\"", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_TariffUnit);
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
        raw.Name(",\"route\":"u8);
        if (this.Route is { } __Route) raw.String(__Route); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("route");
        raw.Name(",\"amount\":"u8); raw.Number(this.Amount);
        raw.Name(",\"currency\":"u8);
        if (this.Currency is { } __Currency) raw.String(__Currency); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("currency");
        raw.Name(",\"unit\":"u8); global::Corridor.Transport.TariffUnitJsonConverter.WriteRaw(ref raw, this.Unit);
        raw.Name(",\"effectiveFrom\":"u8); raw.String(this.EffectiveFrom);
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
        string? __v0 = default;
        decimal __v1 = default;
        string? __v2 = default;
        global::Corridor.Transport.TariffUnit __v3 = default;
        global::System.DateOnly __v4 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 1: __v1 = global::EventSchema.Json.JsonValueReader.ReadDecimal(ref reader); break;
                    case 2: __v2 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                    case 3: __v3 = global::Corridor.Transport.TariffUnitJsonConverter.ReadValue(ref reader); break;
                    case 4: __v4 = global::EventSchema.Json.JsonValueReader.ReadDate(ref reader); break;
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
            Route = __v0!,
            Amount = __v1,
            Currency = __v2!,
            Unit = __v3,
            EffectiveFrom = __v4,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record ShipmentDispatched : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("ShipmentDispatched", new string[] { "shipment", "leg", "dispatchedAt" }, 0, 1, 2);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "shipment", "leg", "dispatchedAt" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, static () => global::Corridor.Transport.ShipmentDispatchedLeg.__wireNameMap!, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"ShipmentDispatched\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"shipment\": {\n      \"type\": \"string\",\n      \"format\": \"uuid\",\n      \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n    },\n    \"leg\": {\n      \"$ref\": \"#/$defs/Corridor.Transport.ShipmentDispatchedLeg\"\n    },\n    \"dispatchedAt\": {\n      \"type\": \"string\",\n      \"format\": \"date-time\",\n      \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\\\.[0-9]+)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$\"\n    }\n  },\n  \"required\": [\n    \"shipment\",\n    \"leg\",\n    \"dispatchedAt\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A shipment leaves on one leg of its journey: by rail, sea or road.\"", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_Port, global::Corridor.Transport.__JsonSchemaDefinitions.T_PortCode, global::Corridor.Transport.__JsonSchemaDefinitions.T_ShipmentDispatchedLeg);
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
        raw.Name(",\"shipment\":"u8); raw.String(this.Shipment);
        raw.Name(",\"leg\":"u8);
        if (this.Leg is { } __Leg) __Leg.__WriteJsonRaw(ref raw); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("leg");
        raw.Name(",\"dispatchedAt\":"u8); raw.String(this.DispatchedAt);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static ShipmentDispatched ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static ShipmentDispatched FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static ShipmentDispatched FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<ShipmentDispatched> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static ShipmentDispatched __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::System.Guid __v0 = default;
        global::Corridor.Transport.ShipmentDispatchedLeg? __v1 = default;
        global::System.DateTimeOffset __v2 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadGuid(ref reader); break;
                    case 1: __v1 = global::Corridor.Transport.ShipmentDispatchedLeg.__ReadJson(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonValueReader.ReadDateTimeOffset(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new ShipmentDispatched
        {
            Shipment = __v0,
            Leg = __v1!,
            DispatchedAt = __v2,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial class TransportLeg : global::EventSchema.Json.IJsonWritable
{
    private const string __KnownDiscriminators = "'rail', 'sea', 'road'";
    /// <summary>The members' maps of schema names to JSON names, for error paths; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = global::EventSchema.Json.JsonNameMap.ForUnion(new global::System.Func<global::EventSchema.Json.JsonNameMap>[] { static () => global::Corridor.Transport.RailLeg.__wireNameMap, static () => global::Corridor.Transport.SeaLeg.__wireNameMap, static () => global::Corridor.Transport.RoadLeg.__wireNameMap });

    /// <summary>The JSON Schema (draft 2020-12) of this union's JSON form: <c>oneOf</c> its members, each with its discriminator value.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"TransportLeg\",\n  \"type\": \"object\",\n  \"required\": [\n    \"mode\"\n  ],\n  \"oneOf\": [\n    {\n      \"title\": \"RailLeg\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"mode\": {\n          \"const\": \"rail\"\n        },\n        \"from\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"operator\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 80\n        },\n        \"wagons\": {\n          \"type\": \"integer\",\n          \"minimum\": 1,\n          \"maximum\": 2147483647\n        }\n      },\n      \"required\": [\n        \"mode\",\n        \"from\",\n        \"to\",\n        \"operator\",\n        \"wagons\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Freight moved by rail, such as the Baku\\u2013Tbilisi\\u2013Kars line.\"\n    },\n    {\n      \"title\": \"SeaLeg\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"mode\": {\n          \"const\": \"sea\"\n        },\n        \"from\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"vessel\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 80\n        },\n        \"containers\": {\n          \"type\": \"integer\",\n          \"minimum\": 0,\n          \"maximum\": 2147483647,\n          \"default\": 0\n        }\n      },\n      \"required\": [\n        \"mode\",\n        \"from\",\n        \"to\",\n        \"vessel\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Freight moved across the Caspian or Black Sea.\"\n    },\n    {\n      \"title\": \"RoadLeg\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"mode\": {\n          \"const\": \"road\"\n        },\n        \"from\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"plate\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"pattern\": \"^[A-Z0-9-]{2,12}$\"\n        }\n      },\n      \"required\": [\n        \"mode\",\n        \"from\",\n        \"to\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Freight moved by truck.\"\n    }\n  ],\n  \"description\": \"One leg of a shipment's journey, named so several events can share it.\"", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_Port, global::Corridor.Transport.__JsonSchemaDefinitions.T_PortCode);
    private static string? __jsonSchema;

    /// <summary>This union's discriminator, reader and writer, for code that is generic over unions, such as the Kafka serializers.</summary>
    public static global::EventSchema.Json.UnionTypeInfo<global::Corridor.Transport.TransportLeg> UnionInfo { get; } = new global::EventSchema.Json.UnionTypeInfo<global::Corridor.Transport.TransportLeg>(
        "TransportLeg", DiscriminatorProperty, new string[] { "rail", "sea", "road" }, JsonSchema,
        static (ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options) => ReadJson(ref reader, options),
        static (writer, value) => value.WriteJson(writer),
        static value => value.Validate(),
        null);

    /// <summary>Writes the member as a JSON object whose first property is the discriminator.</summary>
    public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        __WriteJsonRaw(ref raw);
        raw.Complete();
    }

    /// <summary>Writes this value into a raw writer, the discriminator first; used by generated code.</summary>
    /// <param name="raw">The raw writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void __WriteJsonRaw(ref global::EventSchema.Json.JsonRawWriter raw)
    {
        raw.StartObject();
        raw.Name(",\"mode\":"u8);
        switch (_member)
        {
            case 0: raw.String("rail"); ((global::Corridor.Transport.RailLeg)_value).__WriteJsonRawMembers(ref raw); break;
            case 1: raw.String("sea"); ((global::Corridor.Transport.SeaLeg)_value).__WriteJsonRawMembers(ref raw); break;
            case 2: raw.String("road"); ((global::Corridor.Transport.RoadLeg)_value).__WriteJsonRawMembers(ref raw); break;
        }
        raw.EndObject();
    }

    /// <summary>
    /// Reads a value from JSON: the discriminator says which member follows, wherever it is in the object. A missing,
    /// unknown or non-string discriminator, or a wrong member value, is a <see cref="global::System.Text.Json.JsonException"/>.
    /// The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static TransportLeg ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson"/>.</summary>
    public static TransportLeg FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson"/>.</summary>
    public static TransportLeg FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<TransportLeg> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="options">The reading options.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static TransportLeg __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        string __discriminator = global::EventSchema.Json.JsonUnionReader.ReadDiscriminator(reader, DiscriminatorProperty, "TransportLeg", __KnownDiscriminators, options);
        using var __scope = global::EventSchema.Json.JsonUnionReader.Expect(DiscriminatorProperty, reader.CurrentDepth);
        switch (__discriminator)
        {
            case "rail": return new TransportLeg(global::Corridor.Transport.RailLeg.__ReadJson(ref reader, options), 0);
            case "sea": return new TransportLeg(global::Corridor.Transport.SeaLeg.__ReadJson(ref reader, options), 1);
            case "road": return new TransportLeg(global::Corridor.Transport.RoadLeg.__ReadJson(ref reader, options), 2);
            default: throw global::EventSchema.Json.JsonReadErrors.UnknownDiscriminator(__discriminator, DiscriminatorProperty, "TransportLeg", __KnownDiscriminators);
        }
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record ShipmentDelayed : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("ShipmentDelayed", new string[] { "shipment", "leg", "hours", "reason" }, 0, 2);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "shipment", "leg", "hours", "reason" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null, static () => global::Corridor.Transport.TransportLeg.__wireNameMap!, null, null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"ShipmentDelayed\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"shipment\": {\n      \"type\": \"string\",\n      \"format\": \"uuid\",\n      \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n    },\n    \"leg\": {\n      \"anyOf\": [\n        {\n          \"$ref\": \"#/$defs/Corridor.Transport.TransportLeg\"\n        },\n        {\n          \"type\": \"null\"\n        }\n      ]\n    },\n    \"hours\": {\n      \"type\": \"integer\",\n      \"minimum\": 1,\n      \"maximum\": 2147483647\n    },\n    \"reason\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n      \"maxLength\": 200\n    }\n  },\n  \"required\": [\n    \"shipment\",\n    \"hours\"\n  ],\n  \"additionalProperties\": true,\n  \"description\": \"A shipment is held up on a leg of its journey.\"", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_Port, global::Corridor.Transport.__JsonSchemaDefinitions.T_PortCode, global::Corridor.Transport.__JsonSchemaDefinitions.T_TransportLeg);
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
        raw.Name(",\"shipment\":"u8); raw.String(this.Shipment);
        if (this.Leg is { } __Leg) { raw.Name(",\"leg\":"u8); __Leg.__WriteJsonRaw(ref raw); }
        raw.Name(",\"hours\":"u8); raw.Number(this.Hours);
        if (this.Reason is { } __Reason) { raw.Name(",\"reason\":"u8); raw.String(__Reason); }
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static ShipmentDelayed ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static ShipmentDelayed FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static ShipmentDelayed FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<ShipmentDelayed> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static ShipmentDelayed __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::System.Guid __v0 = default;
        global::Corridor.Transport.TransportLeg? __v1 = default;
        int __v2 = default;
        string? __v3 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadGuid(ref reader); break;
                    case 1: __v1 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::Corridor.Transport.TransportLeg.__ReadJson(ref reader, options); break;
                    case 2: __v2 = global::EventSchema.Json.JsonValueReader.ReadInt32(ref reader); break;
                    case 3: __v3 = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new ShipmentDelayed
        {
            Shipment = __v0,
            Leg = __v1,
            Hours = __v2,
            Reason = __v3,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial class CorridorEvent : global::EventSchema.Json.IJsonWritable
{
    private const string __KnownDiscriminators = "'corridor.transport.cargo-corridor-agreed.v1', 'corridor.transport.tariff-changed.v1', 'corridor.transport.shipment-dispatched.v1', 'corridor.transport.shipment-delayed.v1'";
    /// <summary>The members' maps of schema names to JSON names, for error paths; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = global::EventSchema.Json.JsonNameMap.ForUnion(new global::System.Func<global::EventSchema.Json.JsonNameMap>[] { static () => global::Corridor.Transport.CargoCorridorAgreed.__wireNameMap, static () => global::Corridor.Transport.TariffChanged.__wireNameMap, static () => global::Corridor.Transport.ShipmentDispatched.__wireNameMap, static () => global::Corridor.Transport.ShipmentDelayed.__wireNameMap });

    /// <summary>The JSON Schema (draft 2020-12) of this union's JSON form: <c>oneOf</c> its members, each with its discriminator value.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"CorridorEvent\",\n  \"type\": \"object\",\n  \"required\": [\n    \"type\"\n  ],\n  \"oneOf\": [\n    {\n      \"title\": \"CargoCorridorAgreed\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"corridor.transport.cargo-corridor-agreed.v1\"\n        },\n        \"origin\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"destination\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"parties\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\"\n          },\n          \"minItems\": 2\n        },\n        \"agreedOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"origin\",\n        \"destination\",\n        \"parties\",\n        \"agreedOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Governments agree to develop a corridor between two ports.\"\n    },\n    {\n      \"title\": \"TariffChanged\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"corridor.transport.tariff-changed.v1\"\n        },\n        \"route\": {\n          \"type\": \"string\"\n        },\n        \"amount\": {\n          \"type\": \"number\",\n          \"minimum\": 0,\n          \"maximum\": 79228162514264337593543950335\n        },\n        \"currency\": {\n          \"type\": \"string\",\n          \"pattern\": \"^[A-Z]{3}$\"\n        },\n        \"unit\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.TariffUnit\"\n        },\n        \"effectiveFrom\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"route\",\n        \"amount\",\n        \"currency\",\n        \"unit\",\n        \"effectiveFrom\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A through tariff along the corridor changes.\"\n    },\n    {\n      \"title\": \"ShipmentDispatched\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"corridor.transport.shipment-dispatched.v1\"\n        },\n        \"shipment\": {\n          \"type\": \"string\",\n          \"format\": \"uuid\",\n          \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n        },\n        \"leg\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.ShipmentDispatchedLeg\"\n        },\n        \"dispatchedAt\": {\n          \"type\": \"string\",\n          \"format\": \"date-time\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\\\.[0-9]+)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"shipment\",\n        \"leg\",\n        \"dispatchedAt\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A shipment leaves on one leg of its journey: by rail, sea or road.\"\n    },\n    {\n      \"title\": \"ShipmentDelayed\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"corridor.transport.shipment-delayed.v1\"\n        },\n        \"shipment\": {\n          \"type\": \"string\",\n          \"format\": \"uuid\",\n          \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n        },\n        \"leg\": {\n          \"anyOf\": [\n            {\n              \"$ref\": \"#/$defs/Corridor.Transport.TransportLeg\"\n            },\n            {\n              \"type\": \"null\"\n            }\n          ]\n        },\n        \"hours\": {\n          \"type\": \"integer\",\n          \"minimum\": 1,\n          \"maximum\": 2147483647\n        },\n        \"reason\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"maxLength\": 200\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"shipment\",\n        \"hours\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A shipment is held up on a leg of its journey.\"\n    }\n  ],\n  \"description\": \"The events of the corridor's operations feed.\"", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_Port, global::Corridor.Transport.__JsonSchemaDefinitions.T_PortCode, global::Corridor.Transport.__JsonSchemaDefinitions.T_ShipmentDispatchedLeg, global::Corridor.Transport.__JsonSchemaDefinitions.T_TariffUnit, global::Corridor.Transport.__JsonSchemaDefinitions.T_TransportLeg);
    private static string? __jsonSchema;

    /// <summary>This union's discriminator, reader and writer, for code that is generic over unions, such as the Kafka serializers.</summary>
    public static global::EventSchema.Json.UnionTypeInfo<global::Corridor.Transport.CorridorEvent> UnionInfo { get; } = new global::EventSchema.Json.UnionTypeInfo<global::Corridor.Transport.CorridorEvent>(
        "CorridorEvent", DiscriminatorProperty, new string[] { "corridor.transport.cargo-corridor-agreed.v1", "corridor.transport.tariff-changed.v1", "corridor.transport.shipment-dispatched.v1", "corridor.transport.shipment-delayed.v1" }, JsonSchema,
        static (ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options) => ReadJson(ref reader, options),
        static (writer, value) => value.WriteJson(writer),
        static value => value.Validate(),
        static value => TryFromEvent(value, out var result) ? result : null);

    /// <summary>Writes the member as a JSON object whose first property is the discriminator.</summary>
    public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        __WriteJsonRaw(ref raw);
        raw.Complete();
    }

    /// <summary>Writes this value into a raw writer, the discriminator first; used by generated code.</summary>
    /// <param name="raw">The raw writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void __WriteJsonRaw(ref global::EventSchema.Json.JsonRawWriter raw)
    {
        raw.StartObject();
        raw.Name(",\"type\":"u8);
        switch (_member)
        {
            case 0: raw.String("corridor.transport.cargo-corridor-agreed.v1"); ((global::Corridor.Transport.CargoCorridorAgreed)_value).__WriteJsonRawMembers(ref raw); break;
            case 1: raw.String("corridor.transport.tariff-changed.v1"); ((global::Corridor.Transport.TariffChanged)_value).__WriteJsonRawMembers(ref raw); break;
            case 2: raw.String("corridor.transport.shipment-dispatched.v1"); ((global::Corridor.Transport.ShipmentDispatched)_value).__WriteJsonRawMembers(ref raw); break;
            case 3: raw.String("corridor.transport.shipment-delayed.v1"); ((global::Corridor.Transport.ShipmentDelayed)_value).__WriteJsonRawMembers(ref raw); break;
        }
        raw.EndObject();
    }

    /// <summary>
    /// Reads a value from JSON: the discriminator says which member follows, wherever it is in the object. A missing,
    /// unknown or non-string discriminator, or a wrong member value, is a <see cref="global::System.Text.Json.JsonException"/>.
    /// The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static CorridorEvent ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson"/>.</summary>
    public static CorridorEvent FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson"/>.</summary>
    public static CorridorEvent FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<CorridorEvent> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="options">The reading options.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static CorridorEvent __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        string __discriminator = global::EventSchema.Json.JsonUnionReader.ReadDiscriminator(reader, DiscriminatorProperty, "CorridorEvent", __KnownDiscriminators, options);
        using var __scope = global::EventSchema.Json.JsonUnionReader.Expect(DiscriminatorProperty, reader.CurrentDepth);
        switch (__discriminator)
        {
            case "corridor.transport.cargo-corridor-agreed.v1": return new CorridorEvent(global::Corridor.Transport.CargoCorridorAgreed.__ReadJson(ref reader, options), 0);
            case "corridor.transport.tariff-changed.v1": return new CorridorEvent(global::Corridor.Transport.TariffChanged.__ReadJson(ref reader, options), 1);
            case "corridor.transport.shipment-dispatched.v1": return new CorridorEvent(global::Corridor.Transport.ShipmentDispatched.__ReadJson(ref reader, options), 2);
            case "corridor.transport.shipment-delayed.v1": return new CorridorEvent(global::Corridor.Transport.ShipmentDelayed.__ReadJson(ref reader, options), 3);
            default: throw global::EventSchema.Json.JsonReadErrors.UnknownDiscriminator(__discriminator, DiscriminatorProperty, "CorridorEvent", __KnownDiscriminators);
        }
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial class ShipmentDispatchedLeg : global::EventSchema.Json.IJsonWritable
{
    private const string __KnownDiscriminators = "'rail', 'sea', 'road'";
    /// <summary>The members' maps of schema names to JSON names, for error paths; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = global::EventSchema.Json.JsonNameMap.ForUnion(new global::System.Func<global::EventSchema.Json.JsonNameMap>[] { static () => global::Corridor.Transport.RailLeg.__wireNameMap, static () => global::Corridor.Transport.SeaLeg.__wireNameMap, static () => global::Corridor.Transport.RoadLeg.__wireNameMap });

    /// <summary>The JSON Schema (draft 2020-12) of this union's JSON form: <c>oneOf</c> its members, each with its discriminator value.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"ShipmentDispatchedLeg\",\n  \"type\": \"object\",\n  \"required\": [\n    \"mode\"\n  ],\n  \"oneOf\": [\n    {\n      \"title\": \"RailLeg\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"mode\": {\n          \"const\": \"rail\"\n        },\n        \"from\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"operator\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 80\n        },\n        \"wagons\": {\n          \"type\": \"integer\",\n          \"minimum\": 1,\n          \"maximum\": 2147483647\n        }\n      },\n      \"required\": [\n        \"mode\",\n        \"from\",\n        \"to\",\n        \"operator\",\n        \"wagons\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Freight moved by rail, such as the Baku\\u2013Tbilisi\\u2013Kars line.\"\n    },\n    {\n      \"title\": \"SeaLeg\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"mode\": {\n          \"const\": \"sea\"\n        },\n        \"from\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"vessel\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 80\n        },\n        \"containers\": {\n          \"type\": \"integer\",\n          \"minimum\": 0,\n          \"maximum\": 2147483647,\n          \"default\": 0\n        }\n      },\n      \"required\": [\n        \"mode\",\n        \"from\",\n        \"to\",\n        \"vessel\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Freight moved across the Caspian or Black Sea.\"\n    },\n    {\n      \"title\": \"RoadLeg\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"mode\": {\n          \"const\": \"road\"\n        },\n        \"from\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"plate\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"pattern\": \"^[A-Z0-9-]{2,12}$\"\n        }\n      },\n      \"required\": [\n        \"mode\",\n        \"from\",\n        \"to\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Freight moved by truck.\"\n    }\n  ]", null, global::Corridor.Transport.__JsonSchemaDefinitions.T_Port, global::Corridor.Transport.__JsonSchemaDefinitions.T_PortCode);
    private static string? __jsonSchema;

    /// <summary>This union's discriminator, reader and writer, for code that is generic over unions, such as the Kafka serializers.</summary>
    public static global::EventSchema.Json.UnionTypeInfo<global::Corridor.Transport.ShipmentDispatchedLeg> UnionInfo { get; } = new global::EventSchema.Json.UnionTypeInfo<global::Corridor.Transport.ShipmentDispatchedLeg>(
        "ShipmentDispatchedLeg", DiscriminatorProperty, new string[] { "rail", "sea", "road" }, JsonSchema,
        static (ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options) => ReadJson(ref reader, options),
        static (writer, value) => value.WriteJson(writer),
        static value => value.Validate(),
        null);

    /// <summary>Writes the member as a JSON object whose first property is the discriminator.</summary>
    public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)
    {
        var raw = global::EventSchema.Json.JsonRawWriter.Start(writer);
        __WriteJsonRaw(ref raw);
        raw.Complete();
    }

    /// <summary>Writes this value into a raw writer, the discriminator first; used by generated code.</summary>
    /// <param name="raw">The raw writer.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public void __WriteJsonRaw(ref global::EventSchema.Json.JsonRawWriter raw)
    {
        raw.StartObject();
        raw.Name(",\"mode\":"u8);
        switch (_member)
        {
            case 0: raw.String("rail"); ((global::Corridor.Transport.RailLeg)_value).__WriteJsonRawMembers(ref raw); break;
            case 1: raw.String("sea"); ((global::Corridor.Transport.SeaLeg)_value).__WriteJsonRawMembers(ref raw); break;
            case 2: raw.String("road"); ((global::Corridor.Transport.RoadLeg)_value).__WriteJsonRawMembers(ref raw); break;
        }
        raw.EndObject();
    }

    /// <summary>
    /// Reads a value from JSON: the discriminator says which member follows, wherever it is in the object. A missing,
    /// unknown or non-string discriminator, or a wrong member value, is a <see cref="global::System.Text.Json.JsonException"/>.
    /// The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static ShipmentDispatchedLeg ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson"/>.</summary>
    public static ShipmentDispatchedLeg FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson"/>.</summary>
    public static ShipmentDispatchedLeg FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<ShipmentDispatchedLeg> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="options">The reading options.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static ShipmentDispatchedLeg __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        string __discriminator = global::EventSchema.Json.JsonUnionReader.ReadDiscriminator(reader, DiscriminatorProperty, "ShipmentDispatchedLeg", __KnownDiscriminators, options);
        using var __scope = global::EventSchema.Json.JsonUnionReader.Expect(DiscriminatorProperty, reader.CurrentDepth);
        switch (__discriminator)
        {
            case "rail": return new ShipmentDispatchedLeg(global::Corridor.Transport.RailLeg.__ReadJson(ref reader, options), 0);
            case "sea": return new ShipmentDispatchedLeg(global::Corridor.Transport.SeaLeg.__ReadJson(ref reader, options), 1);
            case "road": return new ShipmentDispatchedLeg(global::Corridor.Transport.RoadLeg.__ReadJson(ref reader, options), 2);
            default: throw global::EventSchema.Json.JsonReadErrors.UnknownDiscriminator(__discriminator, DiscriminatorProperty, "ShipmentDispatchedLeg", __KnownDiscriminators);
        }
    }
}

/// <summary>The <c>$defs</c> entries of the JSON Schemas of the generated types, each written once: one per type of this namespace, and those of referenced assemblies its types use.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
internal static class __JsonSchemaDefinitions
{
    internal const string T_PortCode = "\"Corridor.Transport.PortCode\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[A-Z]{2}[A-Z2-9]{3}$\",\n      \"description\": \"A UN/LOCODE port or terminal code, such as AZBAK for Baku or GEPTI for Poti.\"\n    }";
    internal const string T_Port = "\"Corridor.Transport.Port\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"code\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.PortCode\"\n        },\n        \"name\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 120\n        }\n      },\n      \"required\": [\n        \"code\",\n        \"name\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A port, terminal or border station of the Middle Corridor.\"\n    }";
    internal const string T_RailLeg = "\"Corridor.Transport.RailLeg\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"from\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"operator\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 80\n        },\n        \"wagons\": {\n          \"type\": \"integer\",\n          \"minimum\": 1,\n          \"maximum\": 2147483647\n        }\n      },\n      \"required\": [\n        \"from\",\n        \"to\",\n        \"operator\",\n        \"wagons\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Freight moved by rail, such as the Baku\\u2013Tbilisi\\u2013Kars line.\"\n    }";
    internal const string T_SeaLeg = "\"Corridor.Transport.SeaLeg\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"from\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"vessel\": {\n          \"type\": \"string\",\n          \"minLength\": 1,\n          \"maxLength\": 80\n        },\n        \"containers\": {\n          \"type\": \"integer\",\n          \"minimum\": 0,\n          \"maximum\": 2147483647,\n          \"default\": 0\n        }\n      },\n      \"required\": [\n        \"from\",\n        \"to\",\n        \"vessel\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Freight moved across the Caspian or Black Sea.\"\n    }";
    internal const string T_RoadLeg = "\"Corridor.Transport.RoadLeg\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"from\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"to\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"plate\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"pattern\": \"^[A-Z0-9-]{2,12}$\"\n        }\n      },\n      \"required\": [\n        \"from\",\n        \"to\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Freight moved by truck.\"\n    }";
    internal const string T_TariffUnit = "\"Corridor.Transport.TariffUnit\": {\n      \"type\": \"string\",\n      \"enum\": [\n        \"per-container\",\n        \"per-tonne\",\n        \"per-wagon\"\n      ]\n    }";
    internal const string T_CargoCorridorAgreed = "\"Corridor.Transport.CargoCorridorAgreed\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"origin\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"destination\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n        },\n        \"parties\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\"\n          },\n          \"minItems\": 2\n        },\n        \"agreedOn\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"origin\",\n        \"destination\",\n        \"parties\",\n        \"agreedOn\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"Governments agree to develop a corridor between two ports.\"\n    }";
    internal const string T_TariffChanged = "\"Corridor.Transport.TariffChanged\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"route\": {\n          \"type\": \"string\"\n        },\n        \"amount\": {\n          \"type\": \"number\",\n          \"minimum\": 0,\n          \"maximum\": 79228162514264337593543950335\n        },\n        \"currency\": {\n          \"type\": \"string\",\n          \"pattern\": \"^[A-Z]{3}$\"\n        },\n        \"unit\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.TariffUnit\"\n        },\n        \"effectiveFrom\": {\n          \"type\": \"string\",\n          \"format\": \"date\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n        }\n      },\n      \"required\": [\n        \"route\",\n        \"amount\",\n        \"currency\",\n        \"unit\",\n        \"effectiveFrom\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A through tariff along the corridor changes.\"\n    }";
    internal const string T_ShipmentDispatched = "\"Corridor.Transport.ShipmentDispatched\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"shipment\": {\n          \"type\": \"string\",\n          \"format\": \"uuid\",\n          \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n        },\n        \"leg\": {\n          \"$ref\": \"#/$defs/Corridor.Transport.ShipmentDispatchedLeg\"\n        },\n        \"dispatchedAt\": {\n          \"type\": \"string\",\n          \"format\": \"date-time\",\n          \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\\\.[0-9]+)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$\"\n        }\n      },\n      \"required\": [\n        \"shipment\",\n        \"leg\",\n        \"dispatchedAt\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A shipment leaves on one leg of its journey: by rail, sea or road.\"\n    }";
    internal const string T_TransportLeg = "\"Corridor.Transport.TransportLeg\": {\n      \"type\": \"object\",\n      \"required\": [\n        \"mode\"\n      ],\n      \"oneOf\": [\n        {\n          \"title\": \"RailLeg\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"mode\": {\n              \"const\": \"rail\"\n            },\n            \"from\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"to\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"operator\": {\n              \"type\": \"string\",\n              \"minLength\": 1,\n              \"maxLength\": 80\n            },\n            \"wagons\": {\n              \"type\": \"integer\",\n              \"minimum\": 1,\n              \"maximum\": 2147483647\n            }\n          },\n          \"required\": [\n            \"mode\",\n            \"from\",\n            \"to\",\n            \"operator\",\n            \"wagons\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"Freight moved by rail, such as the Baku\\u2013Tbilisi\\u2013Kars line.\"\n        },\n        {\n          \"title\": \"SeaLeg\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"mode\": {\n              \"const\": \"sea\"\n            },\n            \"from\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"to\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"vessel\": {\n              \"type\": \"string\",\n              \"minLength\": 1,\n              \"maxLength\": 80\n            },\n            \"containers\": {\n              \"type\": \"integer\",\n              \"minimum\": 0,\n              \"maximum\": 2147483647,\n              \"default\": 0\n            }\n          },\n          \"required\": [\n            \"mode\",\n            \"from\",\n            \"to\",\n            \"vessel\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"Freight moved across the Caspian or Black Sea.\"\n        },\n        {\n          \"title\": \"RoadLeg\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"mode\": {\n              \"const\": \"road\"\n            },\n            \"from\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"to\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"plate\": {\n              \"type\": [\n                \"string\",\n                \"null\"\n              ],\n              \"pattern\": \"^[A-Z0-9-]{2,12}$\"\n            }\n          },\n          \"required\": [\n            \"mode\",\n            \"from\",\n            \"to\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"Freight moved by truck.\"\n        }\n      ],\n      \"description\": \"One leg of a shipment's journey, named so several events can share it.\"\n    }";
    internal const string T_ShipmentDelayed = "\"Corridor.Transport.ShipmentDelayed\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"shipment\": {\n          \"type\": \"string\",\n          \"format\": \"uuid\",\n          \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n        },\n        \"leg\": {\n          \"anyOf\": [\n            {\n              \"$ref\": \"#/$defs/Corridor.Transport.TransportLeg\"\n            },\n            {\n              \"type\": \"null\"\n            }\n          ]\n        },\n        \"hours\": {\n          \"type\": \"integer\",\n          \"minimum\": 1,\n          \"maximum\": 2147483647\n        },\n        \"reason\": {\n          \"type\": [\n            \"string\",\n            \"null\"\n          ],\n          \"maxLength\": 200\n        }\n      },\n      \"required\": [\n        \"shipment\",\n        \"hours\"\n      ],\n      \"additionalProperties\": true,\n      \"description\": \"A shipment is held up on a leg of its journey.\"\n    }";
    internal const string T_CorridorEvent = "\"Corridor.Transport.CorridorEvent\": {\n      \"type\": \"object\",\n      \"required\": [\n        \"type\"\n      ],\n      \"oneOf\": [\n        {\n          \"title\": \"CargoCorridorAgreed\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"corridor.transport.cargo-corridor-agreed.v1\"\n            },\n            \"origin\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"destination\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"parties\": {\n              \"type\": \"array\",\n              \"items\": {\n                \"type\": \"string\"\n              },\n              \"minItems\": 2\n            },\n            \"agreedOn\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"origin\",\n            \"destination\",\n            \"parties\",\n            \"agreedOn\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"Governments agree to develop a corridor between two ports.\"\n        },\n        {\n          \"title\": \"TariffChanged\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"corridor.transport.tariff-changed.v1\"\n            },\n            \"route\": {\n              \"type\": \"string\"\n            },\n            \"amount\": {\n              \"type\": \"number\",\n              \"minimum\": 0,\n              \"maximum\": 79228162514264337593543950335\n            },\n            \"currency\": {\n              \"type\": \"string\",\n              \"pattern\": \"^[A-Z]{3}$\"\n            },\n            \"unit\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.TariffUnit\"\n            },\n            \"effectiveFrom\": {\n              \"type\": \"string\",\n              \"format\": \"date\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"route\",\n            \"amount\",\n            \"currency\",\n            \"unit\",\n            \"effectiveFrom\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"A through tariff along the corridor changes.\"\n        },\n        {\n          \"title\": \"ShipmentDispatched\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"corridor.transport.shipment-dispatched.v1\"\n            },\n            \"shipment\": {\n              \"type\": \"string\",\n              \"format\": \"uuid\",\n              \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n            },\n            \"leg\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.ShipmentDispatchedLeg\"\n            },\n            \"dispatchedAt\": {\n              \"type\": \"string\",\n              \"format\": \"date-time\",\n              \"pattern\": \"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\\\.[0-9]+)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"shipment\",\n            \"leg\",\n            \"dispatchedAt\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"A shipment leaves on one leg of its journey: by rail, sea or road.\"\n        },\n        {\n          \"title\": \"ShipmentDelayed\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"corridor.transport.shipment-delayed.v1\"\n            },\n            \"shipment\": {\n              \"type\": \"string\",\n              \"format\": \"uuid\",\n              \"pattern\": \"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$\"\n            },\n            \"leg\": {\n              \"anyOf\": [\n                {\n                  \"$ref\": \"#/$defs/Corridor.Transport.TransportLeg\"\n                },\n                {\n                  \"type\": \"null\"\n                }\n              ]\n            },\n            \"hours\": {\n              \"type\": \"integer\",\n              \"minimum\": 1,\n              \"maximum\": 2147483647\n            },\n            \"reason\": {\n              \"type\": [\n                \"string\",\n                \"null\"\n              ],\n              \"maxLength\": 200\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"shipment\",\n            \"hours\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"A shipment is held up on a leg of its journey.\"\n        }\n      ],\n      \"description\": \"The events of the corridor's operations feed.\"\n    }";
    internal const string T_ShipmentDispatchedLeg = "\"Corridor.Transport.ShipmentDispatchedLeg\": {\n      \"type\": \"object\",\n      \"required\": [\n        \"mode\"\n      ],\n      \"oneOf\": [\n        {\n          \"title\": \"RailLeg\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"mode\": {\n              \"const\": \"rail\"\n            },\n            \"from\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"to\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"operator\": {\n              \"type\": \"string\",\n              \"minLength\": 1,\n              \"maxLength\": 80\n            },\n            \"wagons\": {\n              \"type\": \"integer\",\n              \"minimum\": 1,\n              \"maximum\": 2147483647\n            }\n          },\n          \"required\": [\n            \"mode\",\n            \"from\",\n            \"to\",\n            \"operator\",\n            \"wagons\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"Freight moved by rail, such as the Baku\\u2013Tbilisi\\u2013Kars line.\"\n        },\n        {\n          \"title\": \"SeaLeg\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"mode\": {\n              \"const\": \"sea\"\n            },\n            \"from\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"to\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"vessel\": {\n              \"type\": \"string\",\n              \"minLength\": 1,\n              \"maxLength\": 80\n            },\n            \"containers\": {\n              \"type\": \"integer\",\n              \"minimum\": 0,\n              \"maximum\": 2147483647,\n              \"default\": 0\n            }\n          },\n          \"required\": [\n            \"mode\",\n            \"from\",\n            \"to\",\n            \"vessel\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"Freight moved across the Caspian or Black Sea.\"\n        },\n        {\n          \"title\": \"RoadLeg\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"mode\": {\n              \"const\": \"road\"\n            },\n            \"from\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"to\": {\n              \"$ref\": \"#/$defs/Corridor.Transport.Port\"\n            },\n            \"plate\": {\n              \"type\": [\n                \"string\",\n                \"null\"\n              ],\n              \"pattern\": \"^[A-Z0-9-]{2,12}$\"\n            }\n          },\n          \"required\": [\n            \"mode\",\n            \"from\",\n            \"to\"\n          ],\n          \"additionalProperties\": true,\n          \"description\": \"Freight moved by truck.\"\n        }\n      ]\n    }";
}
