namespace EventSchema.Language.Evolution;

/// <summary>The rule names the compatibility checker reports, each with its stable diagnostic code.</summary>
public static class CompatibilityRules
{
    /// <summary>ES0730: published version edited.</summary>
    public const string PublishedVersionEdited = "PUBLISHED_VERSION_EDITED";
    /// <summary>ES0731: version lower than the locked version.</summary>
    public const string VersionDecreased = "VERSION_DECREASED";
    /// <summary>ES0732: published declaration removed.</summary>
    public const string DeclarationRemoved = "DECLARATION_REMOVED";
    /// <summary>ES0733: field removed.</summary>
    public const string FieldRemoved = "FIELD_REMOVED";
    /// <summary>ES0734: required field added.</summary>
    public const string RequiredFieldAdded = "REQUIRED_FIELD_ADDED";
    /// <summary>ES0735: field's wire name changed.</summary>
    public const string FieldRenamed = "FIELD_RENAMED";
    /// <summary>ES0736: type changed.</summary>
    public const string FieldTypeChanged = "FIELD_TYPE_CHANGED";
    /// <summary>ES0737: type widened.</summary>
    public const string FieldTypeWidened = "FIELD_TYPE_WIDENED";
    /// <summary>ES0738: type narrowed.</summary>
    public const string FieldTypeNarrowed = "FIELD_TYPE_NARROWED";
    /// <summary>ES0739: field made optional.</summary>
    public const string FieldMadeOptional = "FIELD_MADE_OPTIONAL";
    /// <summary>ES0740: field made required.</summary>
    public const string FieldMadeRequired = "FIELD_MADE_REQUIRED";
    /// <summary>ES0741: default changed.</summary>
    public const string DefaultChanged = "DEFAULT_CHANGED";
    /// <summary>ES0742: minimum length increased.</summary>
    public const string MinLengthIncreased = "MIN_LENGTH_INCREASED";
    /// <summary>ES0743: minimum length decreased.</summary>
    public const string MinLengthDecreased = "MIN_LENGTH_DECREASED";
    /// <summary>ES0744: maximum length decreased.</summary>
    public const string MaxLengthDecreased = "MAX_LENGTH_DECREASED";
    /// <summary>ES0745: maximum length increased.</summary>
    public const string MaxLengthIncreased = "MAX_LENGTH_INCREASED";
    /// <summary>ES0746: pattern added.</summary>
    public const string PatternAdded = "PATTERN_ADDED";
    /// <summary>ES0747: pattern removed.</summary>
    public const string PatternRemoved = "PATTERN_REMOVED";
    /// <summary>ES0748: pattern changed.</summary>
    public const string PatternChanged = "PATTERN_CHANGED";
    /// <summary>ES0749: lower bound raised.</summary>
    public const string MinimumIncreased = "MINIMUM_INCREASED";
    /// <summary>ES0750: lower bound lowered.</summary>
    public const string MinimumDecreased = "MINIMUM_DECREASED";
    /// <summary>ES0751: upper bound lowered.</summary>
    public const string MaximumDecreased = "MAXIMUM_DECREASED";
    /// <summary>ES0752: upper bound raised.</summary>
    public const string MaximumIncreased = "MAXIMUM_INCREASED";
    /// <summary>ES0753: minimum item count increased.</summary>
    public const string MinItemsIncreased = "MIN_ITEMS_INCREASED";
    /// <summary>ES0754: minimum item count decreased.</summary>
    public const string MinItemsDecreased = "MIN_ITEMS_DECREASED";
    /// <summary>ES0755: maximum item count decreased.</summary>
    public const string MaxItemsDecreased = "MAX_ITEMS_DECREASED";
    /// <summary>ES0756: maximum item count increased.</summary>
    public const string MaxItemsIncreased = "MAX_ITEMS_INCREASED";
    /// <summary>ES0757: items made unique.</summary>
    public const string UniqueItemsAdded = "UNIQUE_ITEMS_ADDED";
    /// <summary>ES0758: items no longer unique.</summary>
    public const string UniqueItemsRemoved = "UNIQUE_ITEMS_REMOVED";
    /// <summary>ES0759: enum value removed.</summary>
    public const string EnumValueRemoved = "ENUM_VALUE_REMOVED";
    /// <summary>ES0760: enum value added.</summary>
    public const string EnumValueAdded = "ENUM_VALUE_ADDED";
    /// <summary>ES0761: event type string changed.</summary>
    public const string EventTypeChanged = "EVENT_TYPE_CHANGED";
    /// <summary>ES0762: declaration kind changed.</summary>
    public const string DeclarationKindChanged = "DECLARATION_KIND_CHANGED";
    /// <summary>ES0763: the JSON naming changed the wire names of published versions.</summary>
    public const string JsonNamingChanged = "JSON_NAMING_CHANGED";
    /// <summary>ES0765: union member removed.</summary>
    public const string UnionMemberRemoved = "UNION_MEMBER_REMOVED";
    /// <summary>ES0766: union member added.</summary>
    public const string UnionMemberAdded = "UNION_MEMBER_ADDED";
    /// <summary>ES0767: union discriminator property changed.</summary>
    public const string UnionDiscriminatorChanged = "UNION_DISCRIMINATOR_CHANGED";
    /// <summary>ES0768: a union member's discriminator value changed.</summary>
    public const string UnionDiscriminatorValueChanged = "UNION_DISCRIMINATOR_VALUE_CHANGED";
}
