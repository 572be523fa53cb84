namespace EventSchema.Generator.Model;

/// <summary>One C# type to generate. Every name in it is already a valid, collision-free C# identifier.</summary>
/// <remarks>
/// Specs are immutable records compared by value: the incremental pipeline reuses the generated source of a file
/// whose spec equals the previous run's. They hold strings, numbers and other specs only, never symbols, syntax
/// nodes or locations, which would pin a compilation in memory and never compare equal across runs.
/// </remarks>
internal abstract record TypeSpec
{
    /// <summary>The C# type name.</summary>
    public required string Name { get; init; }

    /// <summary>The name as written in the schema.</summary>
    public required string SchemaName { get; init; }

    /// <summary>The <c>///</c> text; null when there is none.</summary>
    public string? Documentation { get; init; }

    /// <summary>The <c>@deprecated</c> reason; null when not deprecated.</summary>
    public string? DeprecationMessage { get; init; }

    /// <summary>How the assembly describes this declaration to projects that reference it; null when not computed.</summary>
    public Language.References.ReferencedDeclaration? Reference { get; init; }

    /// <summary>The name of the schema file that declares it, for locations written into metadata.</summary>
    public string SchemaFileName { get; init; } = string.Empty;

    /// <summary>
    /// Its own <c>$defs</c> entry (key and schema, indented), a constant of its namespace's definitions class that the
    /// JSON Schemas of every type reaching it share; null when not computed.
    /// </summary>
    public string? JsonSchemaEntry { get; init; }
}

/// <summary>A <c>record</c> or <c>event</c>.</summary>
internal sealed record RecordSpec : TypeSpec
{
    /// <summary>Its fields, in declaration order.</summary>
    public required EquatableArray<PropertySpec> Properties { get; init; }

    /// <summary>What an <c>event</c> adds; null for a plain record.</summary>
    public EventSpec? Event { get; init; }

    /// <summary>The <c>@summary</c> template, which <c>Describe()</c> fills in; null when there is none.</summary>
    public EquatableArray<SummaryPartSpec>? Summary { get; init; }

    /// <summary>The JSON Schema (draft 2020-12) of the record's JSON form, from the front end's exporter; null when not computed.</summary>
    public JsonSchemaSpec? JsonSchema { get; init; }

    /// <summary>The interface generated beside a record that others spread; null when none spreads it.</summary>
    public SharedInterfaceSpec? SharedInterface { get; init; }

    /// <summary>The shared interfaces it implements, fully qualified: its own and those of the records it spreads.</summary>
    public EquatableArray<string> Implements { get; init; }

    /// <summary>Interface properties implemented explicitly, where the record's property has another name.</summary>
    public EquatableArray<ExplicitMemberSpec> ExplicitMembers { get; init; }

    /// <summary>The past versions an event still reads; null when it has none (and for records).</summary>
    public VersionHistorySpec? History { get; init; }
}

/// <summary>What an <c>event</c> adds to a record.</summary>
internal sealed record EventSpec
{
    /// <summary>The event type string.</summary>
    public required string EventType { get; init; }

    /// <summary>The schema version.</summary>
    public required int Version { get; init; }

    /// <summary>The humanized name, such as "Credentials presented".</summary>
    public required string DisplayName { get; init; }
}

/// <summary>Literal text, or a hole reading a path of properties.</summary>
internal sealed record SummaryPartSpec
{
    /// <summary>The literal text; null for a hole.</summary>
    public string? Text { get; init; }

    /// <summary>The properties a hole reads, outermost first; empty for text.</summary>
    public EquatableArray<SummaryStepSpec> Path { get; init; } = EquatableArray<SummaryStepSpec>.Empty;

    /// <summary>The shape of the value a hole prints; null for text.</summary>
    public ValueShape? Shape { get; init; }
}

/// <summary>One property along a summary hole's path.</summary>
internal sealed record SummaryStepSpec
{
    /// <summary>The C# property.</summary>
    public required string PropertyName { get; init; }

    /// <summary>Whether it is optional, so the path goes on null-safely.</summary>
    public required bool MayBeNull { get; init; }

    /// <summary>Whether it is a value type (so a nullable one is read through <c>.Value</c>).</summary>
    public required bool IsValueType { get; init; }
}

/// <summary>A field of a record or event.</summary>
internal sealed record PropertySpec
{
    /// <summary>The C# property name.</summary>
    public required string Name { get; init; }

