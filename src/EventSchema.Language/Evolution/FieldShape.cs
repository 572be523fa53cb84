using System;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Evolution;

/// <summary>One field of a record or event as it was at one version: what a lock file records for it.</summary>
public sealed class FieldShape
{
    /// <summary>Creates a field shape.</summary>
    public FieldShape(string name, string jsonName, TypeShape type, bool isOptional, string? defaultJson, Constraints constraints)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        JsonName = jsonName ?? throw new ArgumentNullException(nameof(jsonName));
        Type = type ?? throw new ArgumentNullException(nameof(type));
        IsOptional = isOptional;
        DefaultJson = defaultJson;
        Constraints = constraints ?? Constraints.None;
    }

    /// <summary>The field's name at that version.</summary>
    public string Name { get; }

    /// <summary>The JSON property name at that version.</summary>
    public string JsonName { get; }

    /// <summary>
    /// Whether <see cref="JsonName"/> is the wire name under every JSON naming: the field has <c>@json("…")</c> (even
    /// one equal to its name) or comes from a referenced assembly. Otherwise the naming converts <see cref="Name"/>
    /// (and <see cref="JsonName"/> is <see cref="Name"/>). A lock file writes <c>"fixedJsonName": true</c> for such a
    /// field when its key is its name, and nothing when the key differs (that key can only be a fixed name).
    /// </summary>
    public bool KeepsJsonName { get; internal set; }

    /// <summary>The type at that version.</summary>
    public TypeShape Type { get; }

    /// <summary>Whether it was optional (<c>name?: Type</c>) at that version.</summary>
    public bool IsOptional { get; }

    /// <summary>The default in its JSON wire form (<c>"text"</c>, <c>0</c>, <c>true</c>, <c>null</c>); null when there is none.</summary>
    public string? DefaultJson { get; }

    /// <summary>Whether a payload may leave it out: it is optional or has a default.</summary>
    public bool MayBeOmitted => IsOptional || DefaultJson is not null;

    /// <summary>The field's own constraints (a scalar type's rules are on the scalar's shape).</summary>
    public Constraints Constraints { get; }

    /// <summary>
    /// The field this shape was taken from, when it comes from a schema rather than a lock file: the same symbol at
    /// every version, so renamed fields are matched across versions.
    /// </summary>
    public FieldSymbol? Symbol { get; internal set; }

    /// <summary>Where the lock file writes it, when it was read from one.</summary>
    public LockLocation? Location { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Name + (IsOptional ? "?" : "") + ": " + Type + (DefaultJson is null ? "" : " = " + DefaultJson);
}

/// <summary>One member of an enum as it was at one version.</summary>
public sealed class EnumMemberShape
{
    /// <summary>Creates a member shape.</summary>
    public EnumMemberShape(string name, string jsonValue)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        JsonValue = jsonValue ?? throw new ArgumentNullException(nameof(jsonValue));
    }

    /// <summary>The member's name.</summary>
    public string Name { get; }

    /// <summary>Its value on the wire.</summary>
    public string JsonValue { get; }

    /// <summary>The member this shape was taken from, when it comes from a schema.</summary>
    public EnumMemberSymbol? Symbol { get; internal set; }

    /// <summary>Where the lock file writes it, when it was read from one.</summary>
    public LockLocation? Location { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => JsonValue == Name ? Name : Name + " = \"" + JsonValue + "\"";
}
