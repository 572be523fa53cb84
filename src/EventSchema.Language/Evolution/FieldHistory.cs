using System.Collections.Generic;
using EventSchema.Language.Text;

namespace EventSchema.Language.Evolution;

/// <summary>
/// What a field's history decorators say: the version it was added in, the version it was removed in, and the
/// renames, type changes and optionality changes between. Every version is the first version with the new state.
/// </summary>
public sealed class FieldHistory
{
    /// <summary>A field with no history: present in every version as it is now.</summary>
    public static FieldHistory None { get; } = new();

    /// <summary><c>@added(v)</c>: the first version with the field; null when it was there from version 1.</summary>
    public int? AddedIn { get; internal set; }

    /// <summary><c>@removed(v)</c>: the first version without the field; null when it is current.</summary>
    public int? RemovedIn { get; internal set; }

    /// <summary><c>@renamedFrom(v, "old")</c>, ordered by version.</summary>
    public IReadOnlyList<FieldRename> Renames { get; internal set; } = [];

    /// <summary><c>@typeChangedFrom(v, OldType)</c>, ordered by version.</summary>
    public IReadOnlyList<FieldTypeChange> TypeChanges { get; internal set; } = [];

    /// <summary><c>@madeOptional(v)</c> and <c>@madeRequired(v)</c>, ordered by version.</summary>
    public IReadOnlyList<OptionalityChange> OptionalityChanges { get; internal set; } = [];

    /// <summary>Whether no history decorator was written.</summary>
    public bool IsEmpty => AddedIn is null && RemovedIn is null && Renames.Count == 0 && TypeChanges.Count == 0 && OptionalityChanges.Count == 0;

    /// <summary>Whether the field exists at <paramref name="version"/>.</summary>
    public bool ExistsAt(int version) => version >= (AddedIn ?? 1) && (RemovedIn is not { } removed || version < removed);
}

/// <summary><c>@renamedFrom(v, "old")</c>: before version <see cref="Version"/> the field was called <see cref="OldName"/>.</summary>
/// <param name="Version">The first version with the newer name.</param>
/// <param name="OldName">The name before it.</param>
/// <param name="Span">Where the decorator is written.</param>
public sealed record FieldRename(int Version, string OldName, TextSpan Span);

/// <summary><c>@typeChangedFrom(v, OldType)</c>: before version <see cref="Version"/> the field had type <see cref="OldType"/>.</summary>
/// <param name="Version">The first version with the newer type.</param>
/// <param name="OldType">The type before it, declared names fully qualified.</param>
/// <param name="Span">Where the decorator is written.</param>
public sealed record FieldTypeChange(int Version, TypeShape OldType, TextSpan Span);

/// <summary><c>@madeOptional(v)</c> or <c>@madeRequired(v)</c>.</summary>
/// <param name="Version">The first version with the new optionality.</param>
/// <param name="BecameOptional">True for <c>@madeOptional</c>: optional from this version, required before.</param>
/// <param name="Span">Where the decorator is written.</param>
public sealed record OptionalityChange(int Version, bool BecameOptional, TextSpan Span);

/// <summary>What an enum member's history decorators say.</summary>
public sealed class EnumMemberHistory
{
    /// <summary>A member with no history: present in every version.</summary>
    public static EnumMemberHistory None { get; } = new();

    /// <summary><c>@added(v)</c>: the first version with the member; null when it was there from version 1.</summary>
    public int? AddedIn { get; internal set; }

    /// <summary><c>@removed(v)</c>: the first version without the member; null when it is current.</summary>
    public int? RemovedIn { get; internal set; }

    /// <summary>Whether the member exists at <paramref name="version"/>.</summary>
    public bool ExistsAt(int version) => version >= (AddedIn ?? 1) && (RemovedIn is not { } removed || version < removed);
}
