using System;
using System.Collections.Generic;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Evolution;

/// <summary>
/// A record, event, enum, scalar or union as it was at one version: the fields (records and events), the members (enums),
/// the underlying type and constraints (scalars), the event type string (events), and the discriminator property and
/// members (unions). Pure data: it is what a lock
/// file records for one published version, and what <see cref="DeclarationHistory.ShapeAt"/> derives from a schema.
/// </summary>
public sealed class DeclarationShape
{
    /// <summary>Creates a shape.</summary>
    public DeclarationShape(
        string fullName,
        DeclarationKind kind,
        int version,
        string? eventType = null,
        IReadOnlyList<FieldShape>? fields = null,
        IReadOnlyList<EnumMemberShape>? members = null,
        TypeShape? underlyingType = null,
        Constraints? constraints = null,
        string? discriminatorProperty = null,
        IReadOnlyList<UnionMemberShape>? unionMembers = null)
    {
        if (version < 1) throw new ArgumentOutOfRangeException(nameof(version), "Versions start at 1.");
        FullName = fullName ?? throw new ArgumentNullException(nameof(fullName));
        Kind = kind;
        Version = version;
        EventType = eventType;
        Fields = fields ?? [];
        Members = members ?? [];
        UnderlyingType = underlyingType;
        Constraints = constraints ?? Constraints.None;
        DiscriminatorProperty = discriminatorProperty;
        UnionMembers = unionMembers ?? [];
    }

    /// <summary>The declaration's full name, such as <c>Diplomacy.Official</c>.</summary>
    public string FullName { get; }

    /// <summary>The simple name: the part after the last dot.</summary>
    public string Name => FullName.Substring(FullName.LastIndexOf('.') + 1);

    /// <summary>What it declares.</summary>
    public DeclarationKind Kind { get; }

    /// <summary>The version this shape is of, from 1.</summary>
    public int Version { get; }

    /// <summary>The event type string at this version (events only), such as <c>diplomacy.credentials-presented.v2</c>.</summary>
    public string? EventType { get; }

    /// <summary>The fields at this version, in declaration order (records and events).</summary>
    public IReadOnlyList<FieldShape> Fields { get; }

    /// <summary>The members at this version, in declaration order (enums).</summary>
    public IReadOnlyList<EnumMemberShape> Members { get; }

    /// <summary>The primitive a scalar wraps; null for other declarations.</summary>
    public TypeShape? UnderlyingType { get; }

    /// <summary>A scalar's constraints; <see cref="Constraints.None"/> for other declarations.</summary>
    public Constraints Constraints { get; }

    /// <summary>A union's discriminator property name, such as <c>type</c>; null for other declarations.</summary>
    public string? DiscriminatorProperty { get; }

    /// <summary>A union's members at this version, in the order written (unions).</summary>
    public IReadOnlyList<UnionMemberShape> UnionMembers { get; }

    /// <summary>The declaration this shape was derived from, when it comes from a schema rather than a lock file.</summary>
    public DeclarationSymbol? Symbol { get; internal set; }

    /// <summary>Where the lock file writes this version, when it was read from one.</summary>
    public LockLocation? Location { get; internal set; }

    /// <summary>The field whose JSON name at this version is <paramref name="jsonName"/>; null when there is none.</summary>
    public FieldShape? FindFieldByJsonName(string jsonName)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.JsonName, jsonName, StringComparison.Ordinal)) return field;
        }
        return null;
    }

    /// <summary>The member whose JSON value at this version is <paramref name="jsonValue"/>; null when there is none.</summary>
    public EnumMemberShape? FindMemberByJsonValue(string jsonValue)
    {
        foreach (var member in Members)
        {
            if (string.Equals(member.JsonValue, jsonValue, StringComparison.Ordinal)) return member;
        }
        return null;
    }

    /// <summary>The union member whose record or event is <paramref name="fullName"/>; null when there is none.</summary>
    public UnionMemberShape? FindUnionMember(string fullName)
    {
        foreach (var member in UnionMembers)
        {
            if (string.Equals(member.MemberFullName, fullName, StringComparison.Ordinal)) return member;
        }
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => FullName + " v" + Version;
}
