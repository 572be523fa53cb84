namespace EventSchema.Language.Diagnostics;

internal readonly partial struct DiagnosticBuilder
{
    public Diagnostic UnionMemberNotRecord(string member, string what, string union)
        => Make(DiagnosticCatalog.UnionMemberNotRecord, $"{Quote(member)} is {what}, but the members of union {Quote(union)} must be records or events; wrap it in a record, such as 'record {Capitalize(member)}Value {{ value: {member}; }}'.");

    public Diagnostic DuplicateUnionMember(string member, string union)
        => Make(DiagnosticCatalog.DuplicateUnionMember, $"{Quote(member)} is already a member of union {Quote(union)}; remove this one.");

    public Diagnostic DuplicateDiscriminatorValue(string value, string member, string other, string union)
        => Make(DiagnosticCatalog.DuplicateDiscriminatorValue, $"Members {Quote(other)} and {Quote(member)} of union {Quote(union)} both have the discriminator value {Quote(value)}, so a reader could not tell them apart; give {Quote(member)} another with @discriminatorValue(\"…\").");

    public Diagnostic DiscriminatorCollidesWithField(string member, string field, string property, string union)
        => Make(DiagnosticCatalog.DiscriminatorCollidesWithField, $"{Quote(member)} has the field {Quote(field)} on the wire as {Quote(property)}, which union {Quote(union)} uses as its discriminator property; name the discriminator differently with @discriminator(\"kind\") on the union.");

    public Diagnostic DiscriminatorWithoutUnion(string field, string type)
        => Make(DiagnosticCatalog.DiscriminatorWithoutUnion, $"@discriminator names the discriminator property of a union, but field {Quote(field)} has the type {Quote(type)}; write it on the 'union' declaration, or on a field whose type is a union written in place ('leg: RailLeg | SeaLeg').");

    public Diagnostic InlineUnionNameTaken(string field, string name, string location)
        => Make(DiagnosticCatalog.InlineUnionNameTaken, $"The union written as the type of field {Quote(field)} is named {Quote(name)}, which is already declared at {location}; declare the union yourself ('union {name}Choice = …;') and write that name as the field's type.");

    private static string Capitalize(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
