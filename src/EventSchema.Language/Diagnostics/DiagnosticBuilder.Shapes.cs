namespace EventSchema.Language.Diagnostics;

// The messages of ES0120–ES0139: shared fields, richer collections, names users write.
internal readonly partial struct DiagnosticBuilder
{
    public Diagnostic FieldsShareCSharpName(string fieldName, string otherName, string recordName, string csharpName)
        => Make(DiagnosticCatalog.FieldsShareCSharpName, $"Fields {Quote(otherName)} and {Quote(fieldName)} of {Quote(recordName)} would both be the C# property {Quote(csharpName)}; rename one, and keep its name on the wire with @json(\"{fieldName}\").");

    public Diagnostic QuotedFieldName(string wireName, string identifier)
        => Make(DiagnosticCatalog.QuotedFieldName, $"Field names are identifiers, not strings; write '@json(\"{wireName.Replace("\\", "\\\\").Replace("\"", "\\\"")}\") {identifier}' to name the field {Quote(identifier)} and keep {Quote(wireName)} on the wire.");

    public Diagnostic SpreadNotRecord(string name, string kind)
        => Make(DiagnosticCatalog.SpreadNotRecord, $"{Quote(name)} is {kind}, and only a record's fields can be spread; declare the shared fields in a 'record' and write '...RecordName;'.");

    public Diagnostic SpreadFieldConflict(string fieldName, string recordName, string origin)
        => Make(DiagnosticCatalog.SpreadFieldConflict, $"{Quote(recordName)} gets a field {Quote(fieldName)} both from {origin}; a field is declared once, so remove one of them or rename it.");

    public Diagnostic SpreadCycle(string path)
        => Make(DiagnosticCatalog.SpreadCycle, $"These records spread each other ({path}), so their fields never end; remove one of the spreads.");

    public Diagnostic ItemDecoratorMisplaced(string decorator, string reason)
        => Make(DiagnosticCatalog.ItemDecoratorMisplaced, $"@{decorator} cannot be written here: {reason}.");

    public Diagnostic MapKeyNullable()
        => Make(DiagnosticCatalog.MapKeyNullable, "A map key cannot be null: JSON object keys are always present. Remove the '?' after the key type.");

    public Diagnostic ItemRuleOnCollection(string decorator, string typeName, string itemType)
        => Make(DiagnosticCatalog.DecoratorWrongType, $"'@{decorator}' does not apply to {Quote(typeName)} itself; to constrain each item, write it on the item type: {itemType}.");
}
