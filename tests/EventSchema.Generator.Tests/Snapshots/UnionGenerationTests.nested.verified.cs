// legs.eventschema

/// <summary>The <c>Rail</c> record of the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record Rail : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>line</c> field.</summary>
    [global::EventSchema.SchemaRules("Rail.line in legs.eventschema", "Line", Required = true)]
    public required string Line { get; init; }

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // line
        if (!scope.Text(ref valid, this.Line, "line", "Line", "is required.", 0, null, 0, null)) return false;
        return valid;
    }
}

/// <summary>The <c>Sea</c> record of the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record Sea : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>vessel</c> field.</summary>
    [global::EventSchema.SchemaRules("Sea.vessel in legs.eventschema", "Vessel", Required = true)]
    public required string Vessel { get; init; }

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // vessel
        if (!scope.Text(ref valid, this.Vessel, "vessel", "Vessel", "is required.", 0, null, 0, null)) return false;
        return valid;
    }
}

/// <summary>The <c>Walk</c> record of the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record Walk : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>km</c> field.</summary>
    public required int Km { get; init; }

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Km", this.Km);

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

/// <summary>The <c>Leg</c> union of the schema: one of <see cref="global::Shop.Rail"/>, <see cref="global::Shop.Sea"/>.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial class Leg : global::System.IEquatable<Leg>, global::EventSchema.IScopedValidatable
{
    private readonly object _value;
    private readonly int _member;

    private Leg(object value, int member)
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
        0 => "Rail",
        1 => "Sea",
        _ => throw new global::System.InvalidOperationException(),
    };

    /// <summary>Wraps a <see cref="global::Shop.Rail"/>.</summary>
    public static Leg From(global::Shop.Rail value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 0);

    /// <summary>Wraps a <see cref="global::Shop.Rail"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator Leg?(global::Shop.Rail? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Shop.Sea"/>.</summary>
    public static Leg From(global::Shop.Sea value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 1);

    /// <summary>Wraps a <see cref="global::Shop.Sea"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator Leg?(global::Shop.Sea? value) => value is null ? null : From(value);

    /// <summary>Calls the function for the member this holds and returns its result; there is one function per member, so none can be forgotten.</summary>
    public TResult Match<TResult>(global::System.Func<global::Shop.Rail, TResult> rail, global::System.Func<global::Shop.Sea, TResult> sea)
    {
        switch (_member)
        {
            case 0: return (rail ?? throw new global::System.ArgumentNullException(nameof(rail)))((global::Shop.Rail)_value);
            case 1: return (sea ?? throw new global::System.ArgumentNullException(nameof(sea)))((global::Shop.Sea)_value);
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Calls the action for the member this holds; there is one action per member, so none can be forgotten.</summary>
    public void Switch(global::System.Action<global::Shop.Rail> rail, global::System.Action<global::Shop.Sea> sea)
    {
        switch (_member)
        {
            case 0: (rail ?? throw new global::System.ArgumentNullException(nameof(rail)))((global::Shop.Rail)_value); return;
            case 1: (sea ?? throw new global::System.ArgumentNullException(nameof(sea)))((global::Shop.Sea)_value); return;
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Whether both hold the same member with equal values.</summary>
    public bool Equals(Leg? other) => other is not null && _member == other._member && _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Leg);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode() * 31 + _member;

    /// <summary>The member value's text.</summary>
    public override string ToString() => _value.ToString() ?? string.Empty;

    /// <summary>Whether both are null, or hold the same member with equal values.</summary>
    public static bool operator ==(Leg? left, Leg? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(Leg? left, Leg? right) => !(left == right);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks the member value in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this value is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope) => _member switch
    {
        0 => ((global::Shop.Rail)_value).CollectValidationErrors(scope),
        1 => ((global::Shop.Sea)_value).CollectValidationErrors(scope),
        _ => true,
    };
}

/// <summary>Any way to get there: the legs, and walking.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial class Route : global::System.IEquatable<Route>, global::EventSchema.IScopedValidatable
{
    private readonly object _value;
    private readonly int _member;

    private Route(object value, int member)
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
        0 => "Rail",
        1 => "Sea",
        2 => "Walk",
        _ => throw new global::System.InvalidOperationException(),
    };

    /// <summary>Wraps a <see cref="global::Shop.Rail"/>.</summary>
    public static Route From(global::Shop.Rail value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 0);

    /// <summary>Wraps a <see cref="global::Shop.Rail"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator Route?(global::Shop.Rail? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Shop.Sea"/>.</summary>
    public static Route From(global::Shop.Sea value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 1);

    /// <summary>Wraps a <see cref="global::Shop.Sea"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator Route?(global::Shop.Sea? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Shop.Walk"/>.</summary>
    public static Route From(global::Shop.Walk value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 2);

    /// <summary>Wraps a <see cref="global::Shop.Walk"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator Route?(global::Shop.Walk? value) => value is null ? null : From(value);

    /// <summary>Wraps the member a <see cref="global::Shop.Leg"/> holds: each of its members is a member of this union.</summary>
    public static Route From(global::Shop.Leg value)
    {
        switch ((value ?? throw new global::System.ArgumentNullException(nameof(value))).Value)
        {
            case global::Shop.Rail __member0: return new Route(__member0, 0);
            case global::Shop.Sea __member1: return new Route(__member1, 1);
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Wraps the member a <see cref="global::Shop.Leg"/> holds; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator Route?(global::Shop.Leg? value) => value is null ? null : From(value);

    /// <summary>Whether this holds a member of <see cref="global::Shop.Leg"/>, and that value as one.</summary>
    public bool TryGetLeg([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::Shop.Leg? value)
    {
        switch (_member)
        {
            case 0: value = global::Shop.Leg.From((global::Shop.Rail)_value); return true;
            case 1: value = global::Shop.Leg.From((global::Shop.Sea)_value); return true;
            default: value = null!; return false;
        }
    }

    /// <summary>Calls the function for the member this holds and returns its result; there is one function per member, so none can be forgotten.</summary>
    public TResult Match<TResult>(global::System.Func<global::Shop.Rail, TResult> rail, global::System.Func<global::Shop.Sea, TResult> sea, global::System.Func<global::Shop.Walk, TResult> walk)
    {
        switch (_member)
        {
            case 0: return (rail ?? throw new global::System.ArgumentNullException(nameof(rail)))((global::Shop.Rail)_value);
            case 1: return (sea ?? throw new global::System.ArgumentNullException(nameof(sea)))((global::Shop.Sea)_value);
            case 2: return (walk ?? throw new global::System.ArgumentNullException(nameof(walk)))((global::Shop.Walk)_value);
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Calls the action for the member this holds; there is one action per member, so none can be forgotten.</summary>
    public void Switch(global::System.Action<global::Shop.Rail> rail, global::System.Action<global::Shop.Sea> sea, global::System.Action<global::Shop.Walk> walk)
    {
        switch (_member)
        {
            case 0: (rail ?? throw new global::System.ArgumentNullException(nameof(rail)))((global::Shop.Rail)_value); return;
            case 1: (sea ?? throw new global::System.ArgumentNullException(nameof(sea)))((global::Shop.Sea)_value); return;
            case 2: (walk ?? throw new global::System.ArgumentNullException(nameof(walk)))((global::Shop.Walk)_value); return;
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Whether both hold the same member with equal values.</summary>
    public bool Equals(Route? other) => other is not null && _member == other._member && _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Route);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode() * 31 + _member;

    /// <summary>The member value's text.</summary>
    public override string ToString() => _value.ToString() ?? string.Empty;

    /// <summary>Whether both are null, or hold the same member with equal values.</summary>
    public static bool operator ==(Route? left, Route? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(Route? left, Route? right) => !(left == right);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks the member value in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this value is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope) => _member switch
    {
        0 => ((global::Shop.Rail)_value).CollectValidationErrors(scope),
        1 => ((global::Shop.Sea)_value).CollectValidationErrors(scope),
        2 => ((global::Shop.Walk)_value).CollectValidationErrors(scope),
        _ => true,
    };
}

/// <summary>The <c>Trip</c> record of the schema.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial record Trip : global::EventSchema.IScopedValidatable
{
    /// <summary>The <c>legs</c> field.</summary>
    [global::EventSchema.SchemaRules("Trip.legs in legs.eventschema", "Legs", ItemDisplayName = "Leg", Required = true)]
    public required global::System.Collections.Generic.IReadOnlyList<global::Shop.TripLegsItem> Legs { get => __collectionLegs.Value!; init => __collectionLegs = new(value, __Comparer0); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyList<global::Shop.TripLegsItem>> __collectionLegs;

    /// <summary>The <c>stops</c> field.</summary>
    [global::EventSchema.SchemaRules("Trip.stops in legs.eventschema", "Stops", ItemDisplayName = "Stop", Required = true)]
    public required global::System.Collections.Generic.IReadOnlyDictionary<string, global::Shop.TripStopsValue?> Stops { get => __collectionStops.Value!; init => __collectionStops = new(value, __Comparer1); }
    private readonly global::EventSchema.EquatableCollection<global::System.Collections.Generic.IReadOnlyDictionary<string, global::Shop.TripStopsValue?>> __collectionStops;

    /// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>
    private bool PrintMembers(global::System.Text.StringBuilder builder)
        => global::EventSchema.RecordText.Members(builder, "Legs", global::EventSchema.RecordText.Items(this.Legs), "Stops", global::EventSchema.RecordText.Entries(this.Stops));

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks this object in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this object is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope)
    {
        bool valid = true;
        // legs
        if (this.Legs is null)
        {
            if (!scope.Report(ref valid, "legs", "Legs", "required", "is required.")) return false;
        }
        else
        {
            for (int i0 = 0; i0 < this.Legs.Count; i0++)
            {
                var item0 = this.Legs[i0];
                if (item0 is null)
                {
                    if (!scope.Item("legs", "Leg", i0).Report(ref valid, "required", "is required.")) return false;
                }
                else
                {
                    if (!scope.Merge(ref valid, item0.CollectValidationErrors(scope.Item("legs", "Leg", i0)))) return false;
                }
            }
        }
        // stops
        if (this.Stops is null)
        {
            if (!scope.Report(ref valid, "stops", "Stops", "required", "is required.")) return false;
        }
        else
        {
            foreach (var entry0 in global::EventSchema.ValidationRules.Entries(this.Stops))
            {
                var item0 = entry0.Value;
                if (global::EventSchema.ValidationRules.HasUnpairedSurrogate(entry0.Key) && !scope.EntryKey("stops", "Stops", entry0.Key).Report(ref valid, "type", "must be Unicode text, but holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF), which a JSON string cannot hold; writers would put U+FFFD in its place.")) return false;
                if (item0 is not null)
                {
                    if (!scope.Merge(ref valid, item0.CollectValidationErrors(scope.Entry("stops", "Stops", entry0.Key)))) return false;
                }
            }
        }
        return valid;
    }

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyList<global::Shop.TripLegsItem>?> __Comparer0 = global::EventSchema.SequenceEqualityComparer<global::Shop.TripLegsItem>.Default;

    private static readonly global::System.Collections.Generic.IEqualityComparer<global::System.Collections.Generic.IReadOnlyDictionary<string, global::Shop.TripStopsValue?>?> __Comparer1 = global::EventSchema.MapEqualityComparer<global::Shop.TripStopsValue?>.Default;
}

/// <summary>The <c>TripLegsItem</c> union of the schema: one of <see cref="global::Shop.Rail"/>, <see cref="global::Shop.Walk"/>.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial class TripLegsItem : global::System.IEquatable<TripLegsItem>, global::EventSchema.IScopedValidatable
{
    private readonly object _value;
    private readonly int _member;

    private TripLegsItem(object value, int member)
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
        0 => "Rail",
        1 => "Walk",
        _ => throw new global::System.InvalidOperationException(),
    };

    /// <summary>Wraps a <see cref="global::Shop.Rail"/>.</summary>
    public static TripLegsItem From(global::Shop.Rail value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 0);

    /// <summary>Wraps a <see cref="global::Shop.Rail"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator TripLegsItem?(global::Shop.Rail? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Shop.Walk"/>.</summary>
    public static TripLegsItem From(global::Shop.Walk value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 1);

    /// <summary>Wraps a <see cref="global::Shop.Walk"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator TripLegsItem?(global::Shop.Walk? value) => value is null ? null : From(value);

    /// <summary>Calls the function for the member this holds and returns its result; there is one function per member, so none can be forgotten.</summary>
    public TResult Match<TResult>(global::System.Func<global::Shop.Rail, TResult> rail, global::System.Func<global::Shop.Walk, TResult> walk)
    {
        switch (_member)
        {
            case 0: return (rail ?? throw new global::System.ArgumentNullException(nameof(rail)))((global::Shop.Rail)_value);
            case 1: return (walk ?? throw new global::System.ArgumentNullException(nameof(walk)))((global::Shop.Walk)_value);
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Calls the action for the member this holds; there is one action per member, so none can be forgotten.</summary>
    public void Switch(global::System.Action<global::Shop.Rail> rail, global::System.Action<global::Shop.Walk> walk)
    {
        switch (_member)
        {
            case 0: (rail ?? throw new global::System.ArgumentNullException(nameof(rail)))((global::Shop.Rail)_value); return;
            case 1: (walk ?? throw new global::System.ArgumentNullException(nameof(walk)))((global::Shop.Walk)_value); return;
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Whether both hold the same member with equal values.</summary>
    public bool Equals(TripLegsItem? other) => other is not null && _member == other._member && _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TripLegsItem);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode() * 31 + _member;

    /// <summary>The member value's text.</summary>
    public override string ToString() => _value.ToString() ?? string.Empty;

    /// <summary>Whether both are null, or hold the same member with equal values.</summary>
    public static bool operator ==(TripLegsItem? left, TripLegsItem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(TripLegsItem? left, TripLegsItem? right) => !(left == right);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks the member value in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this value is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope) => _member switch
    {
        0 => ((global::Shop.Rail)_value).CollectValidationErrors(scope),
        1 => ((global::Shop.Walk)_value).CollectValidationErrors(scope),
        _ => true,
    };
}

/// <summary>The <c>TripStopsValue</c> union of the schema: one of <see cref="global::Shop.Rail"/>, <see cref="global::Shop.Sea"/>, <see cref="global::Shop.Walk"/>.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
public sealed partial class TripStopsValue : global::System.IEquatable<TripStopsValue>, global::EventSchema.IScopedValidatable
{
    private readonly object _value;
    private readonly int _member;

    private TripStopsValue(object value, int member)
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
        0 => "Rail",
        1 => "Sea",
        2 => "Walk",
        _ => throw new global::System.InvalidOperationException(),
    };

    /// <summary>Wraps a <see cref="global::Shop.Rail"/>.</summary>
    public static TripStopsValue From(global::Shop.Rail value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 0);

    /// <summary>Wraps a <see cref="global::Shop.Rail"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator TripStopsValue?(global::Shop.Rail? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Shop.Sea"/>.</summary>
    public static TripStopsValue From(global::Shop.Sea value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 1);

    /// <summary>Wraps a <see cref="global::Shop.Sea"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator TripStopsValue?(global::Shop.Sea? value) => value is null ? null : From(value);

    /// <summary>Wraps a <see cref="global::Shop.Walk"/>.</summary>
    public static TripStopsValue From(global::Shop.Walk value) => new(value ?? throw new global::System.ArgumentNullException(nameof(value)), 2);

    /// <summary>Wraps a <see cref="global::Shop.Walk"/>; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator TripStopsValue?(global::Shop.Walk? value) => value is null ? null : From(value);

    /// <summary>Wraps the member a <see cref="global::Shop.Leg"/> holds: each of its members is a member of this union.</summary>
    public static TripStopsValue From(global::Shop.Leg value)
    {
        switch ((value ?? throw new global::System.ArgumentNullException(nameof(value))).Value)
        {
            case global::Shop.Rail __member0: return new TripStopsValue(__member0, 0);
            case global::Shop.Sea __member1: return new TripStopsValue(__member1, 1);
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Wraps the member a <see cref="global::Shop.Leg"/> holds; null when it is null.</summary>
    [return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull("value")]
    public static implicit operator TripStopsValue?(global::Shop.Leg? value) => value is null ? null : From(value);

    /// <summary>Whether this holds a member of <see cref="global::Shop.Leg"/>, and that value as one.</summary>
    public bool TryGetLeg([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::Shop.Leg? value)
    {
        switch (_member)
        {
            case 0: value = global::Shop.Leg.From((global::Shop.Rail)_value); return true;
            case 1: value = global::Shop.Leg.From((global::Shop.Sea)_value); return true;
            default: value = null!; return false;
        }
    }

    /// <summary>Calls the function for the member this holds and returns its result; there is one function per member, so none can be forgotten.</summary>
    public TResult Match<TResult>(global::System.Func<global::Shop.Rail, TResult> rail, global::System.Func<global::Shop.Sea, TResult> sea, global::System.Func<global::Shop.Walk, TResult> walk)
    {
        switch (_member)
        {
            case 0: return (rail ?? throw new global::System.ArgumentNullException(nameof(rail)))((global::Shop.Rail)_value);
            case 1: return (sea ?? throw new global::System.ArgumentNullException(nameof(sea)))((global::Shop.Sea)_value);
            case 2: return (walk ?? throw new global::System.ArgumentNullException(nameof(walk)))((global::Shop.Walk)_value);
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Calls the action for the member this holds; there is one action per member, so none can be forgotten.</summary>
    public void Switch(global::System.Action<global::Shop.Rail> rail, global::System.Action<global::Shop.Sea> sea, global::System.Action<global::Shop.Walk> walk)
    {
        switch (_member)
        {
            case 0: (rail ?? throw new global::System.ArgumentNullException(nameof(rail)))((global::Shop.Rail)_value); return;
            case 1: (sea ?? throw new global::System.ArgumentNullException(nameof(sea)))((global::Shop.Sea)_value); return;
            case 2: (walk ?? throw new global::System.ArgumentNullException(nameof(walk)))((global::Shop.Walk)_value); return;
            default: throw new global::System.InvalidOperationException();
        }
    }

    /// <summary>Whether both hold the same member with equal values.</summary>
    public bool Equals(TripStopsValue? other) => other is not null && _member == other._member && _value.Equals(other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TripStopsValue);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode() * 31 + _member;

    /// <summary>The member value's text.</summary>
    public override string ToString() => _value.ToString() ?? string.Empty;

    /// <summary>Whether both are null, or hold the same member with equal values.</summary>
    public static bool operator ==(TripStopsValue? left, TripStopsValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether they differ.</summary>
    public static bool operator !=(TripStopsValue? left, TripStopsValue? right) => !(left == right);

    /// <inheritdoc cref="global::EventSchema.IValidatable.Validate"/>
    public global::EventSchema.ValidationResult Validate() => global::EventSchema.ValidationScope.Validate(this);

    /// <summary>Checks the member value in <paramref name="scope"/>; returns false when a rule is broken.</summary>
    /// <param name="scope">Where this value is, and whether errors are collected or only checked.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public bool CollectValidationErrors(global::EventSchema.ValidationScope scope) => _member switch
    {
        0 => ((global::Shop.Rail)_value).CollectValidationErrors(scope),
        1 => ((global::Shop.Sea)_value).CollectValidationErrors(scope),
        2 => ((global::Shop.Walk)_value).CollectValidationErrors(scope),
        _ => true,
    };
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record Rail : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("Rail", new string[] { "line" }, 0);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "line" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Rail\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"line\": {\n      \"type\": \"string\"\n    }\n  },\n  \"required\": [\n    \"line\"\n  ],\n  \"additionalProperties\": true\n}";

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
        raw.Name(",\"line\":"u8);
        if (this.Line is { } __Line) raw.String(__Line); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("line");
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Rail ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Rail FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Rail FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Rail> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Rail __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        string? __v0 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new Rail
        {
            Line = __v0!,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record Sea : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("Sea", new string[] { "vessel" }, 0);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "vessel" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Sea\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"vessel\": {\n      \"type\": \"string\"\n    }\n  },\n  \"required\": [\n    \"vessel\"\n  ],\n  \"additionalProperties\": true\n}";

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
        raw.Name(",\"vessel\":"u8);
        if (this.Vessel is { } __Vessel) raw.String(__Vessel); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("vessel");
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Sea ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Sea FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Sea FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Sea> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Sea __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        string? __v0 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadString(ref reader, options); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new Sea
        {
            Vessel = __v0!,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record Walk : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("Walk", new string[] { "km" }, 0);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "km" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { null });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Walk\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"km\": {\n      \"type\": \"integer\",\n      \"minimum\": -2147483648,\n      \"maximum\": 2147483647\n    }\n  },\n  \"required\": [\n    \"km\"\n  ],\n  \"additionalProperties\": true\n}";

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
        raw.Name(",\"km\":"u8); raw.Number(this.Km);
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Walk ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Walk FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Walk FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Walk> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Walk __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        int __v0 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonValueReader.ReadInt32(ref reader); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new Walk
        {
            Km = __v0,
        };
    }

}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial class Leg : global::EventSchema.Json.IJsonWritable
{
    private const string __KnownDiscriminators = "'Rail', 'Sea'";
    /// <summary>The members' maps of schema names to JSON names, for error paths; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = global::EventSchema.Json.JsonNameMap.ForUnion(new global::System.Func<global::EventSchema.Json.JsonNameMap>[] { static () => global::Shop.Rail.__wireNameMap, static () => global::Shop.Sea.__wireNameMap });

    /// <summary>The JSON Schema (draft 2020-12) of this union's JSON form: <c>oneOf</c> its members, each with its discriminator value.</summary>
    public static string JsonSchema => "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Leg\",\n  \"type\": \"object\",\n  \"required\": [\n    \"mode\"\n  ],\n  \"oneOf\": [\n    {\n      \"title\": \"Rail\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"mode\": {\n          \"const\": \"Rail\"\n        },\n        \"line\": {\n          \"type\": \"string\"\n        }\n      },\n      \"required\": [\n        \"mode\",\n        \"line\"\n      ],\n      \"additionalProperties\": true\n    },\n    {\n      \"title\": \"Sea\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"mode\": {\n          \"const\": \"Sea\"\n        },\n        \"vessel\": {\n          \"type\": \"string\"\n        }\n      },\n      \"required\": [\n        \"mode\",\n        \"vessel\"\n      ],\n      \"additionalProperties\": true\n    }\n  ]\n}";

    /// <summary>This union's discriminator, reader and writer, for code that is generic over unions, such as the Kafka serializers.</summary>
    public static global::EventSchema.Json.UnionTypeInfo<global::Shop.Leg> UnionInfo { get; } = new global::EventSchema.Json.UnionTypeInfo<global::Shop.Leg>(
        "Leg", DiscriminatorProperty, new string[] { "Rail", "Sea" }, JsonSchema,
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
            case 0: raw.String("Rail"); ((global::Shop.Rail)_value).__WriteJsonRawMembers(ref raw); break;
            case 1: raw.String("Sea"); ((global::Shop.Sea)_value).__WriteJsonRawMembers(ref raw); break;
        }
        raw.EndObject();
    }

    /// <summary>
    /// Reads a value from JSON: the discriminator says which member follows, wherever it is in the object. A missing,
    /// unknown or non-string discriminator, or a wrong member value, is a <see cref="global::System.Text.Json.JsonException"/>.
    /// The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Leg ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson"/>.</summary>
    public static Leg FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson"/>.</summary>
    public static Leg FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Leg> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="options">The reading options.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Leg __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        string __discriminator = global::EventSchema.Json.JsonUnionReader.ReadDiscriminator(reader, DiscriminatorProperty, "Leg", __KnownDiscriminators, options);
        using var __scope = global::EventSchema.Json.JsonUnionReader.Expect(DiscriminatorProperty, reader.CurrentDepth);
        switch (__discriminator)
        {
            case "Rail": return new Leg(global::Shop.Rail.__ReadJson(ref reader, options), 0);
            case "Sea": return new Leg(global::Shop.Sea.__ReadJson(ref reader, options), 1);
            default: throw global::EventSchema.Json.JsonReadErrors.UnknownDiscriminator(__discriminator, DiscriminatorProperty, "Leg", __KnownDiscriminators);
        }
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial class Route : global::EventSchema.Json.IJsonWritable
{
    private const string __KnownDiscriminators = "'Rail', 'Sea', 'Walk'";
    /// <summary>The members' maps of schema names to JSON names, for error paths; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = global::EventSchema.Json.JsonNameMap.ForUnion(new global::System.Func<global::EventSchema.Json.JsonNameMap>[] { static () => global::Shop.Rail.__wireNameMap, static () => global::Shop.Sea.__wireNameMap, static () => global::Shop.Walk.__wireNameMap });

    /// <summary>The JSON Schema (draft 2020-12) of this union's JSON form: <c>oneOf</c> its members, each with its discriminator value.</summary>
    public static string JsonSchema => "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Route\",\n  \"type\": \"object\",\n  \"required\": [\n    \"type\"\n  ],\n  \"oneOf\": [\n    {\n      \"title\": \"Rail\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"Rail\"\n        },\n        \"line\": {\n          \"type\": \"string\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"line\"\n      ],\n      \"additionalProperties\": true\n    },\n    {\n      \"title\": \"Sea\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"Sea\"\n        },\n        \"vessel\": {\n          \"type\": \"string\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"vessel\"\n      ],\n      \"additionalProperties\": true\n    },\n    {\n      \"title\": \"Walk\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"Walk\"\n        },\n        \"km\": {\n          \"type\": \"integer\",\n          \"minimum\": -2147483648,\n          \"maximum\": 2147483647\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"km\"\n      ],\n      \"additionalProperties\": true\n    }\n  ],\n  \"description\": \"Any way to get there: the legs, and walking.\"\n}";

    /// <summary>This union's discriminator, reader and writer, for code that is generic over unions, such as the Kafka serializers.</summary>
    public static global::EventSchema.Json.UnionTypeInfo<global::Shop.Route> UnionInfo { get; } = new global::EventSchema.Json.UnionTypeInfo<global::Shop.Route>(
        "Route", DiscriminatorProperty, new string[] { "Rail", "Sea", "Walk" }, JsonSchema,
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
        raw.Name(",\"type\":"u8);
        switch (_member)
        {
            case 0: raw.String("Rail"); ((global::Shop.Rail)_value).__WriteJsonRawMembers(ref raw); break;
            case 1: raw.String("Sea"); ((global::Shop.Sea)_value).__WriteJsonRawMembers(ref raw); break;
            case 2: raw.String("Walk"); ((global::Shop.Walk)_value).__WriteJsonRawMembers(ref raw); break;
        }
        raw.EndObject();
    }

    /// <summary>
    /// Reads a value from JSON: the discriminator says which member follows, wherever it is in the object. A missing,
    /// unknown or non-string discriminator, or a wrong member value, is a <see cref="global::System.Text.Json.JsonException"/>.
    /// The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Route ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson"/>.</summary>
    public static Route FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson"/>.</summary>
    public static Route FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Route> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="options">The reading options.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Route __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        string __discriminator = global::EventSchema.Json.JsonUnionReader.ReadDiscriminator(reader, DiscriminatorProperty, "Route", __KnownDiscriminators, options);
        using var __scope = global::EventSchema.Json.JsonUnionReader.Expect(DiscriminatorProperty, reader.CurrentDepth);
        switch (__discriminator)
        {
            case "Rail": return new Route(global::Shop.Rail.__ReadJson(ref reader, options), 0);
            case "Sea": return new Route(global::Shop.Sea.__ReadJson(ref reader, options), 1);
            case "Walk": return new Route(global::Shop.Walk.__ReadJson(ref reader, options), 2);
            default: throw global::EventSchema.Json.JsonReadErrors.UnknownDiscriminator(__discriminator, DiscriminatorProperty, "Route", __KnownDiscriminators);
        }
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial record Trip : global::EventSchema.Json.IJsonWritable
{
    private static readonly global::EventSchema.Json.JsonPropertyTable __JsonProperties = new("Trip", new string[] { "legs", "stops" }, 0, 1);
    /// <summary>Schema field names to JSON names, for error paths that point into the payload; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = new(new string[] { "legs", "stops" }, __JsonProperties.Names, new global::System.Func<global::EventSchema.Json.JsonNameMap>?[] { static () => global::Shop.TripLegsItem.__wireNameMap!, static () => global::Shop.TripStopsValue.__wireNameMap! });

    /// <summary>The JSON Schema (draft 2020-12) of this type's JSON form, with every constraint of its schema.</summary>
    public static string JsonSchema => __jsonSchema ??= global::EventSchema.Json.JsonSchemaText.Compose("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Trip\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"legs\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"$ref\": \"#/$defs/Shop.TripLegsItem\"\n      }\n    },\n    \"stops\": {\n      \"type\": \"object\",\n      \"additionalProperties\": {\n        \"anyOf\": [\n          {\n            \"$ref\": \"#/$defs/Shop.TripStopsValue\"\n          },\n          {\n            \"type\": \"null\"\n          }\n        ]\n      }\n    }\n  },\n  \"required\": [\n    \"legs\",\n    \"stops\"\n  ],\n  \"additionalProperties\": true", null, global::Shop.__JsonSchemaDefinitions.T_TripLegsItem, global::Shop.__JsonSchemaDefinitions.T_TripStopsValue);
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
        raw.Name(",\"legs\":"u8);
        if (this.Legs is { } __Legs) __WriteJsonRaw0(ref raw, __Legs); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("legs");
        raw.Name(",\"stops\":"u8);
        if (this.Stops is { } __Stops) __WriteJsonRaw1(ref raw, __Stops); else throw global::EventSchema.Json.JsonWriteErrors.NullRequired("stops");
    }

    /// <summary>
    /// Reads a value from JSON strictly, within the limits of <paramref name="options"/>: a wrong or missing value is a <c>JsonException</c> naming the field. The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static Trip ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Trip FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson(ref global::System.Text.Json.Utf8JsonReader, global::EventSchema.Json.EventJsonOptions?)"/>.</summary>
    public static Trip FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<Trip> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position (its first token), without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Trip __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::System.Collections.Generic.IReadOnlyList<global::Shop.TripLegsItem>? __v0 = default;
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::Shop.TripStopsValue?>? __v1 = default;
        var __object = global::EventSchema.Json.JsonObjectReader.Start(ref reader, options, __JsonProperties);
        try
        {
            while (__object.Next(ref reader, options))
            {
                switch (__object.Property)
                {
                    case 0: __v0 = global::EventSchema.Json.JsonCollectionReader.ReadList<global::Shop.TripLegsItem>(ref reader, options, global::Shop.TripLegsItem.__ReadJson); break;
                    case 1: __v1 = __ReadJson0(ref reader, options); break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException __error) when (__object.NoteError(__error))
        {
            throw;
        }
        __object.End();
        return new Trip
        {
            Legs = __v0!,
            Stops = __v1!,
        };
    }


    private static void __WriteJsonRaw0(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyList<global::Shop.TripLegsItem> value)
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

    private static void __WriteJsonRaw1(ref global::EventSchema.Json.JsonRawWriter raw, global::System.Collections.Generic.IReadOnlyDictionary<string, global::Shop.TripStopsValue?> value)
    {
        raw.StartObject();
        if (value is global::EventSchema.Json.ReadOnlyStringMap<global::Shop.TripStopsValue?> __readMap)
        {
            foreach (var __pair in __readMap)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                if (__item is null) raw.Null(); else __item.__WriteJsonRaw(ref raw);
            }
        }
        else if (value is global::System.Collections.Generic.Dictionary<string, global::Shop.TripStopsValue?> __dictionary)
        {
            foreach (var __pair in __dictionary)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                if (__item is null) raw.Null(); else __item.__WriteJsonRaw(ref raw);
            }
        }
        else
        {
            foreach (var __pair in value)
            {
                var __item = __pair.Value;
                raw.Separator();
                raw.Key(__pair.Key);
                if (__item is null) raw.Null(); else __item.__WriteJsonRaw(ref raw);
            }
        }
        raw.EndObject();
    }

    private static global::System.Collections.Generic.IReadOnlyDictionary<string, global::Shop.TripStopsValue?> __ReadJson0(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        var __items = new global::System.Collections.Generic.Dictionary<string, global::Shop.TripStopsValue?>(global::System.StringComparer.Ordinal);
        string? __key = null;
        try
        {
            while (true)
            {
                __key = null;
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject) break;
                global::EventSchema.Json.JsonValueReader.CheckCollectionSize(__items.Count, options);
                __key = global::EventSchema.Json.JsonStringDecoder.GetPropertyName(in reader, options);
                if (__items.ContainsKey(__key)) throw global::EventSchema.Json.JsonReadErrors.DuplicateKey();
                global::EventSchema.Json.JsonValueReader.Read(ref reader);
                __items.Add(__key, (reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? default(global::Shop.TripStopsValue?) : global::Shop.TripStopsValue.__ReadJson(ref reader, options)));
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
partial class TripLegsItem : global::EventSchema.Json.IJsonWritable
{
    private const string __KnownDiscriminators = "'Rail', 'Walk'";
    /// <summary>The members' maps of schema names to JSON names, for error paths; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = global::EventSchema.Json.JsonNameMap.ForUnion(new global::System.Func<global::EventSchema.Json.JsonNameMap>[] { static () => global::Shop.Rail.__wireNameMap, static () => global::Shop.Walk.__wireNameMap });

    /// <summary>The JSON Schema (draft 2020-12) of this union's JSON form: <c>oneOf</c> its members, each with its discriminator value.</summary>
    public static string JsonSchema => "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"TripLegsItem\",\n  \"type\": \"object\",\n  \"required\": [\n    \"type\"\n  ],\n  \"oneOf\": [\n    {\n      \"title\": \"Rail\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"Rail\"\n        },\n        \"line\": {\n          \"type\": \"string\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"line\"\n      ],\n      \"additionalProperties\": true\n    },\n    {\n      \"title\": \"Walk\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"Walk\"\n        },\n        \"km\": {\n          \"type\": \"integer\",\n          \"minimum\": -2147483648,\n          \"maximum\": 2147483647\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"km\"\n      ],\n      \"additionalProperties\": true\n    }\n  ]\n}";

    /// <summary>This union's discriminator, reader and writer, for code that is generic over unions, such as the Kafka serializers.</summary>
    public static global::EventSchema.Json.UnionTypeInfo<global::Shop.TripLegsItem> UnionInfo { get; } = new global::EventSchema.Json.UnionTypeInfo<global::Shop.TripLegsItem>(
        "TripLegsItem", DiscriminatorProperty, new string[] { "Rail", "Walk" }, JsonSchema,
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
        raw.Name(",\"type\":"u8);
        switch (_member)
        {
            case 0: raw.String("Rail"); ((global::Shop.Rail)_value).__WriteJsonRawMembers(ref raw); break;
            case 1: raw.String("Walk"); ((global::Shop.Walk)_value).__WriteJsonRawMembers(ref raw); break;
        }
        raw.EndObject();
    }

    /// <summary>
    /// Reads a value from JSON: the discriminator says which member follows, wherever it is in the object. A missing,
    /// unknown or non-string discriminator, or a wrong member value, is a <see cref="global::System.Text.Json.JsonException"/>.
    /// The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static TripLegsItem ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson"/>.</summary>
    public static TripLegsItem FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson"/>.</summary>
    public static TripLegsItem FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<TripLegsItem> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="options">The reading options.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static TripLegsItem __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        string __discriminator = global::EventSchema.Json.JsonUnionReader.ReadDiscriminator(reader, DiscriminatorProperty, "TripLegsItem", __KnownDiscriminators, options);
        using var __scope = global::EventSchema.Json.JsonUnionReader.Expect(DiscriminatorProperty, reader.CurrentDepth);
        switch (__discriminator)
        {
            case "Rail": return new TripLegsItem(global::Shop.Rail.__ReadJson(ref reader, options), 0);
            case "Walk": return new TripLegsItem(global::Shop.Walk.__ReadJson(ref reader, options), 1);
            default: throw global::EventSchema.Json.JsonReadErrors.UnknownDiscriminator(__discriminator, DiscriminatorProperty, "TripLegsItem", __KnownDiscriminators);
        }
    }
}

[global::System.Text.Json.Serialization.JsonConverter(typeof(global::EventSchema.Json.GeneratedTypeConverterFactory))]
partial class TripStopsValue : global::EventSchema.Json.IJsonWritable
{
    private const string __KnownDiscriminators = "'Rail', 'Sea', 'Walk'";
    /// <summary>The members' maps of schema names to JSON names, for error paths; used by generated code.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static readonly global::EventSchema.Json.JsonNameMap __wireNameMap = global::EventSchema.Json.JsonNameMap.ForUnion(new global::System.Func<global::EventSchema.Json.JsonNameMap>[] { static () => global::Shop.Rail.__wireNameMap, static () => global::Shop.Sea.__wireNameMap, static () => global::Shop.Walk.__wireNameMap });

    /// <summary>The JSON Schema (draft 2020-12) of this union's JSON form: <c>oneOf</c> its members, each with its discriminator value.</summary>
    public static string JsonSchema => "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"TripStopsValue\",\n  \"type\": \"object\",\n  \"required\": [\n    \"type\"\n  ],\n  \"oneOf\": [\n    {\n      \"title\": \"Rail\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"Rail\"\n        },\n        \"line\": {\n          \"type\": \"string\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"line\"\n      ],\n      \"additionalProperties\": true\n    },\n    {\n      \"title\": \"Sea\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"Sea\"\n        },\n        \"vessel\": {\n          \"type\": \"string\"\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"vessel\"\n      ],\n      \"additionalProperties\": true\n    },\n    {\n      \"title\": \"Walk\",\n      \"type\": \"object\",\n      \"properties\": {\n        \"type\": {\n          \"const\": \"Walk\"\n        },\n        \"km\": {\n          \"type\": \"integer\",\n          \"minimum\": -2147483648,\n          \"maximum\": 2147483647\n        }\n      },\n      \"required\": [\n        \"type\",\n        \"km\"\n      ],\n      \"additionalProperties\": true\n    }\n  ]\n}";

    /// <summary>This union's discriminator, reader and writer, for code that is generic over unions, such as the Kafka serializers.</summary>
    public static global::EventSchema.Json.UnionTypeInfo<global::Shop.TripStopsValue> UnionInfo { get; } = new global::EventSchema.Json.UnionTypeInfo<global::Shop.TripStopsValue>(
        "TripStopsValue", DiscriminatorProperty, new string[] { "Rail", "Sea", "Walk" }, JsonSchema,
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
        raw.Name(",\"type\":"u8);
        switch (_member)
        {
            case 0: raw.String("Rail"); ((global::Shop.Rail)_value).__WriteJsonRawMembers(ref raw); break;
            case 1: raw.String("Sea"); ((global::Shop.Sea)_value).__WriteJsonRawMembers(ref raw); break;
            case 2: raw.String("Walk"); ((global::Shop.Walk)_value).__WriteJsonRawMembers(ref raw); break;
        }
        raw.EndObject();
    }

    /// <summary>
    /// Reads a value from JSON: the discriminator says which member follows, wherever it is in the object. A missing,
    /// unknown or non-string discriminator, or a wrong member value, is a <see cref="global::System.Text.Json.JsonException"/>.
    /// The reader is on the object's first token (or not started) and ends on its last.
    /// </summary>
    public static TripStopsValue ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions? options = null)
        => __json.ReadJson(ref reader, options);

    /// <summary>Reads a value from UTF-8 JSON; see <see cref="ReadJson"/>.</summary>
    public static TripStopsValue FromJson(global::System.ReadOnlySpan<byte> utf8Json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromUtf8(utf8Json, options);

    /// <summary>Reads a value from JSON text; see <see cref="ReadJson"/>.</summary>
    public static TripStopsValue FromJson(string json, global::EventSchema.Json.EventJsonOptions? options = null) => __json.FromText(json, options);

    /// <summary>This value as JSON text.</summary>
    public string ToJson() => __json.ToJson(this);

    /// <summary>This value as UTF-8 JSON.</summary>
    public byte[] ToJsonUtf8Bytes() => __json.ToJsonUtf8Bytes(this);

    private static readonly global::EventSchema.Json.JsonTypeEntryPoints<TripStopsValue> __json = new(__ReadJson, __wireNameMap);

    /// <summary>Reads the object at the reader's position, without the top-level checks of <c>ReadJson</c>; used by generated code.</summary>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="options">The reading options.</param>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static TripStopsValue __ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, global::EventSchema.Json.EventJsonOptions options)
    {
        global::EventSchema.Json.JsonValueReader.ExpectStartObject(ref reader, options);
        string __discriminator = global::EventSchema.Json.JsonUnionReader.ReadDiscriminator(reader, DiscriminatorProperty, "TripStopsValue", __KnownDiscriminators, options);
        using var __scope = global::EventSchema.Json.JsonUnionReader.Expect(DiscriminatorProperty, reader.CurrentDepth);
        switch (__discriminator)
        {
            case "Rail": return new TripStopsValue(global::Shop.Rail.__ReadJson(ref reader, options), 0);
            case "Sea": return new TripStopsValue(global::Shop.Sea.__ReadJson(ref reader, options), 1);
            case "Walk": return new TripStopsValue(global::Shop.Walk.__ReadJson(ref reader, options), 2);
            default: throw global::EventSchema.Json.JsonReadErrors.UnknownDiscriminator(__discriminator, DiscriminatorProperty, "TripStopsValue", __KnownDiscriminators);
        }
    }
}

/// <summary>The <c>$defs</c> entries of the JSON Schemas of the generated types, each written once: one per type of this namespace, and those of referenced assemblies its types use.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("EventSchema", "0.1.0.0")]
[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
internal static class __JsonSchemaDefinitions
{
    internal const string T_Rail = "\"Shop.Rail\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"line\": {\n          \"type\": \"string\"\n        }\n      },\n      \"required\": [\n        \"line\"\n      ],\n      \"additionalProperties\": true\n    }";
    internal const string T_Sea = "\"Shop.Sea\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"vessel\": {\n          \"type\": \"string\"\n        }\n      },\n      \"required\": [\n        \"vessel\"\n      ],\n      \"additionalProperties\": true\n    }";
    internal const string T_Walk = "\"Shop.Walk\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"km\": {\n          \"type\": \"integer\",\n          \"minimum\": -2147483648,\n          \"maximum\": 2147483647\n        }\n      },\n      \"required\": [\n        \"km\"\n      ],\n      \"additionalProperties\": true\n    }";
    internal const string T_Leg = "\"Shop.Leg\": {\n      \"type\": \"object\",\n      \"required\": [\n        \"mode\"\n      ],\n      \"oneOf\": [\n        {\n          \"title\": \"Rail\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"mode\": {\n              \"const\": \"Rail\"\n            },\n            \"line\": {\n              \"type\": \"string\"\n            }\n          },\n          \"required\": [\n            \"mode\",\n            \"line\"\n          ],\n          \"additionalProperties\": true\n        },\n        {\n          \"title\": \"Sea\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"mode\": {\n              \"const\": \"Sea\"\n            },\n            \"vessel\": {\n              \"type\": \"string\"\n            }\n          },\n          \"required\": [\n            \"mode\",\n            \"vessel\"\n          ],\n          \"additionalProperties\": true\n        }\n      ]\n    }";
    internal const string T_Route = "\"Shop.Route\": {\n      \"type\": \"object\",\n      \"required\": [\n        \"type\"\n      ],\n      \"oneOf\": [\n        {\n          \"title\": \"Rail\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"Rail\"\n            },\n            \"line\": {\n              \"type\": \"string\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"line\"\n          ],\n          \"additionalProperties\": true\n        },\n        {\n          \"title\": \"Sea\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"Sea\"\n            },\n            \"vessel\": {\n              \"type\": \"string\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"vessel\"\n          ],\n          \"additionalProperties\": true\n        },\n        {\n          \"title\": \"Walk\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"Walk\"\n            },\n            \"km\": {\n              \"type\": \"integer\",\n              \"minimum\": -2147483648,\n              \"maximum\": 2147483647\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"km\"\n          ],\n          \"additionalProperties\": true\n        }\n      ],\n      \"description\": \"Any way to get there: the legs, and walking.\"\n    }";
    internal const string T_Trip = "\"Shop.Trip\": {\n      \"type\": \"object\",\n      \"properties\": {\n        \"legs\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/$defs/Shop.TripLegsItem\"\n          }\n        },\n        \"stops\": {\n          \"type\": \"object\",\n          \"additionalProperties\": {\n            \"anyOf\": [\n              {\n                \"$ref\": \"#/$defs/Shop.TripStopsValue\"\n              },\n              {\n                \"type\": \"null\"\n              }\n            ]\n          }\n        }\n      },\n      \"required\": [\n        \"legs\",\n        \"stops\"\n      ],\n      \"additionalProperties\": true\n    }";
    internal const string T_TripLegsItem = "\"Shop.TripLegsItem\": {\n      \"type\": \"object\",\n      \"required\": [\n        \"type\"\n      ],\n      \"oneOf\": [\n        {\n          \"title\": \"Rail\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"Rail\"\n            },\n            \"line\": {\n              \"type\": \"string\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"line\"\n          ],\n          \"additionalProperties\": true\n        },\n        {\n          \"title\": \"Walk\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"Walk\"\n            },\n            \"km\": {\n              \"type\": \"integer\",\n              \"minimum\": -2147483648,\n              \"maximum\": 2147483647\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"km\"\n          ],\n          \"additionalProperties\": true\n        }\n      ]\n    }";
    internal const string T_TripStopsValue = "\"Shop.TripStopsValue\": {\n      \"type\": \"object\",\n      \"required\": [\n        \"type\"\n      ],\n      \"oneOf\": [\n        {\n          \"title\": \"Rail\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"Rail\"\n            },\n            \"line\": {\n              \"type\": \"string\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"line\"\n          ],\n          \"additionalProperties\": true\n        },\n        {\n          \"title\": \"Sea\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"Sea\"\n            },\n            \"vessel\": {\n              \"type\": \"string\"\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"vessel\"\n          ],\n          \"additionalProperties\": true\n        },\n        {\n          \"title\": \"Walk\",\n          \"type\": \"object\",\n          \"properties\": {\n            \"type\": {\n              \"const\": \"Walk\"\n            },\n            \"km\": {\n              \"type\": \"integer\",\n              \"minimum\": -2147483648,\n              \"maximum\": 2147483647\n            }\n          },\n          \"required\": [\n            \"type\",\n            \"km\"\n          ],\n          \"additionalProperties\": true\n        }\n      ]\n    }";
}
