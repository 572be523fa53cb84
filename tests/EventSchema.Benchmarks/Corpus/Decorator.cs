namespace EventSchema.Benchmarks.Corpus;

/// <summary>
/// A decorator such as <c>@maxLength(200)</c>: its name as the schema spells it and its argument, an
/// <see cref="int"/> or a <see cref="string"/> (strings never need escaping in this corpus), or null
/// for a decorator written without one, such as <c>@uniqueItems</c>.
/// </summary>
internal sealed record Decorator(string Name, object? Argument = null);
