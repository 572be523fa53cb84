using EventSchema.Language.Text;

namespace EventSchema.Language.Semantics;

/// <summary>A field of a record or event.</summary>
public sealed class FieldSymbol
{
    internal FieldSymbol(RecordSymbol containingRecord, string name, TextSpan nameSpan, TextSpan span)
    {
        ContainingRecord = containingRecord;
        Name = name;
        NameSpan = nameSpan;
        Span = span;
        JsonName = name;
    }

    /// <summary>The record or event that declares it.</summary>
    public RecordSymbol ContainingRecord { get; }

    /// <summary>The name as written in the schema.</summary>
    public string Name { get; }

    /// <summary>The property name on the wire: the <c>@json("…")</c> value, else <see cref="Name"/>.</summary>
    public string JsonName { get; internal set; }

    /// <summary>
    /// Whether <see cref="JsonName"/> is final whatever naming a host applies: true for fields of referenced
    /// assemblies, whose wire names were fixed when that assembly was built.
    /// </summary>
    internal bool HasFixedJsonName { get; set; }

    /// <summary>
    /// Whether <c>@json("…")</c> gives the wire name (whatever its value, the field's own name included), so neither a
    /// rename nor a host's naming changes it.
    /// </summary>
    internal bool HasExplicitJsonName { get; set; }

    /// <summary>
    /// Whether <see cref="JsonName"/> is the wire name whatever naming a host applies: it comes from <c>@json("…")</c> or
    /// from a referenced assembly. Otherwise the naming converts <see cref="Name"/>.
    /// </summary>
    internal bool KeepsJsonName => HasFixedJsonName || HasExplicitJsonName;

    /// <summary>What its history decorators say: when it was added, removed, renamed, retyped or made optional or required.</summary>
    public Evolution.FieldHistory History
    {
        get => _rare?.History ?? Evolution.FieldHistory.None;
        internal set
        {
            if (_rare is null && ReferenceEquals(value, Evolution.FieldHistory.None)) return;
            Rare.History = value;
        }
    }

    /// <summary>The bound type.</summary>
    public SchemaType Type { get; internal set; } = null!;

    /// <summary>Whether it was declared <c>name?: Type</c>.</summary>
    public bool IsOptional { get; internal set; }

    /// <summary>The default from <c>= literal</c>; null when there is none. A field with a default need not be set.</summary>
    public LiteralValue? Default
    {
        get => _rare?.Default;
        internal set
        {
            if (_rare is null && value is null) return;
            Rare.Default = value;
        }
    }

    /// <summary>
    /// The constraints from the field's own decorators. When the field's type is a scalar, the scalar's rules
    /// are on <see cref="ScalarSymbol.Constraints"/>, not here; a value must meet both.
    /// </summary>
    public Constraints Constraints { get; internal set; } = Constraints.None;

    /// <summary>
    /// For a field that came with <c>...Name;</c>, the field of the spread record it copies (itself possibly a copy, when
    /// that record spreads another); null for a field declared in its record. Its spans are the spread's.
    /// </summary>
    public FieldSymbol? SpreadFrom
    {
        get => _rare?.SpreadFrom;
        internal set
        {
            if (_rare is null && value is null) return;
            Rare.SpreadFrom = value;
        }
    }

    /// <summary>The field as declared: the end of the <see cref="SpreadFrom"/> chain, or this field.</summary>
    public FieldSymbol Origin
    {
        get
        {
            var declared = this;
            while (declared.SpreadFrom is not null) declared = declared.SpreadFrom;
            return declared;
        }
    }

    /// <summary>The text of its <c>///</c> comment; null when there is none.</summary>
    public string? Documentation
    {
        get => _rare?.Documentation;
        internal set
        {
            if (_rare is null && value is null) return;
            Rare.Documentation = value;
        }
    }

    /// <summary>The reason given by <c>@deprecated("…")</c>; null when it is not deprecated.</summary>
    public string? DeprecationMessage
    {
        get => _rare?.DeprecationMessage;
        internal set
        {
            if (_rare is null && value is null) return;
            Rare.DeprecationMessage = value;
        }
    }

    /// <summary>The span of its name.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The span of the whole field, decorators and doc comment included.</summary>
    public TextSpan Span { get; }

    /// <inheritdoc />
    public override string ToString() => ContainingRecord.Name + "." + Name;

    // A project has tens of thousands of fields, and most have no history, default, spread origin, documentation or
    // deprecation: those live in one object made for the fields that have any of them.
    private RareParts? _rare;

    private RareParts Rare => _rare ??= new RareParts();

    private sealed class RareParts
    {
        public Evolution.FieldHistory History = Evolution.FieldHistory.None;
        public LiteralValue? Default;
        public FieldSymbol? SpreadFrom;
        public string? Documentation;
        public string? DeprecationMessage;
    }
}
