namespace EventSchema.Language.Diagnostics;

internal readonly partial struct DiagnosticBuilder
{
    private const string Unions = "Unions";

    /// <summary>ES0100: a union member that is not a record or event.</summary>
    public static DiagnosticDefinition UnionMemberNotRecordDefinition { get; } = Define("ES0100", DiagnosticSeverity.Error, "Union member is not a record or event", Unions);

    public Diagnostic UnionMemberNotRecord(string member, string what, string union)
        => Make(UnionMemberNotRecordDefinition, $"{Quote(member)} is {what}, but the members of union {Quote(union)} must be records or events; wrap it in a record, such as 'record {Capitalize(member)}Value {{ value: {member}; }}'.");

    /// <summary>ES0101: a record or event listed twice in one union.</summary>
    public static DiagnosticDefinition DuplicateUnionMemberDefinition { get; } = Define("ES0101", DiagnosticSeverity.Error, "Duplicate union member", Unions);

    public Diagnostic DuplicateUnionMember(string member, string union)
        => Make(DuplicateUnionMemberDefinition, $"{Quote(member)} is already a member of union {Quote(union)}; remove this one.");

    /// <summary>ES0102: two members of a union with the same discriminator value.</summary>
    public static DiagnosticDefinition DuplicateDiscriminatorValueDefinition { get; } = Define("ES0102", DiagnosticSeverity.Error, "Duplicate discriminator value", Unions);

    public Diagnostic DuplicateDiscriminatorValue(string value, string member, string other, string union)
        => Make(DuplicateDiscriminatorValueDefinition, $"Members {Quote(other)} and {Quote(member)} of union {Quote(union)} both have the discriminator value {Quote(value)}, so a reader could not tell them apart; give {Quote(member)} another with @discriminatorValue(\"…\").");

    /// <summary>ES0103: a member with a field whose JSON name is the union's discriminator property.</summary>
    public static DiagnosticDefinition DiscriminatorCollidesWithFieldDefinition { get; } = Define("ES0103", DiagnosticSeverity.Error, "Discriminator property is also a field", Unions);

    public Diagnostic DiscriminatorCollidesWithField(string member, string field, string property, string union, string freeName, string decoratorTarget)
        => Make(DiscriminatorCollidesWithFieldDefinition, $"{Quote(member)} has the field {Quote(field)} on the wire as {Quote(property)}, which {union} uses as its discriminator property; name the discriminator differently with @discriminator(\"{freeName}\") on {decoratorTarget}, or give the field another wire name with @json(\"…\").");

    /// <summary>ES0104: <c>@discriminator</c> on a field whose type is not a union written in place.</summary>
    public static DiagnosticDefinition DiscriminatorWithoutUnionDefinition { get; } = Define("ES0104", DiagnosticSeverity.Error, "Discriminator on a field that is not a union", Unions);

    public Diagnostic DiscriminatorWithoutUnion(string field, string type)
        => Make(DiscriminatorWithoutUnionDefinition, $"@discriminator names the discriminator property of a union, but field {Quote(field)} has the type {Quote(type)}; write it on the 'union' declaration, or on a field whose type is a union written in place ('leg: RailLeg | SeaLeg').");

    /// <summary>ES0105: the name of a field's in-place union is already declared.</summary>
    public static DiagnosticDefinition InlineUnionNameTakenDefinition { get; } = Define("ES0105", DiagnosticSeverity.Error, "Name of an in-place union is taken", Unions);

    public Diagnostic InlineUnionNameTaken(string field, string name, string location)
        => Make(InlineUnionNameTakenDefinition, $"The union written as the type of field {Quote(field)} is named {Quote(name)}, which is already declared at {location}; declare the union yourself ('union {name}Choice = …;') and write that name as the field's type.");

    private static string Capitalize(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
