namespace EventSchema.Generator.Model;

/// <summary>A <c>union</c>, declared or written in place as a field's type: a wrapper holding exactly one member.</summary>
internal sealed record UnionSpec : TypeSpec
{
    /// <summary>The wire name of the discriminator property, such as <c>type</c>.</summary>
    public required string DiscriminatorProperty { get; init; }

    /// <summary>The members in the order written.</summary>
    public required EquatableArray<UnionMemberSpec> Members { get; init; }

    /// <summary>The JSON Schema (draft 2020-12) of the union's JSON form, from the front end's exporter.</summary>
    public required JsonSchemaSpec JsonSchema { get; init; }

    /// <summary>
    /// Whether the target has <c>NotNullWhen</c> and <c>NotNullIfNotNull</c> (not netstandard2.0): then the conversions
    /// take null to null, and the <c>Try…</c> methods say when their result is null, for the compiler's nullable analysis.
    /// </summary>
    public bool AnnotatesNullFlow { get; init; }

    /// <summary>The unions listed as members, whose members are among <see cref="Members"/>: each value of one converts.</summary>
    public EquatableArray<NestedUnionSpec> NestedUnions { get; init; } = EquatableArray<NestedUnionSpec>.Empty;
}

/// <summary>A union listed as a member of another union (<c>union AnyEvent = DiplomaticEvent | CorridorEvent;</c>).</summary>
internal sealed record NestedUnionSpec
{
    /// <summary>Its C# type, fully qualified.</summary>
    public required string TypeName { get; init; }

    /// <summary>Its C# type's simple name, for <c>TryGet…</c>.</summary>
    public required string SimpleName { get; init; }

    /// <summary>For each of its members in its own order, the index of that member in the outer union; -1 for none.</summary>
    public required EquatableArray<int> MemberIndexes { get; init; }
}

/// <summary>One member of a union.</summary>
internal sealed record UnionMemberSpec
{
    /// <summary>The member's C# type, fully qualified.</summary>
    public required string TypeName { get; init; }

    /// <summary>The member's name as written in the schema.</summary>
    public required string SchemaName { get; init; }

    /// <summary>The name of the member's parameter of <c>Match</c> and <c>Switch</c>, a valid C# identifier.</summary>
    public required string ParameterName { get; init; }

    /// <summary>Whether the member is an event, so a union of events only can take any <c>IEvent</c> of its members.</summary>
    public required bool IsEvent { get; init; }

    /// <summary>The discriminator value that says the object is this member.</summary>
    public required string DiscriminatorValue { get; init; }

    /// <summary>
    /// For an event with past versions and no <c>@discriminatorValue</c>: the event types of those versions, which a
    /// stream written before the event's last version still carries; each is read into the current type.
    /// </summary>
    public EquatableArray<PastDiscriminatorSpec> PastDiscriminators { get; init; } = EquatableArray<PastDiscriminatorSpec>.Empty;
}

/// <summary>The discriminator value of one past version of a union member, and that version.</summary>
internal sealed record PastDiscriminatorSpec
{
    /// <summary>The event type of that version, such as <c>diplomacy.credentials-presented.v1</c>.</summary>
    public required string Value { get; init; }

    /// <summary>The version, whose nested record (<c>V1</c>, …) reads the payload.</summary>
    public required int Version { get; init; }
}
