namespace EventSchema.Generator.Model;

/// <summary>A <c>union</c>, declared or written in place as a field's type: a wrapper holding exactly one member.</summary>
internal sealed record UnionSpec : TypeSpec
{
    /// <summary>The wire name of the discriminator property, such as <c>type</c>.</summary>
    public string DiscriminatorProperty { get; init; } = string.Empty;

    /// <summary>The members in the order written.</summary>
    public EquatableArray<UnionMemberSpec> Members { get; init; } = EquatableArray<UnionMemberSpec>.Empty;

    /// <summary>The JSON Schema (draft 2020-12) of the union's JSON form, from the front end's exporter.</summary>
    public string JsonSchema { get; init; } = string.Empty;
}

/// <summary>One member of a union.</summary>
internal sealed record UnionMemberSpec
{
    /// <summary>The member's C# type, fully qualified.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>The member's name as written in the schema.</summary>
    public string SchemaName { get; init; } = string.Empty;

    /// <summary>The name of the member's parameter of <c>Match</c> and <c>Switch</c>, a valid C# identifier.</summary>
    public string ParameterName { get; init; } = string.Empty;

    /// <summary>Whether the member is an event, so a union of events only can take any <c>IEvent</c> of its members.</summary>
    public bool IsEvent { get; init; }

    /// <summary>The discriminator value that says the object is this member.</summary>
    public string DiscriminatorValue { get; init; } = string.Empty;
}
