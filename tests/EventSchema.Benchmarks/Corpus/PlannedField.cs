namespace EventSchema.Benchmarks.Corpus;

/// <summary>
/// One field: <c>name?: Type = default;</c> with its decorators and doc comment. A default is a
/// <see cref="bool"/>, an <see cref="int"/> or a <see cref="string"/> that satisfies the field's constraints.
/// </summary>
internal sealed record PlannedField(
    string Name,
    FieldType Type,
    bool Optional,
    IReadOnlyList<Decorator> Decorators,
    object? Default,
    string? Documentation);
