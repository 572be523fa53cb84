using System;
using System.Collections.Generic;
using System.Globalization;

namespace EventSchema.Language.Diagnostics;

// Schema evolution: ES0700–ES0729 check a declaration's own history decorators; ES0730–ES0799 are the breaking
// changes the compatibility checker finds against a lock file, one code per rule; ES0780–ES0799 are reported by the
// build once it knows what the project's C# implements.
internal readonly partial struct DiagnosticBuilder
{
    private const string History = "History";
    private const string Compatibility = DiagnosticCatalog.Compatibility;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    // History decorators.

    /// <summary>ES0700: a history decorator's version outside 2 to the declaration's current version.</summary>
    public static DiagnosticDefinition HistoryVersionOutOfRangeDefinition { get; } = Define("ES0700", DiagnosticSeverity.Error, "History version out of range", History);

    public Diagnostic HistoryVersionOutOfRange(string decorator, int version, string declaration, int current)
        => Make(HistoryVersionOutOfRangeDefinition, current == 1
            ? $"{decorator}({N(version)}) describes a change, but '{declaration}' has only version 1; give it '@version({N(Math.Max(2, version))})' (or higher) for the version that has the change."
            : version == 1
                ? $"{decorator}(1) describes a change at version 1, which has no version before it; history versions of '{declaration}' run from 2 to {N(current)}."
                : $"{decorator}({N(version)}) is after the current version of '{declaration}', which is {N(current)}; raise '@version' to {N(version)} or correct the number: its history versions run from 2 to {N(current)}.");

    /// <summary>ES0701: <c>@added(1)</c>, which says nothing: every field and member without <c>@added</c> is there from version 1.</summary>
    public static DiagnosticDefinition AddedInFirstVersionDefinition { get; } = Define("ES0701", DiagnosticSeverity.Error, "Added in the first version", History);

    public Diagnostic AddedInFirstVersion(string name)
        => Make(AddedInFirstVersionDefinition, $"'@added(1)' on '{name}' says nothing: without '@added' it is there from version 1. Remove it, or give the version that first had '{name}'.");

    /// <summary>ES0702: <c>@removed(v)</c> at or before the field's or member's <c>@added</c> version.</summary>
    public static DiagnosticDefinition RemovedBeforeAddedDefinition { get; } = Define("ES0702", DiagnosticSeverity.Error, "Removed before it was added", History);

    public Diagnostic RemovedBeforeAdded(string name, int removed, int added)
        => Make(RemovedBeforeAddedDefinition, $"'{name}' is removed at version {N(removed)} but only added at version {N(added)}; a removal must come after the addition, so make '@removed' greater than {N(added)}.");

    /// <summary>ES0703: a rename, type change or optionality change at a version where the field did not exist before or after it.</summary>
    public static DiagnosticDefinition ChangeOutsideLifetimeDefinition { get; } = Define("ES0703", DiagnosticSeverity.Error, "History change outside the field's lifetime", History);

    public Diagnostic ChangeOutsideLifetime(string name, string what, int version, int first, int? removedIn)
        => Make(ChangeOutsideLifetimeDefinition, removedIn is { } removed && version >= removed
            ? $"'{name}' is {what} at version {N(version)}, but it is removed at version {N(removed)}; a change must be at a version before the removal."
            : $"'{name}' is {what} at version {N(version)}, but it only exists from version {N(first)}: a change at version {N(version)} needs the field at version {N(version - 1)} too. Remove the decorator (a field added at a version already has its shape from then on) or correct the version.");

    /// <summary>ES0704: two renames, two type changes or two optionality changes of one field at the same version.</summary>
    public static DiagnosticDefinition ConflictingHistoryChangesDefinition { get; } = Define("ES0704", DiagnosticSeverity.Error, "Two changes of one kind at one version", History);

    public Diagnostic ConflictingHistoryChanges(string name, string decorators, int version)
        => Make(ConflictingHistoryChangesDefinition, $"'{name}' already has {decorators} at version {N(version)}; one version can change it only once, so remove one or give it its own version.");

    /// <summary>ES0705: <c>@typeChangedFrom(v, T)</c> where the field already had type T from version v on.</summary>
    public static DiagnosticDefinition TypeChangedToSameTypeDefinition { get; } = Define("ES0705", DiagnosticSeverity.Error, "Type change to the same type", History);

    public Diagnostic TypeChangedToSameType(string name, string type, int version)
        => Make(TypeChangedToSameTypeDefinition, $"'{name}' already has type '{type}' from version {N(version)} on, so '@typeChangedFrom({N(version)}, {type})' changes nothing; name the type it had before version {N(version)}, or remove the decorator.");

    /// <summary>ES0706: <c>@renamedFrom(v, "old")</c> where the field already had that name from version v on.</summary>
    public static DiagnosticDefinition RenamedToSameNameDefinition { get; } = Define("ES0706", DiagnosticSeverity.Error, "Rename to the same name", History);

    public Diagnostic RenamedToSameName(string name, int version)
        => Make(RenamedToSameNameDefinition, $"The field is already called '{name}' from version {N(version)} on, so this rename changes nothing; give the name it had before version {N(version)}, or remove the decorator.");

    /// <summary>ES0707: <c>@madeOptional</c> or <c>@madeRequired</c> that contradicts the field's optionality after it.</summary>
    public static DiagnosticDefinition OptionalityHistoryInconsistentDefinition { get; } = Define("ES0707", DiagnosticSeverity.Error, "Optionality history does not match", History);

    public Diagnostic OptionalityHistoryInconsistent(string name, bool becameOptional, int version, string later)
        => Make(OptionalityHistoryInconsistentDefinition, becameOptional
            ? $"'@madeOptional({N(version)})' says '{name}' is optional from version {N(version)}, but {later} says it is required then; write '{name}?' if it is optional now, or remove the decorator."
            : $"'@madeRequired({N(version)})' says '{name}' is required from version {N(version)}, but {later} says it is optional then; remove the '?' if it is required now, or remove the decorator.");

    /// <summary>ES0708: <c>@typeChangedFrom</c> naming a type that is not declared or not written correctly.</summary>
    public static DiagnosticDefinition UnknownHistoryTypeDefinition { get; } = Define("ES0708", DiagnosticSeverity.Error, "Unknown type in a type change", History);

    public Diagnostic UnknownHistoryType(string written, string problem)
        => Make(UnknownHistoryTypeDefinition, $"'{written}' is not a type: {problem}. Write the former type as a built-in type, a declared name, or a string such as \"list<int>\".");

    /// <summary>
    /// ES0708 for names that resolve to nothing, <paramref name="unresolved"/> in the type <paramref name="written"/>;
    /// with <paramref name="corrected"/> (the type with the closest names), a fix writes <paramref name="correctedToken"/>
    /// over the argument <paramref name="writtenToken"/>.
    /// </summary>
    public Diagnostic UnknownHistoryTypeName(string written, IReadOnlyList<string> unresolved, string? corrected, string writtenToken, string? correctedToken)
    {
        string names = (unresolved.Count == 1 ? "type " : "types ") + JoinQuoted(unresolved, "and");
        string where = unresolved.Count == 1 && written == unresolved[0] ? names : $"{names} in {Quote(written)}";
        string neither = unresolved.Count == 1 ? "it is not a built-in type or a type declared or imported here" : "they are not built-in types or types declared or imported here";
        return corrected is null || correctedToken is null
            ? Make(UnknownHistoryTypeDefinition, $"Unknown {where}: {neither}; correct {(unresolved.Count == 1 ? "the name" : "the names")}, or write the former type as a built-in type, a declared name, or a string such as \"list<int>\".")
            : Make(UnknownHistoryTypeDefinition, $"Unknown {where}; did you mean {Quote(corrected)}?", Replace(writtenToken, correctedToken, $"Change to {Quote(corrected)}"));
    }

    /// <summary>ES0709: two fields with the same name or JSON name at some version of their record.</summary>
    public static DiagnosticDefinition HistoryNameClashDefinition { get; } = Define("ES0709", DiagnosticSeverity.Error, "Two fields share a name at one version", History);

    public Diagnostic HistoryNameClash(string name, string what, int version, string other, string field)
        => Make(HistoryNameClashDefinition, $"At version {N(version)}, '{field}' and '{other}' both have the {what} '{name}'; correct their history decorators so that each version's fields have distinct names.");

    /// <summary>ES0710: an event with older versions whose <c>@type</c> does not end in <c>.v</c> and its version.</summary>
    public static DiagnosticDefinition EventTypeNotVersionedDefinition { get; } = Define("ES0710", DiagnosticSeverity.Error, "Event type without a version suffix", History);

    public Diagnostic EventTypeNotVersioned(string declared, int version)
    {
        // 'hist.custom.v1' on a version 2 event means 'hist.custom.v2', not 'hist.custom.v1.v2'.
        string suggested = VersionSuffix.Match(declared) is { Success: true } suffix ? declared.Substring(0, suffix.Index) : declared;
        suggested += ".v" + N(version);
        string quoted = "\"" + suggested + "\"";
        return Make(EventTypeNotVersionedDefinition, $"Event type '{declared}' does not end in '.v{N(version)}', so the event types of the older versions cannot be derived from it; end it in '.v{N(version)}', such as {quoted}.", Replace("\"" + declared + "\"", quoted, $"Change to {quoted}"));
    }

    private static readonly System.Text.RegularExpressions.Regex VersionSuffix = new(@"\.v[0-9]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>ES0711: an enum that has no members at one of its versions.</summary>
    public static DiagnosticDefinition EnumEmptyAtVersionDefinition { get; } = Define("ES0711", DiagnosticSeverity.Error, "Enum has no members at a version", History);

    public Diagnostic EnumEmptyAtVersion(string name, int version)
        => Make(EnumEmptyAtVersionDefinition, $"Enum '{name}' has no members at version {N(version)}; an enum needs at least one member at every version, so check the '@added' and '@removed' decorators of its members.");

    // The lock file.

    /// <summary>ES0720: a lock file that is not valid JSON.</summary>
    public static DiagnosticDefinition MalformedLockFileDefinition { get; } = Define("ES0720", DiagnosticSeverity.Error, "Lock file is not valid JSON", Compatibility);

    public Diagnostic MalformedLockFile(string error)
        => Make(MalformedLockFileDefinition, error + "; the lock file must be JSON as 'eventschema lock' writes it. Fix the text, or delete the file and run 'eventschema lock' again.");

    /// <summary>ES0721: a lock file that is valid JSON but not a lock file this version can read.</summary>
    public static DiagnosticDefinition InvalidLockFileDefinition { get; } = Define("ES0721", DiagnosticSeverity.Error, "Lock file cannot be read", Compatibility);

    /// <summary>ES0721 with what is off in the lock file's structure and how to correct it.</summary>
    public Diagnostic InvalidLockFile(string problem) => Make(InvalidLockFileDefinition, problem);

    // Breaking changes against the lock file: one definition per rule, whose title ends in the rule's name.

    /// <summary>ES0730 <c>PUBLISHED_VERSION_EDITED</c>: published version edited.</summary>
    public static DiagnosticDefinition PublishedVersionEditedDefinition { get; } = Define("ES0730", DiagnosticSeverity.Error, "Published version edited (PUBLISHED_VERSION_EDITED)", Compatibility);

    /// <summary>ES0731 <c>VERSION_DECREASED</c>: version lower than the locked version.</summary>
    public static DiagnosticDefinition VersionDecreasedDefinition { get; } = Define("ES0731", DiagnosticSeverity.Error, "Version lower than the locked version (VERSION_DECREASED)", Compatibility);

    /// <summary>ES0732 <c>DECLARATION_REMOVED</c>: published declaration removed.</summary>
    public static DiagnosticDefinition DeclarationRemovedDefinition { get; } = Define("ES0732", DiagnosticSeverity.Error, "Published declaration removed (DECLARATION_REMOVED)", Compatibility);

    /// <summary>ES0733 <c>FIELD_REMOVED</c>: field removed.</summary>
    public static DiagnosticDefinition FieldRemovedDefinition { get; } = Define("ES0733", DiagnosticSeverity.Error, "Field removed (FIELD_REMOVED)", Compatibility);

    /// <summary>ES0734 <c>REQUIRED_FIELD_ADDED</c>: required field added.</summary>
    public static DiagnosticDefinition RequiredFieldAddedDefinition { get; } = Define("ES0734", DiagnosticSeverity.Error, "Required field added (REQUIRED_FIELD_ADDED)", Compatibility);

    /// <summary>ES0735 <c>FIELD_RENAMED</c>: field's wire name changed.</summary>
    public static DiagnosticDefinition FieldRenamedDefinition { get; } = Define("ES0735", DiagnosticSeverity.Error, "Field's wire name changed (FIELD_RENAMED)", Compatibility);

    /// <summary>ES0736 <c>FIELD_TYPE_CHANGED</c>: type changed.</summary>
    public static DiagnosticDefinition FieldTypeChangedDefinition { get; } = Define("ES0736", DiagnosticSeverity.Error, "Type changed (FIELD_TYPE_CHANGED)", Compatibility);

    /// <summary>ES0737 <c>FIELD_TYPE_WIDENED</c>: type widened.</summary>
    public static DiagnosticDefinition FieldTypeWidenedDefinition { get; } = Define("ES0737", DiagnosticSeverity.Error, "Type widened (FIELD_TYPE_WIDENED)", Compatibility);

    /// <summary>ES0738 <c>FIELD_TYPE_NARROWED</c>: type narrowed.</summary>
    public static DiagnosticDefinition FieldTypeNarrowedDefinition { get; } = Define("ES0738", DiagnosticSeverity.Error, "Type narrowed (FIELD_TYPE_NARROWED)", Compatibility);

    /// <summary>ES0739 <c>FIELD_MADE_OPTIONAL</c>: field made optional.</summary>
    public static DiagnosticDefinition FieldMadeOptionalDefinition { get; } = Define("ES0739", DiagnosticSeverity.Error, "Field made optional (FIELD_MADE_OPTIONAL)", Compatibility);

    /// <summary>ES0740 <c>FIELD_MADE_REQUIRED</c>: field made required.</summary>
    public static DiagnosticDefinition FieldMadeRequiredDefinition { get; } = Define("ES0740", DiagnosticSeverity.Error, "Field made required (FIELD_MADE_REQUIRED)", Compatibility);

    /// <summary>ES0741 <c>DEFAULT_CHANGED</c>: default changed.</summary>
    public static DiagnosticDefinition DefaultChangedDefinition { get; } = Define("ES0741", DiagnosticSeverity.Error, "Default changed (DEFAULT_CHANGED)", Compatibility);

    /// <summary>ES0742 <c>MIN_LENGTH_INCREASED</c>: minimum length increased.</summary>
    public static DiagnosticDefinition MinLengthIncreasedDefinition { get; } = Define("ES0742", DiagnosticSeverity.Error, "Minimum length increased (MIN_LENGTH_INCREASED)", Compatibility);

    /// <summary>ES0743 <c>MIN_LENGTH_DECREASED</c>: minimum length decreased.</summary>
    public static DiagnosticDefinition MinLengthDecreasedDefinition { get; } = Define("ES0743", DiagnosticSeverity.Error, "Minimum length decreased (MIN_LENGTH_DECREASED)", Compatibility);

    /// <summary>ES0744 <c>MAX_LENGTH_DECREASED</c>: maximum length decreased.</summary>
    public static DiagnosticDefinition MaxLengthDecreasedDefinition { get; } = Define("ES0744", DiagnosticSeverity.Error, "Maximum length decreased (MAX_LENGTH_DECREASED)", Compatibility);

    /// <summary>ES0745 <c>MAX_LENGTH_INCREASED</c>: maximum length increased.</summary>
    public static DiagnosticDefinition MaxLengthIncreasedDefinition { get; } = Define("ES0745", DiagnosticSeverity.Error, "Maximum length increased (MAX_LENGTH_INCREASED)", Compatibility);

    /// <summary>ES0746 <c>PATTERN_ADDED</c>: pattern added.</summary>
    public static DiagnosticDefinition PatternAddedDefinition { get; } = Define("ES0746", DiagnosticSeverity.Error, "Pattern added (PATTERN_ADDED)", Compatibility);

    /// <summary>ES0747 <c>PATTERN_REMOVED</c>: pattern removed.</summary>
    public static DiagnosticDefinition PatternRemovedDefinition { get; } = Define("ES0747", DiagnosticSeverity.Error, "Pattern removed (PATTERN_REMOVED)", Compatibility);

    /// <summary>ES0748 <c>PATTERN_CHANGED</c>: pattern changed.</summary>
    public static DiagnosticDefinition PatternChangedDefinition { get; } = Define("ES0748", DiagnosticSeverity.Error, "Pattern changed (PATTERN_CHANGED)", Compatibility);

    /// <summary>ES0749 <c>MINIMUM_INCREASED</c>: lower bound raised.</summary>
    public static DiagnosticDefinition MinimumIncreasedDefinition { get; } = Define("ES0749", DiagnosticSeverity.Error, "Lower bound raised (MINIMUM_INCREASED)", Compatibility);

    /// <summary>ES0750 <c>MINIMUM_DECREASED</c>: lower bound lowered.</summary>
    public static DiagnosticDefinition MinimumDecreasedDefinition { get; } = Define("ES0750", DiagnosticSeverity.Error, "Lower bound lowered (MINIMUM_DECREASED)", Compatibility);

    /// <summary>ES0751 <c>MAXIMUM_DECREASED</c>: upper bound lowered.</summary>
    public static DiagnosticDefinition MaximumDecreasedDefinition { get; } = Define("ES0751", DiagnosticSeverity.Error, "Upper bound lowered (MAXIMUM_DECREASED)", Compatibility);

    /// <summary>ES0752 <c>MAXIMUM_INCREASED</c>: upper bound raised.</summary>
    public static DiagnosticDefinition MaximumIncreasedDefinition { get; } = Define("ES0752", DiagnosticSeverity.Error, "Upper bound raised (MAXIMUM_INCREASED)", Compatibility);

    /// <summary>ES0753 <c>MIN_ITEMS_INCREASED</c>: minimum item count increased.</summary>
    public static DiagnosticDefinition MinItemsIncreasedDefinition { get; } = Define("ES0753", DiagnosticSeverity.Error, "Minimum item count increased (MIN_ITEMS_INCREASED)", Compatibility);

    /// <summary>ES0754 <c>MIN_ITEMS_DECREASED</c>: minimum item count decreased.</summary>
    public static DiagnosticDefinition MinItemsDecreasedDefinition { get; } = Define("ES0754", DiagnosticSeverity.Error, "Minimum item count decreased (MIN_ITEMS_DECREASED)", Compatibility);

    /// <summary>ES0755 <c>MAX_ITEMS_DECREASED</c>: maximum item count decreased.</summary>
    public static DiagnosticDefinition MaxItemsDecreasedDefinition { get; } = Define("ES0755", DiagnosticSeverity.Error, "Maximum item count decreased (MAX_ITEMS_DECREASED)", Compatibility);

    /// <summary>ES0756 <c>MAX_ITEMS_INCREASED</c>: maximum item count increased.</summary>
    public static DiagnosticDefinition MaxItemsIncreasedDefinition { get; } = Define("ES0756", DiagnosticSeverity.Error, "Maximum item count increased (MAX_ITEMS_INCREASED)", Compatibility);

    /// <summary>ES0757 <c>UNIQUE_ITEMS_ADDED</c>: items made unique.</summary>
    public static DiagnosticDefinition UniqueItemsAddedDefinition { get; } = Define("ES0757", DiagnosticSeverity.Error, "Items made unique (UNIQUE_ITEMS_ADDED)", Compatibility);

    /// <summary>ES0758 <c>UNIQUE_ITEMS_REMOVED</c>: items no longer unique.</summary>
    public static DiagnosticDefinition UniqueItemsRemovedDefinition { get; } = Define("ES0758", DiagnosticSeverity.Error, "Items no longer unique (UNIQUE_ITEMS_REMOVED)", Compatibility);

    /// <summary>ES0759 <c>ENUM_VALUE_REMOVED</c>: enum value removed.</summary>
    public static DiagnosticDefinition EnumValueRemovedDefinition { get; } = Define("ES0759", DiagnosticSeverity.Error, "Enum value removed (ENUM_VALUE_REMOVED)", Compatibility);

    /// <summary>ES0760 <c>ENUM_VALUE_ADDED</c>: enum value added.</summary>
    public static DiagnosticDefinition EnumValueAddedDefinition { get; } = Define("ES0760", DiagnosticSeverity.Error, "Enum value added (ENUM_VALUE_ADDED)", Compatibility);

    /// <summary>ES0761 <c>EVENT_TYPE_CHANGED</c>: event type string changed.</summary>
    public static DiagnosticDefinition EventTypeChangedDefinition { get; } = Define("ES0761", DiagnosticSeverity.Error, "Event type string changed (EVENT_TYPE_CHANGED)", Compatibility);

    /// <summary>ES0762 <c>DECLARATION_KIND_CHANGED</c>: declaration kind changed.</summary>
    public static DiagnosticDefinition DeclarationKindChangedDefinition { get; } = Define("ES0762", DiagnosticSeverity.Error, "Declaration kind changed (DECLARATION_KIND_CHANGED)", Compatibility);

    /// <summary>
    /// ES0763 <c>JSON_NAMING_CHANGED</c>: the build's JSON naming (<c>EventSchemaJsonNaming</c>) is not the one the lock
    /// file records, and it gives published fields (or union members) other wire names.
    /// </summary>
    public static DiagnosticDefinition JsonNamingChangedDefinition { get; } = Define("ES0763", DiagnosticSeverity.Error, "JSON naming changed (JSON_NAMING_CHANGED)", Compatibility);

    /// <summary>A breaking change of <paramref name="rule"/> (one of ES0730–ES0763), its message led by the rule's name.</summary>
    public Diagnostic Incompatible(DiagnosticDefinition rule, string message) => Make(rule, RuleOf(rule) + ": " + message);

    /// <summary>A breaking change of <paramref name="rule"/> with the fixes an editor or <c>eventschema check --fix</c> can apply.</summary>
    public Diagnostic Incompatible(DiagnosticDefinition rule, string message, params DiagnosticFix[] fixes) => Make(rule, RuleOf(rule) + ": " + message, fixes);

    public Diagnostic DeclarationRemoved(string fullName, string kind, int version)
        => Incompatible(DeclarationRemovedDefinition, $"'{fullName}' ({kind}, version {N(version)}) is in the lock file but no longer declared, and no declaration of the same shape replaces it; data and code that use it break. Keep it (mark it '@deprecated'), or remove it deliberately: check once with mode 'none' and run 'eventschema lock'.");

    /// <summary>The rule name a definition's title carries, such as <c>FIELD_REMOVED</c>.</summary>
    internal static string RuleOf(DiagnosticDefinition definition)
    {
        string title = definition.Title;
        int open = title.LastIndexOf('(');
        return open >= 0 && title.EndsWith(")", System.StringComparison.Ordinal) ? title.Substring(open + 1, title.Length - open - 2) : definition.Code;
    }

    // Reading past versions.

    /// <summary>ES0780: an event's past version needs a conversion no generated code can derive, and the project does not write it.</summary>
    public static DiagnosticDefinition MissingVersionConversionDefinition { get; } = Define("ES0780", DiagnosticSeverity.Error, "Missing version conversion", Generation);

    public Diagnostic MissingVersionConversion(string eventName, string field, int version, string reason, string signature)
        => Make(MissingVersionConversionDefinition,
            $"Reading version {N(version)} of {Quote(eventName)} needs a conversion for {Quote(field)}: {reason} Write '{signature}' in a 'partial record {eventName}'.");

    /// <summary>ES0781: the project's <c>EventSchemaCompatibility</c> property names no compatibility mode (reported by the generator, which reads the property).</summary>
    public static DiagnosticDefinition UnknownCompatibilityModeDefinition { get; } = Define("ES0781", DiagnosticSeverity.Error, "Unknown compatibility mode", Generation);

    /// <summary>The message of ES0781, which has no place in a schema file to point at (the build reports it without a location).</summary>
    public static string UnknownCompatibilityModeMessage(string mode)
        => $"EventSchemaCompatibility is '{mode}', which is no compatibility mode; use {Evolution.CompatibilityModes.Names}.";

    /// <summary>ES0782: the project's <c>EventSchemaJsonNaming</c> property names no JSON naming (reported by the generator and the lock task, which read the property).</summary>
    public static DiagnosticDefinition UnknownJsonNamingDefinition { get; } = Define("ES0782", DiagnosticSeverity.Error, "Unknown JSON naming", Generation);

    /// <summary>The message of ES0782, which has no place in a schema file to point at (the build reports it without a location).</summary>
    public static string UnknownJsonNamingMessage(string naming)
        => Export.JsonNamings.UnknownPropertyMessage(naming);
}
