using System.Collections.Generic;
using EventSchema.Language.Text;

namespace EventSchema.Language.Semantics;

/// <summary>A <c>record</c> or an <c>event</c> (a record that is also a versioned event).</summary>
public sealed class RecordSymbol : DeclarationSymbol
{
    internal RecordSymbol(string name, string @namespace, bool isEvent, string filePath, TextSpan nameSpan, TextSpan span)
        : base(name, @namespace, filePath, nameSpan, span)
    {
        IsEvent = isEvent;
    }

    /// <inheritdoc />
    public override DeclarationKind Kind => IsEvent ? DeclarationKind.Event : DeclarationKind.Record;

    /// <summary>Whether it was declared with <c>event</c>.</summary>
    public bool IsEvent { get; }

    /// <summary>The fields in declaration order.</summary>
    public IReadOnlyList<FieldSymbol> Fields { get; internal set; } = [];

    /// <summary>
    /// Fields marked <c>@removed(v)</c>: history only, in declaration order. They are not in <see cref="Fields"/>, so code,
    /// JSON Schema and everything else that describes the current shape never sees them; <see cref="DeclarationSymbol.History"/> does.
    /// </summary>
    public IReadOnlyList<FieldSymbol> RemovedFields { get; internal set; } = [];

    /// <summary>The schema version from <c>@version(n)</c>; 1 for an event without it; null for a record.</summary>
    public int? Version { get; internal set; }

    /// <summary>
    /// The event type string: the <c>@type("…")</c> value when given, else the namespace in lower case,
    /// the name in kebab case and the version, such as <c>diplomacy.credentials-presented.v1</c>. Null for a record.
    /// </summary>
    public string? EventType { get; internal set; }

    /// <summary>
    /// The past versions of an event that are read in their own shape, oldest first (see
    /// <see cref="Evolution.DeclarationHistory.PastEventVersions"/>). For an event of a referenced assembly, the ones the
    /// assembly's description lists: none when an EventSchema whose description did not list them built it. Empty for a record.
    /// </summary>
    public IReadOnlyList<Evolution.PastEventVersion> PastVersions
    {
        get => _pastVersions ?? History.PastEventVersions();
        internal set => _pastVersions = value;
    }

    private IReadOnlyList<Evolution.PastEventVersion>? _pastVersions;

    /// <summary>The value <c>@discriminatorValue("…")</c> gives it as a member of unions; null when it has none.</summary>
    public string? DiscriminatorValue { get; internal set; }

    /// <summary>The records spread into this one with <c>...Name;</c>, in the order written; their fields are among <see cref="Fields"/>.</summary>
    public IReadOnlyList<RecordSymbol> Spreads { get; internal set; } = [];

    /// <summary>Whether a record or event of the compilation spreads this record: its fields are a shared part, which the generated C# exposes as an interface.</summary>
    public bool IsSpread { get; internal set; }

    /// <summary>Scratch state for the cycle check, so it needs no dictionary over all records.</summary>
    internal int VisitState { get; set; }

    /// <summary>The parsed <c>@summary("…")</c> template; null when there is none.</summary>
    public SummaryTemplate? Summary { get; internal set; }
}
