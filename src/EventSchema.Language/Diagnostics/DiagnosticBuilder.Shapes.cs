namespace EventSchema.Language.Diagnostics;

// The messages of ES0120–ES0139: shared fields, richer collections, names users write.
internal readonly partial struct DiagnosticBuilder
{
    /// <summary>ES0120: two fields of a record whose names differ only in case or separators, so they would share one C# property name.</summary>
    public static DiagnosticDefinition FieldsShareCSharpNameDefinition { get; } = Define("ES0120", DiagnosticSeverity.Error, "Fields with the same C# name", Names);

    public Diagnostic FieldsShareCSharpName(string fieldName, string otherName, string recordName, string csharpName)
        => Make(FieldsShareCSharpNameDefinition, $"Fields {Quote(otherName)} and {Quote(fieldName)} of {Quote(recordName)} would both be the C# property {Quote(csharpName)}; rename one, and keep its name on the wire with @json(\"{fieldName}\").");

    /// <summary>ES0121: a field name written as a string, such as <c>"port-code": string;</c>.</summary>
    public static DiagnosticDefinition QuotedFieldNameDefinition { get; } = Define("ES0121", DiagnosticSeverity.Error, "Field name written as a string", Syntax);

    public Diagnostic QuotedFieldName(string written, string wireName, string identifier, bool hasWireName)
    {
        // "isbn" is isbn on the wire under every JSON naming: the identifier alone is what to write.
        if (!hasWireName && identifier == wireName && Export.JsonNames.IsSameUnderEveryNaming(identifier))
        {
            return Make(QuotedFieldNameDefinition, $"Field names are identifiers, not strings; write {Quote(identifier)}, which is {Quote(wireName)} on the wire.",
                Replace(written, identifier, $"Change to {Quote(identifier)}"));
        }
        string replacement = "@json(\"" + wireName.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\") " + identifier;
        return Make(QuotedFieldNameDefinition, $"Field names are identifiers, not strings; write '{replacement}' to name the field {Quote(identifier)} and keep {Quote(wireName)} on the wire.",
            hasWireName ? Replace(written, identifier, $"Change to {Quote(identifier)}") : Replace(written, replacement, $"Change to {Quote(replacement)}"));
    }

    /// <summary>ES0122: <c>...Name;</c> where the name is not a record.</summary>
    public static DiagnosticDefinition SpreadNotRecordDefinition { get; } = Define("ES0122", DiagnosticSeverity.Error, "Spread of something that is not a record", Types);

    public Diagnostic SpreadNotRecord(string name, string kind)
        => Make(SpreadNotRecordDefinition, $"{Quote(name)} is {kind}, and only a record's fields can be spread; declare the shared fields in a 'record' and write '...RecordName;'.");

    /// <summary>ES0123: a spread brings a field the record already has.</summary>
    public static DiagnosticDefinition SpreadFieldConflictDefinition { get; } = Define("ES0123", DiagnosticSeverity.Error, "Spread field conflicts with another field", Names);

    public Diagnostic SpreadFieldConflict(string fieldName, string recordName, string origin)
        => Make(SpreadFieldConflictDefinition, $"{Quote(recordName)} gets a field {Quote(fieldName)} both from {origin}; a field is declared once, so remove one of them or rename it.");

    /// <summary>ES0124: records that spread each other, so neither has an end.</summary>
    public static DiagnosticDefinition SpreadCycleDefinition { get; } = Define("ES0124", DiagnosticSeverity.Error, "Records spread each other", Types);

    public Diagnostic SpreadCycle(string path)
        => Make(SpreadCycleDefinition, $"These records spread each other ({path}), so their fields never end; remove one of the spreads.");

    /// <summary>ES0125: a decorator inside a type argument where it cannot apply, such as on a map key or <c>@minItems</c> on an item.</summary>
    public static DiagnosticDefinition ItemDecoratorMisplacedDefinition { get; } = Define("ES0125", DiagnosticSeverity.Error, "Item decorator cannot apply here", Decorators);

    public Diagnostic ItemDecoratorMisplaced(string decorator, string reason)
        => Make(ItemDecoratorMisplacedDefinition, $"@{decorator} cannot be written here: {reason}.");

    /// <summary>ES0126: a nullable map key, <c>map&lt;string?, T&gt;</c>, which JSON objects cannot have.</summary>
    public static DiagnosticDefinition MapKeyNullableDefinition { get; } = Define("ES0126", DiagnosticSeverity.Error, "Map key cannot be null", Types);

    public Diagnostic MapKeyNullable()
        => Make(MapKeyNullableDefinition, "A map key cannot be null: JSON object keys are always present. Remove the '?' after the key type.");

    public Diagnostic ItemRuleOnCollection(string decorator, string typeName, string itemType)
        => Make(DecoratorWrongTypeDefinition, $"'@{decorator}' does not apply to {Quote(typeName)} itself; to constrain each item, write it on the item type: {itemType}.");

    /// <summary>ES0127: two declarations of a namespace, or two members of an enum, whose names differ only in case or separators.</summary>
    public static DiagnosticDefinition NamesShareCSharpNameDefinition { get; } = Define("ES0127", DiagnosticSeverity.Error, "Names with the same C# name", Names);

    /// <param name="name">The later name, where it is reported.</param>
    /// <param name="otherName">The earlier name.</param>
    /// <param name="csharpName">The C# name both would have.</param>
    /// <param name="otherPlace">Where the earlier name is.</param>
    public Diagnostic TypesShareCSharpName(string name, string otherName, string csharpName, string otherPlace)
        => Make(NamesShareCSharpNameDefinition, $"{Quote(name)} and {Quote(otherName)} (at {otherPlace}) would both be the C# type {Quote(csharpName)}; rename one of them.");

    /// <param name="name">The later member, where it is reported.</param>
    /// <param name="otherName">The earlier member.</param>
    /// <param name="enumName">The enum.</param>
    /// <param name="csharpName">The C# name both would have.</param>
    /// <param name="otherLine">The line of the earlier member.</param>
    /// <param name="jsonValue">The later member's JSON value, which a rename keeps with <c>= "…"</c>.</param>
    public Diagnostic MembersShareCSharpName(string name, string otherName, string enumName, string csharpName, int otherLine, string jsonValue)
        => Make(NamesShareCSharpNameDefinition, $"Members {Quote(otherName)} (on line {otherLine}) and {Quote(name)} of {Quote(enumName)} would both be the C# member {Quote(csharpName)}; rename one of them, keeping its JSON value with = \"{jsonValue}\".");
}
