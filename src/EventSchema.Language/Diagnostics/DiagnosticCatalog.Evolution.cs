using System.Collections.Generic;

namespace EventSchema.Language.Diagnostics;

// Schema evolution: ES0700–ES0729 check a declaration's own history decorators; ES0730–ES0799 are the breaking
// changes the compatibility checker finds against a lock file, one code per rule.
public static partial class DiagnosticCatalog
{
    /// <summary>The category of the compatibility checker's codes: they need a lock file, so no schema alone shows them.</summary>
    public const string Compatibility = "Compatibility";

    /// <summary>ES0700: a history decorator's version outside 2 to the declaration's current version.</summary>
    public static DiagnosticDefinition HistoryVersionOutOfRange => EvolutionCodes.HistoryVersionOutOfRange;
    /// <summary>ES0701: <c>@added(1)</c>, which says nothing: every field and member without <c>@added</c> is there from version 1.</summary>
    public static DiagnosticDefinition AddedInFirstVersion => EvolutionCodes.AddedInFirstVersion;
    /// <summary>ES0702: <c>@removed(v)</c> at or before the field's or member's <c>@added</c> version.</summary>
    public static DiagnosticDefinition RemovedBeforeAdded => EvolutionCodes.RemovedBeforeAdded;
    /// <summary>ES0703: a rename, type change or optionality change at a version where the field did not exist before or after it.</summary>
    public static DiagnosticDefinition ChangeOutsideLifetime => EvolutionCodes.ChangeOutsideLifetime;
    /// <summary>ES0704: two renames, two type changes or two optionality changes of one field at the same version.</summary>
    public static DiagnosticDefinition ConflictingHistoryChanges => EvolutionCodes.ConflictingHistoryChanges;
    /// <summary>ES0705: <c>@typeChangedFrom(v, T)</c> where the field already had type T from version v on.</summary>
    public static DiagnosticDefinition TypeChangedToSameType => EvolutionCodes.TypeChangedToSameType;
    /// <summary>ES0706: <c>@renamedFrom(v, "old")</c> where the field already had that name from version v on.</summary>
    public static DiagnosticDefinition RenamedToSameName => EvolutionCodes.RenamedToSameName;
    /// <summary>ES0707: <c>@madeOptional</c> or <c>@madeRequired</c> that contradicts the field's optionality after it.</summary>
    public static DiagnosticDefinition OptionalityHistoryInconsistent => EvolutionCodes.OptionalityHistoryInconsistent;
    /// <summary>ES0708: <c>@typeChangedFrom</c> naming a type that is not declared or not written correctly.</summary>
    public static DiagnosticDefinition UnknownHistoryType => EvolutionCodes.UnknownHistoryType;
    /// <summary>ES0709: two fields with the same name or JSON name at some version of their record.</summary>
    public static DiagnosticDefinition HistoryNameClash => EvolutionCodes.HistoryNameClash;
    /// <summary>ES0710: an event with older versions whose <c>@type</c> does not end in <c>.v</c> and its version.</summary>
    public static DiagnosticDefinition EventTypeNotVersioned => EvolutionCodes.EventTypeNotVersioned;
    /// <summary>ES0711: an enum that has no members at one of its versions.</summary>
    public static DiagnosticDefinition EnumEmptyAtVersion => EvolutionCodes.EnumEmptyAtVersion;

    /// <summary>ES0720: a lock file that is not valid JSON.</summary>
    public static DiagnosticDefinition MalformedLockFile => EvolutionCodes.MalformedLockFile;
    /// <summary>ES0721: a lock file that is valid JSON but not a lock file this version can read.</summary>
    public static DiagnosticDefinition InvalidLockFile => EvolutionCodes.InvalidLockFile;

