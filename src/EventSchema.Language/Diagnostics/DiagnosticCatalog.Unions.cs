namespace EventSchema.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>ES0100: a union member that is not a record or event.</summary>
    public static DiagnosticDefinition UnionMemberNotRecord => UnionDefinitions.UnionMemberNotRecord;
    /// <summary>ES0101: a record or event listed twice in one union.</summary>
    public static DiagnosticDefinition DuplicateUnionMember => UnionDefinitions.DuplicateUnionMember;
    /// <summary>ES0102: two members of a union with the same discriminator value.</summary>
    public static DiagnosticDefinition DuplicateDiscriminatorValue => UnionDefinitions.DuplicateDiscriminatorValue;
    /// <summary>ES0103: a member with a field whose JSON name is the union's discriminator property.</summary>
    public static DiagnosticDefinition DiscriminatorCollidesWithField => UnionDefinitions.DiscriminatorCollidesWithField;
    /// <summary>ES0104: <c>@discriminator</c> on a field whose type is not a union written in place.</summary>
    public static DiagnosticDefinition DiscriminatorWithoutUnion => UnionDefinitions.DiscriminatorWithoutUnion;
    /// <summary>ES0105: the name of a field's in-place union is already declared.</summary>
    public static DiagnosticDefinition InlineUnionNameTaken => UnionDefinitions.InlineUnionNameTaken;

    // A nested class is initialized on first use, so these exist before the other part's list of every definition reads them.
    private static class UnionDefinitions
    {
        private const string Unions = "Unions";
        public static readonly DiagnosticDefinition UnionMemberNotRecord = new("ES0100", DiagnosticSeverity.Error, "Union member is not a record or event", Unions);
        public static readonly DiagnosticDefinition DuplicateUnionMember = new("ES0101", DiagnosticSeverity.Error, "Duplicate union member", Unions);
        public static readonly DiagnosticDefinition DuplicateDiscriminatorValue = new("ES0102", DiagnosticSeverity.Error, "Duplicate discriminator value", Unions);
        public static readonly DiagnosticDefinition DiscriminatorCollidesWithField = new("ES0103", DiagnosticSeverity.Error, "Discriminator property is also a field", Unions);
        public static readonly DiagnosticDefinition DiscriminatorWithoutUnion = new("ES0104", DiagnosticSeverity.Error, "Discriminator on a field that is not a union", Unions);
        public static readonly DiagnosticDefinition InlineUnionNameTaken = new("ES0105", DiagnosticSeverity.Error, "Name of an in-place union is taken", Unions);
    }
}
