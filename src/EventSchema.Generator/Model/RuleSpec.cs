namespace EventSchema.Generator.Model;

/// <summary>
/// The constraints of a field or scalar, copied from the front end into equatable values. Numbers
/// keep their schema text, from which the emitter writes C# literals.
/// </summary>
internal sealed record RuleSpec(
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    string? Minimum,
    string? Maximum,
    string? ExclusiveMinimum,
    string? ExclusiveMaximum,
    int? MinItems,
    int? MaxItems,
    bool UniqueItems)
{
    public static RuleSpec None { get; } = new(null, null, null, null, null, null, null, null, null, false);

    public bool HasValueRules => MinLength is not null || MaxLength is not null || Pattern is not null
        || Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null;

    public bool HasItemRules => MinItems is not null || MaxItems is not null || UniqueItems;

    public RuleSpec WithoutItemRules() => this with { MinItems = null, MaxItems = null, UniqueItems = false };
}
