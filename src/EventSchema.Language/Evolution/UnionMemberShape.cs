using System;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Evolution;

/// <summary>
/// One member of a union as a version of the union had it: the record or event, and the discriminator value that says
/// it follows. What a lock file records for the member.
/// </summary>
public sealed class UnionMemberShape
{
    /// <summary>Creates a member shape; a null <paramref name="discriminatorValue"/> says the member's event type is its value.</summary>
    public UnionMemberShape(string memberFullName, string? discriminatorValue)
    {
        MemberFullName = memberFullName ?? throw new ArgumentNullException(nameof(memberFullName));
        DiscriminatorValue = discriminatorValue;
    }

    /// <summary>The full name of the member record or event, such as <c>Diplomacy.CredentialsPresented</c>.</summary>
    public string MemberFullName { get; }

    /// <summary>
    /// The discriminator value as the schema writes it: the member's <c>@discriminatorValue</c>, else a record's name;
    /// null for an event without <c>@discriminatorValue</c>, whose value is its event type string of each version (those
    /// strings are locked and checked on the event itself). A host's JSON naming applies to a record's name on the wire.
    /// </summary>
    public string? DiscriminatorValue { get; }

    /// <summary>Whether the member is told apart by its event type string rather than a value of its own.</summary>
    public bool IsDiscriminatedByEventType => DiscriminatorValue is null;

    /// <summary>The member this shape was derived from, when it comes from a schema rather than a lock file.</summary>
    public UnionMemberSymbol? Symbol { get; internal set; }

    /// <summary>Where the lock file writes this member, when it was read from one.</summary>
    public LockLocation? Location { get; internal set; }

    /// <summary>The shape of <paramref name="member"/>.</summary>
    internal static UnionMemberShape From(UnionMemberSymbol member)
    {
        var record = member.Record;
        string? value = record.DiscriminatorValue ?? (record.IsEvent ? null : record.Name);
        return new UnionMemberShape(record.FullName, value) { Symbol = member };
    }

    /// <summary>The value as a message shows it.</summary>
    public string DescribeValue() => DiscriminatorValue is null ? "its event type" : "\"" + DiscriminatorValue + "\"";

    /// <inheritdoc />
    public override string ToString() => MemberFullName + " = " + DescribeValue();
}
