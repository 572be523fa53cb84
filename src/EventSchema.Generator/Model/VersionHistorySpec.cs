namespace EventSchema.Generator.Model;

/// <summary>
/// The past versions an event still reads, oldest first. Each is generated as a nested record (<c>V1</c>, <c>V2</c>,
/// …) with its own JSON reader and writer, and each converts into the version after it, the last into the current
/// type; reading version <c>n</c> reads its nested type and converts it up the chain.
/// </summary>
internal sealed record VersionHistorySpec
{
    /// <summary>The current version, from <c>@version</c>.</summary>
    public required int CurrentVersion { get; init; }

    /// <summary>Every version before <see cref="CurrentVersion"/>, oldest first.</summary>
    public required EquatableArray<PastVersionSpec> PastVersions { get; init; }
}

/// <summary>One past version of an event: its shape as a record, and how it becomes the next version.</summary>
internal sealed record PastVersionSpec
{
    /// <summary>The version number.</summary>
    public required int Version { get; init; }

    /// <summary>The event type string of that version, such as <c>diplomacy.credentials-presented.v1</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>The nested record of that version's shape (named <c>V1</c>, …; no event members, no validator).</summary>
    public required RecordSpec Shape { get; init; }

    /// <summary>The name of the type this version converts into: the next nested record, or the event itself.</summary>
    public required string NextTypeName { get; init; }

    /// <summary>How each property of the next version is set from this one, in the next version's order.</summary>
    public required EquatableArray<UpcastSpec> ToNext { get; init; }
}

/// <summary>How the generated conversion sets one property of the next version.</summary>
internal enum UpcastKind
{
    /// <summary>From the same field of this version: the same type, or one C# widens to it implicitly.</summary>
    Copy,

    /// <summary>From an optional field of this version that the next makes required with a default: the default when absent.</summary>
    CopyOrDefault,

    /// <summary>
    /// From the same field of this version, whose type widened (a set to a list, an enum to its string, a scalar to its
    /// primitive, elements so): its value converted by <see cref="UpcastSpec.Expression"/>.
    /// </summary>
    Convert,

    /// <summary>The field is new and optional or defaulted: left to its default.</summary>
    Default,

    /// <summary>Nothing can be derived: a user-written <c>static partial</c> method gives the value.</summary>
    Method,
}

/// <summary>One property of the next version and where its value comes from.</summary>
internal sealed record UpcastSpec
{
    /// <summary>The C# property of the next version.</summary>
    public required string TargetProperty { get; init; }

    /// <summary>How it is set.</summary>
    public required UpcastKind Kind { get; init; }

    /// <summary>The C# property of this version it is read from (<see cref="UpcastKind.Copy"/>, <see cref="UpcastKind.CopyOrDefault"/>, <see cref="UpcastKind.Convert"/>).</summary>
    public string? SourceProperty { get; init; }

    /// <summary>The C# expression of the converted value, reading this version's property through <c>this</c> (<see cref="UpcastKind.Convert"/>).</summary>
    public string? Expression { get; init; }

    /// <summary>The default (<see cref="UpcastKind.CopyOrDefault"/>).</summary>
    public string? DefaultExpression { get; init; }

    /// <summary>The user-written method (<see cref="UpcastKind.Method"/>), such as <c>UpcastGreetingsFrom</c>.</summary>
    public string? MethodName { get; init; }

    /// <summary>The C# type the method returns, nullable annotation included (<see cref="UpcastKind.Method"/>).</summary>
    public string? MethodReturnType { get; init; }

    /// <summary>Why the method is needed, for its documentation comment (<see cref="UpcastKind.Method"/>).</summary>
    public string? Reason { get; init; }

    /// <summary>The error, at the field in the schema, reported when the project does not write the method (<see cref="UpcastKind.Method"/>).</summary>
    public Language.Diagnostics.Diagnostic? MissingDiagnostic { get; init; }
}