    /// <summary>ES0730 <c>PUBLISHED_VERSION_EDITED</c>: published version edited.</summary>
    public static DiagnosticDefinition PublishedVersionEdited => EvolutionCodes.PublishedVersionEdited;
    /// <summary>ES0731 <c>VERSION_DECREASED</c>: version lower than the locked version.</summary>
    public static DiagnosticDefinition VersionDecreased => EvolutionCodes.VersionDecreased;
    /// <summary>ES0732 <c>DECLARATION_REMOVED</c>: published declaration removed.</summary>
    public static DiagnosticDefinition DeclarationRemoved => EvolutionCodes.DeclarationRemoved;
    /// <summary>ES0733 <c>FIELD_REMOVED</c>: field removed.</summary>
    public static DiagnosticDefinition FieldRemoved => EvolutionCodes.FieldRemoved;
    /// <summary>ES0734 <c>REQUIRED_FIELD_ADDED</c>: required field added.</summary>
    public static DiagnosticDefinition RequiredFieldAdded => EvolutionCodes.RequiredFieldAdded;
    /// <summary>ES0735 <c>FIELD_RENAMED</c>: field's wire name changed.</summary>
    public static DiagnosticDefinition FieldRenamed => EvolutionCodes.FieldRenamed;
    /// <summary>ES0736 <c>FIELD_TYPE_CHANGED</c>: type changed.</summary>
    public static DiagnosticDefinition FieldTypeChanged => EvolutionCodes.FieldTypeChanged;
    /// <summary>ES0737 <c>FIELD_TYPE_WIDENED</c>: type widened.</summary>
    public static DiagnosticDefinition FieldTypeWidened => EvolutionCodes.FieldTypeWidened;
    /// <summary>ES0738 <c>FIELD_TYPE_NARROWED</c>: type narrowed.</summary>
    public static DiagnosticDefinition FieldTypeNarrowed => EvolutionCodes.FieldTypeNarrowed;
    /// <summary>ES0739 <c>FIELD_MADE_OPTIONAL</c>: field made optional.</summary>
    public static DiagnosticDefinition FieldMadeOptional => EvolutionCodes.FieldMadeOptional;
    /// <summary>ES0740 <c>FIELD_MADE_REQUIRED</c>: field made required.</summary>
    public static DiagnosticDefinition FieldMadeRequired => EvolutionCodes.FieldMadeRequired;
    /// <summary>ES0741 <c>DEFAULT_CHANGED</c>: default changed.</summary>
    public static DiagnosticDefinition DefaultChanged => EvolutionCodes.DefaultChanged;
    /// <summary>ES0742 <c>MIN_LENGTH_INCREASED</c>: minimum length increased.</summary>
    public static DiagnosticDefinition MinLengthIncreased => EvolutionCodes.MinLengthIncreased;
    /// <summary>ES0743 <c>MIN_LENGTH_DECREASED</c>: minimum length decreased.</summary>
    public static DiagnosticDefinition MinLengthDecreased => EvolutionCodes.MinLengthDecreased;
    /// <summary>ES0744 <c>MAX_LENGTH_DECREASED</c>: maximum length decreased.</summary>
    public static DiagnosticDefinition MaxLengthDecreased => EvolutionCodes.MaxLengthDecreased;
    /// <summary>ES0745 <c>MAX_LENGTH_INCREASED</c>: maximum length increased.</summary>
    public static DiagnosticDefinition MaxLengthIncreased => EvolutionCodes.MaxLengthIncreased;
    /// <summary>ES0746 <c>PATTERN_ADDED</c>: pattern added.</summary>
    public static DiagnosticDefinition PatternAdded => EvolutionCodes.PatternAdded;
    /// <summary>ES0747 <c>PATTERN_REMOVED</c>: pattern removed.</summary>
    public static DiagnosticDefinition PatternRemoved => EvolutionCodes.PatternRemoved;
    /// <summary>ES0748 <c>PATTERN_CHANGED</c>: pattern changed.</summary>
    public static DiagnosticDefinition PatternChanged => EvolutionCodes.PatternChanged;
    /// <summary>ES0749 <c>MINIMUM_INCREASED</c>: lower bound raised.</summary>
    public static DiagnosticDefinition MinimumIncreased => EvolutionCodes.MinimumIncreased;
    /// <summary>ES0750 <c>MINIMUM_DECREASED</c>: lower bound lowered.</summary>
    public static DiagnosticDefinition MinimumDecreased => EvolutionCodes.MinimumDecreased;
    /// <summary>ES0751 <c>MAXIMUM_DECREASED</c>: upper bound lowered.</summary>
    public static DiagnosticDefinition MaximumDecreased => EvolutionCodes.MaximumDecreased;
    /// <summary>ES0752 <c>MAXIMUM_INCREASED</c>: upper bound raised.</summary>
    public static DiagnosticDefinition MaximumIncreased => EvolutionCodes.MaximumIncreased;
    /// <summary>ES0753 <c>MIN_ITEMS_INCREASED</c>: minimum item count increased.</summary>
    public static DiagnosticDefinition MinItemsIncreased => EvolutionCodes.MinItemsIncreased;
    /// <summary>ES0754 <c>MIN_ITEMS_DECREASED</c>: minimum item count decreased.</summary>
    public static DiagnosticDefinition MinItemsDecreased => EvolutionCodes.MinItemsDecreased;
    /// <summary>ES0755 <c>MAX_ITEMS_DECREASED</c>: maximum item count decreased.</summary>
    public static DiagnosticDefinition MaxItemsDecreased => EvolutionCodes.MaxItemsDecreased;
    /// <summary>ES0756 <c>MAX_ITEMS_INCREASED</c>: maximum item count increased.</summary>
    public static DiagnosticDefinition MaxItemsIncreased => EvolutionCodes.MaxItemsIncreased;
    /// <summary>ES0757 <c>UNIQUE_ITEMS_ADDED</c>: items made unique.</summary>
    public static DiagnosticDefinition UniqueItemsAdded => EvolutionCodes.UniqueItemsAdded;
    /// <summary>ES0758 <c>UNIQUE_ITEMS_REMOVED</c>: items no longer unique.</summary>
    public static DiagnosticDefinition UniqueItemsRemoved => EvolutionCodes.UniqueItemsRemoved;
    /// <summary>ES0759 <c>ENUM_VALUE_REMOVED</c>: enum value removed.</summary>
    public static DiagnosticDefinition EnumValueRemoved => EvolutionCodes.EnumValueRemoved;
    /// <summary>ES0760 <c>ENUM_VALUE_ADDED</c>: enum value added.</summary>
    public static DiagnosticDefinition EnumValueAdded => EvolutionCodes.EnumValueAdded;
    /// <summary>ES0761 <c>EVENT_TYPE_CHANGED</c>: event type string changed.</summary>
    public static DiagnosticDefinition EventTypeChanged => EvolutionCodes.EventTypeChanged;
    /// <summary>ES0762 <c>DECLARATION_KIND_CHANGED</c>: declaration kind changed.</summary>
    public static DiagnosticDefinition DeclarationKindChanged => EvolutionCodes.DeclarationKindChanged;

