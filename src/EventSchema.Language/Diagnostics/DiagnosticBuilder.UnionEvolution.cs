namespace EventSchema.Language.Diagnostics;

// Schema evolution of unions: the breaking changes to a union's members and discriminator that the compatibility
// checker finds against a lock file (ES0765–ES0779). The checker builds their messages; a union edited without a new
// version is ES0730, as any published version.
internal readonly partial struct DiagnosticBuilder
{
    private const string UnionCompatibility = "Compatibility";

    /// <summary>ES0765 <c>UNION_MEMBER_REMOVED</c>: a member of a locked union version is gone, so stored values of it cannot be read.</summary>
    public static DiagnosticDefinition UnionMemberRemovedDefinition { get; } = Define("ES0765", DiagnosticSeverity.Error, "Union member removed (UNION_MEMBER_REMOVED)", UnionCompatibility);

    /// <summary>ES0766 <c>UNION_MEMBER_ADDED</c>: a member that a locked union version does not have, whose discriminator old readers refuse.</summary>
    public static DiagnosticDefinition UnionMemberAddedDefinition { get; } = Define("ES0766", DiagnosticSeverity.Error, "Union member added (UNION_MEMBER_ADDED)", UnionCompatibility);

    /// <summary>ES0767 <c>UNION_DISCRIMINATOR_CHANGED</c>: the union's discriminator property has another name.</summary>
    public static DiagnosticDefinition UnionDiscriminatorChangedDefinition { get; } = Define("ES0767", DiagnosticSeverity.Error, "Union discriminator property changed (UNION_DISCRIMINATOR_CHANGED)", UnionCompatibility);

    /// <summary>ES0768 <c>UNION_DISCRIMINATOR_VALUE_CHANGED</c>: a member is told apart by another discriminator value.</summary>
    public static DiagnosticDefinition UnionDiscriminatorValueChangedDefinition { get; } = Define("ES0768", DiagnosticSeverity.Error, "Union member's discriminator value changed (UNION_DISCRIMINATOR_VALUE_CHANGED)", UnionCompatibility);
}
