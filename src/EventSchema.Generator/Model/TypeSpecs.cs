namespace EventSchema.Generator.Model;

/// <summary>One C# type to generate. Every name in it is already a valid, collision-free C# identifier.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaName">The name as written in the schema.</param>
/// <param name="Documentation">The <c>///</c> text; null when there is none.</param>
/// <param name="DeprecationMessage">The <c>@deprecated</c> reason; null when not deprecated.</param>
internal abstract record TypeSpec(string Name, string SchemaName, string? Documentation, string? DeprecationMessage)
{
    /// <summary>How the assembly describes this declaration to projects that reference it; null when not computed.</summary>
    public Language.References.ReferencedDeclaration? Reference { get; init; }

    /// <summary>The name of the schema file that declares it, for locations written into metadata.</summary>
    public string SchemaFileName { get; init; } = string.Empty;
}

/// <summary>A <c>record</c> or <c>event</c>.</summary>
internal sealed record RecordSpec(
    string Name,
    string SchemaName,
    string? Documentation,
    string? DeprecationMessage,
    EquatableArray<PropertySpec> Properties,
    EventSpec? Event)
    : TypeSpec(Name, SchemaName, Documentation, DeprecationMessage)
{
    /// <summary>The JSON Schema (draft 2020-12) of the record's JSON form, from the front end's exporter; null when not computed.</summary>
    public string? JsonSchema { get; init; }

    /// <summary>The past versions an event still reads; null when it has none (and for records).</summary>
    public VersionHistorySpec? History { get; init; }
}

/// <summary>What an <c>event</c> adds to a record.</summary>
/// <param name="EventType">The event type string.</param>
/// <param name="Version">The schema version.</param>
/// <param name="DisplayName">The humanized name, such as "Credentials presented".</param>
/// <param name="Summary">The <c>@summary</c> template; empty when there is none.</param>
/// <param name="HasSummary">Whether the event has a <c>@summary</c> template.</param>
internal sealed record EventSpec(string EventType, int Version, string DisplayName, EquatableArray<SummaryPartSpec> Summary, bool HasSummary);

/// <summary>Literal text, or a hole reading a path of properties.</summary>
internal sealed record SummaryPartSpec(string? Text, EquatableArray<SummaryStepSpec> Path, ValueShape? Shape);

/// <summary>One property along a summary hole's path.</summary>
/// <param name="PropertyName">The C# property.</param>
/// <param name="MayBeNull">Whether it is optional, so the path goes on null-safely.</param>
/// <param name="IsValueType">Whether it is a value type (so a nullable one is read through <c>.Value</c>).</param>
internal sealed record SummaryStepSpec(string PropertyName, bool MayBeNull, bool IsValueType);

/// <summary>A field of a record or event.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="SchemaName">The field name as written, used in validation paths.</param>
/// <param name="JsonName">The wire name after <c>@json</c> and the naming option.</param>
/// <param name="DisplayName">The humanized name, such as "Received by".</param>
/// <param name="ItemDisplayName">The humanized singular, such as "Source", for collection items.</param>
/// <param name="Shape">The C# type.</param>
/// <param name="IsOptional">Declared <c>name?: Type</c>: nullable.</param>
/// <param name="IsRequired">Must be set by the creator (not optional, no default).</param>
/// <param name="DefaultExpression">The C# initializer of the default; null when there is none.</param>
/// <param name="Documentation">The <c>///</c> text; null when there is none.</param>
/// <param name="DeprecationMessage">The <c>@deprecated</c> reason; null when not deprecated.</param>
/// <param name="Rules">Its constraints.</param>
/// <param name="SharedDefault">
/// For a default that costs a parse to build (a <c>Uri</c>): the initializer of the static field
/// <see cref="DefaultExpression"/> then names; null otherwise.
/// </param>
internal sealed record PropertySpec(
    string Name,
    string SchemaName,
    string JsonName,
    string DisplayName,
    string ItemDisplayName,
    ValueShape Shape,
    bool IsOptional,
    bool IsRequired,
    string? DefaultExpression,
    string? Documentation,
    string? DeprecationMessage,
    RuleSpec Rules,
    string? SharedDefault = null);

/// <summary>An <c>enum</c>; <c>ExtensionsName</c> names the static class with the wire-value helpers.</summary>
internal sealed record EnumSpec(
    string Name,
    string SchemaName,
    string? Documentation,
    string? DeprecationMessage,
    string ExtensionsName,
    string DisplayName,
    EquatableArray<EnumMemberSpec> Members)
    : TypeSpec(Name, SchemaName, Documentation, DeprecationMessage);

/// <summary>One enum member: its C# name and its wire value.</summary>
internal sealed record EnumMemberSpec(string Name, string JsonValue, string? Documentation, string? DeprecationMessage);

/// <summary>A <c>scalar</c>: a validated value object over a primitive.</summary>
internal sealed record ScalarSpec(
    string Name,
    string SchemaName,
    string? Documentation,
    string? DeprecationMessage,
    string DisplayName,
    ValueShape Underlying,
    RuleSpec Rules)
    : TypeSpec(Name, SchemaName, Documentation, DeprecationMessage);

/// <summary>Everything generated from one schema file, with the options that shape it.</summary>
/// <param name="FilePath">The schema file.</param>
/// <param name="HintName">The unique generated file name.</param>
/// <param name="Namespace">The C# namespace; empty for the global namespace.</param>
/// <param name="EmitValidators">Whether records get <c>Validate()</c>.</param>
/// <param name="Types">The types to generate, in declaration order.</param>
internal sealed record SchemaFileSpec(
    string FilePath,
    string HintName,
    string Namespace,
    bool EmitValidators,
    EquatableArray<TypeSpec> Types);
