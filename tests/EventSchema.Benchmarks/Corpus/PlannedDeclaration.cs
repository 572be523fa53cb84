namespace EventSchema.Benchmarks.Corpus;

/// <summary>One declaration of the corpus, written once as schema and once as the equivalent C#.</summary>
internal abstract record PlannedDeclaration(string Namespace, string Name, string? Documentation)
{
    /// <summary>The namespace-qualified name, such as <c>Corpus.Billing0.Official12</c>.</summary>
    public string FullName => Namespace + "." + Name;
}

/// <summary><c>scalar Name : primitive;</c> with its constraints.</summary>
internal sealed record PlannedScalar(
    string Namespace, string Name, string? Documentation, string Primitive, IReadOnlyList<Decorator> Decorators)
    : PlannedDeclaration(Namespace, Name, Documentation);

/// <summary><c>enum Name { a, b = "json-value", c }</c>.</summary>
internal sealed record PlannedEnum(string Namespace, string Name, string? Documentation, IReadOnlyList<PlannedEnumMember> Members)
    : PlannedDeclaration(Namespace, Name, Documentation);

/// <summary>One enum member, with its explicit JSON value and doc comment when it has them.</summary>
internal sealed record PlannedEnumMember(string Name, string? JsonValue, string? Documentation);

/// <summary><c>record</c>, or <c>event</c> when <paramref name="IsEvent"/>, with its decorators and fields.</summary>
internal sealed record PlannedRecord(
    string Namespace,
    string Name,
    string? Documentation,
    bool IsEvent,
    IReadOnlyList<Decorator> Decorators,
    IReadOnlyList<PlannedField> Fields)
    : PlannedDeclaration(Namespace, Name, Documentation);