    // A nested class, so these are created on first use whatever order the partial files' static initializers run in.
    private static class EvolutionCodes
    {
        private const string History = "History";

        internal static readonly DiagnosticDefinition HistoryVersionOutOfRange = new("ES0700", DiagnosticSeverity.Error, "History version out of range", History);
        internal static readonly DiagnosticDefinition AddedInFirstVersion = new("ES0701", DiagnosticSeverity.Error, "Added in the first version", History);
        internal static readonly DiagnosticDefinition RemovedBeforeAdded = new("ES0702", DiagnosticSeverity.Error, "Removed before it was added", History);
        internal static readonly DiagnosticDefinition ChangeOutsideLifetime = new("ES0703", DiagnosticSeverity.Error, "History change outside the field's lifetime", History);
        internal static readonly DiagnosticDefinition ConflictingHistoryChanges = new("ES0704", DiagnosticSeverity.Error, "Two changes of one kind at one version", History);
        internal static readonly DiagnosticDefinition TypeChangedToSameType = new("ES0705", DiagnosticSeverity.Error, "Type change to the same type", History);
        internal static readonly DiagnosticDefinition RenamedToSameName = new("ES0706", DiagnosticSeverity.Error, "Rename to the same name", History);
        internal static readonly DiagnosticDefinition OptionalityHistoryInconsistent = new("ES0707", DiagnosticSeverity.Error, "Optionality history does not match", History);
        internal static readonly DiagnosticDefinition UnknownHistoryType = new("ES0708", DiagnosticSeverity.Error, "Unknown type in a type change", History);
        internal static readonly DiagnosticDefinition HistoryNameClash = new("ES0709", DiagnosticSeverity.Error, "Two fields share a name at one version", History);
        internal static readonly DiagnosticDefinition EventTypeNotVersioned = new("ES0710", DiagnosticSeverity.Error, "Event type without a version suffix", History);
        internal static readonly DiagnosticDefinition EnumEmptyAtVersion = new("ES0711", DiagnosticSeverity.Error, "Enum has no members at a version", History);
        internal static readonly DiagnosticDefinition MalformedLockFile = new("ES0720", DiagnosticSeverity.Error, "Lock file is not valid JSON", Compatibility);
        internal static readonly DiagnosticDefinition InvalidLockFile = new("ES0721", DiagnosticSeverity.Error, "Lock file cannot be read", Compatibility);
        internal static readonly DiagnosticDefinition PublishedVersionEdited = new("ES0730", DiagnosticSeverity.Error, "Published version edited (PUBLISHED_VERSION_EDITED)", Compatibility);
        internal static readonly DiagnosticDefinition VersionDecreased = new("ES0731", DiagnosticSeverity.Error, "Version lower than the locked version (VERSION_DECREASED)", Compatibility);
        internal static readonly DiagnosticDefinition DeclarationRemoved = new("ES0732", DiagnosticSeverity.Error, "Published declaration removed (DECLARATION_REMOVED)", Compatibility);
        internal static readonly DiagnosticDefinition FieldRemoved = new("ES0733", DiagnosticSeverity.Error, "Field removed (FIELD_REMOVED)", Compatibility);
        internal static readonly DiagnosticDefinition RequiredFieldAdded = new("ES0734", DiagnosticSeverity.Error, "Required field added (REQUIRED_FIELD_ADDED)", Compatibility);
        internal static readonly DiagnosticDefinition FieldRenamed = new("ES0735", DiagnosticSeverity.Error, "Field's wire name changed (FIELD_RENAMED)", Compatibility);
        internal static readonly DiagnosticDefinition FieldTypeChanged = new("ES0736", DiagnosticSeverity.Error, "Type changed (FIELD_TYPE_CHANGED)", Compatibility);
        internal static readonly DiagnosticDefinition FieldTypeWidened = new("ES0737", DiagnosticSeverity.Error, "Type widened (FIELD_TYPE_WIDENED)", Compatibility);
        internal static readonly DiagnosticDefinition FieldTypeNarrowed = new("ES0738", DiagnosticSeverity.Error, "Type narrowed (FIELD_TYPE_NARROWED)", Compatibility);
        internal static readonly DiagnosticDefinition FieldMadeOptional = new("ES0739", DiagnosticSeverity.Error, "Field made optional (FIELD_MADE_OPTIONAL)", Compatibility);
        internal static readonly DiagnosticDefinition FieldMadeRequired = new("ES0740", DiagnosticSeverity.Error, "Field made required (FIELD_MADE_REQUIRED)", Compatibility);
        internal static readonly DiagnosticDefinition DefaultChanged = new("ES0741", DiagnosticSeverity.Error, "Default changed (DEFAULT_CHANGED)", Compatibility);
        internal static readonly DiagnosticDefinition MinLengthIncreased = new("ES0742", DiagnosticSeverity.Error, "Minimum length increased (MIN_LENGTH_INCREASED)", Compatibility);
        internal static readonly DiagnosticDefinition MinLengthDecreased = new("ES0743", DiagnosticSeverity.Error, "Minimum length decreased (MIN_LENGTH_DECREASED)", Compatibility);
        internal static readonly DiagnosticDefinition MaxLengthDecreased = new("ES0744", DiagnosticSeverity.Error, "Maximum length decreased (MAX_LENGTH_DECREASED)", Compatibility);
        internal static readonly DiagnosticDefinition MaxLengthIncreased = new("ES0745", DiagnosticSeverity.Error, "Maximum length increased (MAX_LENGTH_INCREASED)", Compatibility);
        internal static readonly DiagnosticDefinition PatternAdded = new("ES0746", DiagnosticSeverity.Error, "Pattern added (PATTERN_ADDED)", Compatibility);
        internal static readonly DiagnosticDefinition PatternRemoved = new("ES0747", DiagnosticSeverity.Error, "Pattern removed (PATTERN_REMOVED)", Compatibility);
        internal static readonly DiagnosticDefinition PatternChanged = new("ES0748", DiagnosticSeverity.Error, "Pattern changed (PATTERN_CHANGED)", Compatibility);
        internal static readonly DiagnosticDefinition MinimumIncreased = new("ES0749", DiagnosticSeverity.Error, "Lower bound raised (MINIMUM_INCREASED)", Compatibility);
        internal static readonly DiagnosticDefinition MinimumDecreased = new("ES0750", DiagnosticSeverity.Error, "Lower bound lowered (MINIMUM_DECREASED)", Compatibility);
        internal static readonly DiagnosticDefinition MaximumDecreased = new("ES0751", DiagnosticSeverity.Error, "Upper bound lowered (MAXIMUM_DECREASED)", Compatibility);
        internal static readonly DiagnosticDefinition MaximumIncreased = new("ES0752", DiagnosticSeverity.Error, "Upper bound raised (MAXIMUM_INCREASED)", Compatibility);
        internal static readonly DiagnosticDefinition MinItemsIncreased = new("ES0753", DiagnosticSeverity.Error, "Minimum item count increased (MIN_ITEMS_INCREASED)", Compatibility);
        internal static readonly DiagnosticDefinition MinItemsDecreased = new("ES0754", DiagnosticSeverity.Error, "Minimum item count decreased (MIN_ITEMS_DECREASED)", Compatibility);
        internal static readonly DiagnosticDefinition MaxItemsDecreased = new("ES0755", DiagnosticSeverity.Error, "Maximum item count decreased (MAX_ITEMS_DECREASED)", Compatibility);
        internal static readonly DiagnosticDefinition MaxItemsIncreased = new("ES0756", DiagnosticSeverity.Error, "Maximum item count increased (MAX_ITEMS_INCREASED)", Compatibility);
        internal static readonly DiagnosticDefinition UniqueItemsAdded = new("ES0757", DiagnosticSeverity.Error, "Items made unique (UNIQUE_ITEMS_ADDED)", Compatibility);
        internal static readonly DiagnosticDefinition UniqueItemsRemoved = new("ES0758", DiagnosticSeverity.Error, "Items no longer unique (UNIQUE_ITEMS_REMOVED)", Compatibility);
        internal static readonly DiagnosticDefinition EnumValueRemoved = new("ES0759", DiagnosticSeverity.Error, "Enum value removed (ENUM_VALUE_REMOVED)", Compatibility);
        internal static readonly DiagnosticDefinition EnumValueAdded = new("ES0760", DiagnosticSeverity.Error, "Enum value added (ENUM_VALUE_ADDED)", Compatibility);
        internal static readonly DiagnosticDefinition EventTypeChanged = new("ES0761", DiagnosticSeverity.Error, "Event type string changed (EVENT_TYPE_CHANGED)", Compatibility);
        internal static readonly DiagnosticDefinition DeclarationKindChanged = new("ES0762", DiagnosticSeverity.Error, "Declaration kind changed (DECLARATION_KIND_CHANGED)", Compatibility);
    }

