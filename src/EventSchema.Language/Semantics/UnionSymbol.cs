using System.Collections.Generic;
using EventSchema.Language.Text;

namespace EventSchema.Language.Semantics;

/// <summary>
/// A union: a value that is exactly one of its member records or events, told apart on the wire by a
/// discriminator property. Declared with <c>union Name = A | B;</c>, or in place as a field's type
/// (<c>leg: RailLeg | SeaLeg;</c>), which declares a union named after the record and the field.
/// </summary>
public sealed class UnionSymbol : DeclarationSymbol
{
    /// <summary>The discriminator property's name when <c>@discriminator</c> does not give one.</summary>
    public const string DefaultDiscriminatorProperty = "type";

    internal UnionSymbol(string name, string @namespace, string filePath, TextSpan nameSpan, TextSpan span, FieldSymbol? declaringField)
        : base(name, @namespace, filePath, nameSpan, span)
    {
        DeclaringField = declaringField;
    }

    /// <inheritdoc />
    public override DeclarationKind Kind => DeclarationKind.Union;

    /// <summary>The members in the order written; a member that did not bind (already reported) is left out.</summary>
    public IReadOnlyList<UnionMemberSymbol> Members { get; internal set; } = [];

    /// <summary>
    /// The unions listed as members (<c>union AnyEvent = DiplomaticEvent | CorridorEvent;</c>), in the order written. Their
    /// members are in <see cref="Members"/>, flattened: a value of one of them is a value of this union.
    /// </summary>
    public IReadOnlyList<UnionSymbol> NestedUnions { get; internal set; } = [];

    /// <summary>The name of the discriminator property: <c>@discriminator("…")</c>, else <c>type</c>.</summary>
    public string DiscriminatorProperty { get; internal set; } = DefaultDiscriminatorProperty;

    /// <summary>For a union written in place as a field's type, that field; null for a <c>union</c> declaration.</summary>
    public FieldSymbol? DeclaringField { get; internal set; }

    /// <summary>Whether it was written in place as a field's type rather than declared with <c>union</c>.</summary>
    public bool IsInline => DeclaringField is not null;
}

/// <summary>One member of a union: a record or event.</summary>
public sealed class UnionMemberSymbol
{
    internal UnionMemberSymbol(UnionSymbol union, RecordSymbol record, TextSpan span)
    {
        Union = union;
        Record = record;
        Span = span;
    }

    /// <summary>The union it belongs to.</summary>
    public UnionSymbol Union { get; }

    /// <summary>The record or event.</summary>
    public RecordSymbol Record { get; }

    /// <summary>Where the member is written in the union: for a member of a nested union, where that union is.</summary>
    public TextSpan Span { get; }

    /// <summary>The nested union this member came from when the union lists another union; null when written itself.</summary>
    public UnionSymbol? Via { get; internal set; }

    /// <summary>
    /// The discriminator value with the names as written: the record's <c>@discriminatorValue</c>, else an event's
    /// event type, else the record's name. A host's JSON naming applies to the last case only; see
    /// <see cref="Export.JsonNames.DiscriminatorValue"/>.
    /// </summary>
    public string DiscriminatorValue => Record.DiscriminatorValue ?? Record.EventType ?? Record.Name;

    /// <inheritdoc />
    public override string ToString() => Union.Name + "." + Record.Name;
}