    /// <summary>The field name as written, used in validation paths.</summary>
    public required string SchemaName { get; init; }

    /// <summary>The wire name after <c>@json</c> and the naming option.</summary>
    public required string JsonName { get; init; }

    /// <summary>The humanized name, such as "Received by".</summary>
    public required string DisplayName { get; init; }

    /// <summary>The humanized singular, such as "Source", for collection items.</summary>
    public required string ItemDisplayName { get; init; }

    /// <summary>The C# type.</summary>
    public required ValueShape Shape { get; init; }

    /// <summary>Declared <c>name?: Type</c>: nullable.</summary>
    public required bool IsOptional { get; init; }

    /// <summary>Must be set by the creator (not optional, no default).</summary>
    public required bool IsRequired { get; init; }

    /// <summary>The C# initializer of the default; null when there is none.</summary>
    public string? DefaultExpression { get; init; }

    /// <summary>The <c>///</c> text; null when there is none.</summary>
    public string? Documentation { get; init; }

    /// <summary>The <c>@deprecated</c> reason; null when not deprecated.</summary>
    public string? DeprecationMessage { get; init; }

    /// <summary>Its constraints.</summary>
    public RuleSpec Rules { get; init; } = RuleSpec.None;

    /// <summary>
    /// For a default that costs a parse to build (a <c>Uri</c>): the initializer of the static field
    /// <see cref="DefaultExpression"/> then names; null otherwise.
    /// </summary>
    public string? SharedDefault { get; init; }

    /// <summary>
    /// The wire names this field had at older versions of a record that is not an event (from <c>@renamedFrom</c>): its
    /// reader accepts them too, because such a record arrives inside payloads written at any of its versions.
    /// </summary>
    public EquatableArray<string> FormerJsonNames { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>An <c>enum</c>.</summary>
internal sealed record EnumSpec : TypeSpec
{
    /// <summary>The static class with the wire-value helpers.</summary>
    public required string ExtensionsName { get; init; }

    /// <summary>The humanized name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Its members, in declaration order.</summary>
    public required EquatableArray<EnumMemberSpec> Members { get; init; }

    /// <summary>Its own JSON Schema document, for the schema type registry (an enum has no member to hold it).</summary>
    public required string JsonSchema { get; init; }
}

/// <summary>One enum member: its C# name and its wire value.</summary>
internal sealed record EnumMemberSpec
{
    /// <summary>The C# member name.</summary>
    public required string Name { get; init; }

    /// <summary>The value on the wire.</summary>
    public required string JsonValue { get; init; }

    /// <summary>The <c>///</c> text; null when there is none.</summary>
    public string? Documentation { get; init; }

    /// <summary>The <c>@deprecated</c> reason; null when not deprecated.</summary>
    public string? DeprecationMessage { get; init; }
}

/// <summary>A <c>scalar</c>: a validated value object over a primitive.</summary>
internal sealed record ScalarSpec : TypeSpec
{
    /// <summary>The humanized name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The primitive it wraps.</summary>
    public required ValueShape Underlying { get; init; }

    /// <summary>Its constraints.</summary>
    public RuleSpec Rules { get; init; } = RuleSpec.None;

    /// <summary>Its own JSON Schema document, for the schema type registry.</summary>
    public required string JsonSchema { get; init; }

    /// <summary>Whether the target has <c>System.IParsable&lt;T&gt;</c> (net7.0 and later) for the scalar to implement.</summary>
    public bool ImplementsParsable { get; init; }

    /// <summary>Whether the scalar names <c>EventSchema.ScalarTypeConverter&lt;T&gt;</c> as its type converter (it needs <c>IParsable&lt;T&gt;</c> and the runtime's net8.0 build).</summary>
    public bool HasTypeConverter { get; init; }
}

/// <summary>Everything generated from one schema file, with the options that shape it.</summary>
internal sealed record SchemaFileSpec
{
    /// <summary>The schema file.</summary>
    public required string FilePath { get; init; }

    /// <summary>The unique generated file name.</summary>
    public required string HintName { get; init; }

    /// <summary>The C# namespace; empty for the global namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>Whether records get <c>Validate()</c>.</summary>
    public required bool EmitValidators { get; init; }

    /// <summary>The types to generate, in declaration order.</summary>
    public required EquatableArray<TypeSpec> Types { get; init; }
}
