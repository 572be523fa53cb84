namespace EventSchema.Language.Diagnostics;

// Unions that nest, and the discriminator under the project's JSON naming: ES0103's naming case, ES0106–ES0107.
internal readonly partial struct DiagnosticBuilder
{
    /// <summary>ES0103, for a field that is the discriminator only once a JSON naming converts its name.</summary>
    public Diagnostic DiscriminatorCollidesUnderNaming(string member, string field, string property, string naming, string union, string freeName, string decoratorTarget)
        => Make(DiscriminatorCollidesWithFieldDefinition, $"{Quote(member)} has the field {Quote(field)}, which is {Quote(property)} on the wire under the JSON naming {naming}, and {union} uses {Quote(property)} as its discriminator property; a schema must be valid under every naming, so name the discriminator differently with @discriminator(\"{freeName}\") on {decoratorTarget}, or give the field a fixed wire name with @json(\"…\").");

    /// <summary>ES0106: a member of a nested union has the discriminator value of another member of the union that lists it.</summary>
    public static DiagnosticDefinition NestedDiscriminatorValueTakenDefinition { get; } = Define("ES0106", DiagnosticSeverity.Error, "Nested union brings a discriminator value already taken", Unions);

    public Diagnostic NestedDiscriminatorValueTaken(string value, string member, string other, string union)
        => Make(NestedDiscriminatorValueTakenDefinition, $"Members {other} and {member} of union {Quote(union)} both have the discriminator value {Quote(value)}: the members of a nested union become members of the union that lists it, and a reader could not tell these two apart; give one of them another value with @discriminatorValue(\"…\") on its record or event.");

    /// <summary>ES0107: a union that lists itself, directly or through other unions.</summary>
    public static DiagnosticDefinition UnionContainsItselfDefinition { get; } = Define("ES0107", DiagnosticSeverity.Error, "Union lists itself", Unions);

    public Diagnostic UnionContainsItself(string nested, string union)
        => Make(UnionContainsItselfDefinition, nested == union
            ? $"Union {Quote(union)} lists itself as a member; remove it, since a union's members are records, events or other unions."
            : $"Union {Quote(union)} lists {Quote(nested)}, which lists {Quote(union)} (directly or through other unions), so neither has an end; remove one of the two.");
}
