namespace EventSchema.Generator.Model;

/// <summary>
/// The constraints of a field or scalar, copied from the front end into equatable values. Numbers
/// keep their schema text, from which the emitter writes C# literals. Absent constraints are null (or false).
/// </summary>
internal sealed record RuleSpec
{
    /// <summary>No constraint at all.</summary>
    public static RuleSpec None { get; } = new();

    /// <summary><c>@minLength</c>.</summary>
    public int? MinLength { get; init; }

    /// <summary><c>@maxLength</c>.</summary>
    public int? MaxLength { get; init; }

    /// <summary><c>@pattern</c>, as written (ECMA-262).</summary>
    public string? Pattern { get; init; }

    /// <summary><c>@minimum</c>, as schema text.</summary>
    public string? Minimum { get; init; }

    /// <summary><c>@maximum</c>, as schema text.</summary>
    public string? Maximum { get; init; }

    /// <summary><c>@exclusiveMinimum</c>, as schema text.</summary>
    public string? ExclusiveMinimum { get; init; }

    /// <summary><c>@exclusiveMaximum</c>, as schema text.</summary>
    public string? ExclusiveMaximum { get; init; }

    /// <summary><c>@minItems</c>.</summary>
    public int? MinItems { get; init; }

    /// <summary><c>@maxItems</c>.</summary>
    public int? MaxItems { get; init; }

    /// <summary><c>@uniqueItems</c>.</summary>
    public bool UniqueItems { get; init; }

    public bool HasValueRules => MinLength is not null || MaxLength is not null || Pattern is not null
        || Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null;

    public bool HasItemRules => MinItems is not null || MaxItems is not null || UniqueItems;

    public RuleSpec WithoutItemRules() => this with { MinItems = null, MaxItems = null, UniqueItems = false };
}
