namespace EventSchema.Generator.Model;

/// <summary>The C# interface of a record that other records spread (<c>...ReportedFact;</c>): its own fields as read-only properties.</summary>
internal sealed record SharedInterfaceSpec
{
    /// <summary>The interface's C# name, such as <c>IReportedFact</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The interfaces of the records this record spreads in turn, fully qualified.</summary>
    public required EquatableArray<string> Bases { get; init; }

    /// <summary>One property per field the record declares itself (spread fields come through <see cref="Bases"/>).</summary>
    public required EquatableArray<InterfaceMemberSpec> Members { get; init; }
}

/// <summary>A property of a shared interface.</summary>
internal sealed record InterfaceMemberSpec
{
    /// <summary>The property name in the interface: the shared record's own property name.</summary>
    public required string Name { get; init; }

    /// <summary>The C# type, with <c>?</c> for an optional field.</summary>
    public required string TypeName { get; init; }

    /// <summary>The field's <c>///</c> text; null when there is none.</summary>
    public string? Documentation { get; init; }

    /// <summary>The field name as written.</summary>
    public required string SchemaName { get; init; }
}

/// <summary>
/// An interface property a record implements explicitly, because its own property got another name (a field named
/// <c>eventType</c> is <c>EventTypeField</c> in an event).
/// </summary>
internal sealed record ExplicitMemberSpec
{
    /// <summary>The interface, fully qualified.</summary>
    public required string Interface { get; init; }

    /// <summary>The interface's property.</summary>
    public required string Name { get; init; }

    /// <summary>The C# type, with <c>?</c> for an optional field.</summary>
    public required string TypeName { get; init; }

    /// <summary>The record's property that holds the value.</summary>
    public required string PropertyName { get; init; }
}