    private static IReadOnlyList<DiagnosticDefinition> EvolutionDefinitions => [
        HistoryVersionOutOfRange, AddedInFirstVersion, RemovedBeforeAdded, ChangeOutsideLifetime, ConflictingHistoryChanges, TypeChangedToSameType, RenamedToSameName, OptionalityHistoryInconsistent, UnknownHistoryType, HistoryNameClash, EventTypeNotVersioned, EnumEmptyAtVersion, MalformedLockFile, InvalidLockFile,
        PublishedVersionEdited, VersionDecreased, DeclarationRemoved, FieldRemoved, RequiredFieldAdded, FieldRenamed, FieldTypeChanged, FieldTypeWidened, FieldTypeNarrowed, FieldMadeOptional, FieldMadeRequired, DefaultChanged, MinLengthIncreased, MinLengthDecreased, MaxLengthDecreased, MaxLengthIncreased, PatternAdded, PatternRemoved, PatternChanged, MinimumIncreased, MinimumDecreased, MaximumDecreased, MaximumIncreased, MinItemsIncreased, MinItemsDecreased, MaxItemsDecreased, MaxItemsIncreased, UniqueItemsAdded, UniqueItemsRemoved, EnumValueRemoved, EnumValueAdded, EventTypeChanged, DeclarationKindChanged,
    ];
}
