using System.Collections.Generic;

namespace EventSchema.Language.Diagnostics;

/// <summary>
/// Every diagnostic the front end can report, with its stable code. Codes are grouped: ES0001–ES0019 syntax,
/// ES0020–ES0029 names and declarations, ES0030–ES0039 decorators, ES0040–ES0049 constraints, defaults and
/// summaries, ES0050–ES0069 structure, ES0070–ES0079 referenced assemblies, ES0080 onward code generation. A code,
/// once published, keeps its meaning.
/// </summary>
public static partial class DiagnosticCatalog
{
    private const string Syntax = "Syntax";
    private const string Names = "Names";
    private const string Decorators = "Decorators";
    private const string Constraints = "Constraints";
    private const string Types = "Types";
    private const string Generation = "Generation";

    /// <summary>ES0001: a character that starts no token.</summary>
    public static DiagnosticDefinition UnexpectedCharacter { get; } = new("ES0001", DiagnosticSeverity.Error, "Unexpected character", Syntax);
    /// <summary>ES0002: a string literal without its closing quote.</summary>
    public static DiagnosticDefinition UnterminatedString { get; } = new("ES0002", DiagnosticSeverity.Error, "Unterminated string", Syntax);
    /// <summary>ES0003: a block comment without its closing <c>*/</c>.</summary>
    public static DiagnosticDefinition UnterminatedComment { get; } = new("ES0003", DiagnosticSeverity.Error, "Unterminated block comment", Syntax);
    /// <summary>ES0004: an unknown escape sequence in a string.</summary>
    public static DiagnosticDefinition InvalidEscape { get; } = new("ES0004", DiagnosticSeverity.Error, "Invalid escape sequence", Syntax);
    /// <summary>ES0005: a malformed number.</summary>
    public static DiagnosticDefinition InvalidNumber { get; } = new("ES0005", DiagnosticSeverity.Error, "Invalid number", Syntax);
    /// <summary>ES0006: a bidirectional control character, which can make text read differently from how it parses.</summary>
    public static DiagnosticDefinition BidirectionalControlCharacter { get; } = new("ES0006", DiagnosticSeverity.Error, "Bidirectional control character", Syntax);
    /// <summary>ES0007: an invisible character outside a string or comment.</summary>
    public static DiagnosticDefinition InvisibleCharacter { get; } = new("ES0007", DiagnosticSeverity.Error, "Invisible character", Syntax);
    /// <summary>ES0008: a required token is missing.</summary>
    public static DiagnosticDefinition ExpectedToken { get; } = new("ES0008", DiagnosticSeverity.Error, "Expected token", Syntax);
    /// <summary>ES0009: text that fits nowhere in the grammar and was skipped.</summary>
    public static DiagnosticDefinition UnexpectedTokens { get; } = new("ES0009", DiagnosticSeverity.Error, "Unexpected text", Syntax);
    /// <summary>ES0010: decorators followed by nothing they can decorate.</summary>
    public static DiagnosticDefinition DanglingDecorators { get; } = new("ES0010", DiagnosticSeverity.Error, "Decorator without a declaration", Syntax);

    /// <summary>ES0011: a misspelled declaration or directive keyword, such as <c>recrod</c>.</summary>
    public static DiagnosticDefinition MisspelledKeyword { get; } = new("ES0011", DiagnosticSeverity.Error, "Misspelled keyword", Syntax);
    /// <summary>ES0012: a union type such as <c>A | B</c>, which the language does not have.</summary>
    public static DiagnosticDefinition UnionType { get; } = new("ES0012", DiagnosticSeverity.Error, "Union types are not supported", Syntax);
    /// <summary>ES0013: a name with a hyphen, such as <c>port-code</c>.</summary>
    public static DiagnosticDefinition HyphenInName { get; } = new("ES0013", DiagnosticSeverity.Error, "Hyphen in a name", Syntax);

    /// <summary>ES0020: a type name that resolves to nothing.</summary>
    public static DiagnosticDefinition UnknownType { get; } = new("ES0020", DiagnosticSeverity.Error, "Unknown type", Names);
    /// <summary>ES0021: a simple type name that resolves to declarations in more than one namespace.</summary>
    public static DiagnosticDefinition AmbiguousType { get; } = new("ES0021", DiagnosticSeverity.Error, "Ambiguous type name", Names);
    /// <summary>ES0022: two declarations with the same full name.</summary>
    public static DiagnosticDefinition DuplicateDeclaration { get; } = new("ES0022", DiagnosticSeverity.Error, "Duplicate declaration", Names);
    /// <summary>ES0023: two fields of a record with the same name.</summary>
    public static DiagnosticDefinition DuplicateField { get; } = new("ES0023", DiagnosticSeverity.Error, "Duplicate field", Names);
    /// <summary>ES0024: two members of an enum with the same name.</summary>
    public static DiagnosticDefinition DuplicateEnumMember { get; } = new("ES0024", DiagnosticSeverity.Error, "Duplicate enum member", Names);
    /// <summary>ES0025: a name with characters other than ASCII letters, digits and underscores.</summary>
    public static DiagnosticDefinition NonAsciiName { get; } = new("ES0025", DiagnosticSeverity.Error, "Name is not an ASCII identifier", Names);
    /// <summary>ES0026: a name that hides bidirectional-control or invisible characters.</summary>
    public static DiagnosticDefinition NameWithHiddenCharacters { get; } = new("ES0026", DiagnosticSeverity.Error, "Name contains hidden characters", Names);
    /// <summary>ES0027: a declaration named like a built-in type.</summary>
    public static DiagnosticDefinition ReservedName { get; } = new("ES0027", DiagnosticSeverity.Error, "Reserved type name", Names);
    /// <summary>ES0028: a <c>using</c> directive naming a namespace no file declares.</summary>
    public static DiagnosticDefinition UnknownNamespace { get; } = new("ES0028", DiagnosticSeverity.Error, "Unknown namespace", Names);
    /// <summary>ES0029: two events with the same event type string.</summary>
    public static DiagnosticDefinition DuplicateEventType { get; } = new("ES0029", DiagnosticSeverity.Error, "Duplicate event type", Names);

    /// <summary>ES0030: a decorator the language does not define.</summary>
    public static DiagnosticDefinition UnknownDecorator { get; } = new("ES0030", DiagnosticSeverity.Error, "Unknown decorator", Decorators);
    /// <summary>ES0031: the same decorator written twice on one target.</summary>
    public static DiagnosticDefinition RepeatedDecorator { get; } = new("ES0031", DiagnosticSeverity.Error, "Repeated decorator", Decorators);
    /// <summary>ES0032: a decorator on a kind of declaration it does not apply to.</summary>
    public static DiagnosticDefinition DecoratorWrongTarget { get; } = new("ES0032", DiagnosticSeverity.Error, "Decorator on the wrong kind of declaration", Decorators);
    /// <summary>ES0033: a constraint decorator on a field or scalar whose type it cannot constrain.</summary>
    public static DiagnosticDefinition DecoratorWrongType { get; } = new("ES0033", DiagnosticSeverity.Error, "Decorator does not apply to the type", Decorators);
    /// <summary>ES0034: a decorator with the wrong number or kind of arguments.</summary>
    public static DiagnosticDefinition DecoratorWrongArguments { get; } = new("ES0034", DiagnosticSeverity.Error, "Wrong decorator arguments", Decorators);
    /// <summary>ES0035: a decorator argument outside the values it accepts.</summary>
    public static DiagnosticDefinition DecoratorArgumentOutOfRange { get; } = new("ES0035", DiagnosticSeverity.Error, "Decorator argument out of range", Decorators);

    /// <summary>ES0040: bounds no value can meet, such as a minimum above the maximum.</summary>
    public static DiagnosticDefinition ContradictoryBounds { get; } = new("ES0040", DiagnosticSeverity.Error, "Contradictory bounds", Constraints);
    /// <summary>ES0041: a <c>@pattern</c> that is not a valid ECMA-262 regular expression (with the unicode flag).</summary>
    public static DiagnosticDefinition InvalidPattern { get; } = new("ES0041", DiagnosticSeverity.Error, "Invalid regular expression", Constraints);
    /// <summary>ES0042: a <c>@pattern</c> that needs backtracking, so it cannot be matched in linear time.</summary>
    public static DiagnosticDefinition NonLinearPattern { get; } = new("ES0042", DiagnosticSeverity.Error, "Pattern needs backtracking", Constraints);
    /// <summary>ES0043: a default of the wrong kind for its field's type.</summary>
    public static DiagnosticDefinition DefaultTypeMismatch { get; } = new("ES0043", DiagnosticSeverity.Error, "Default does not fit the type", Constraints);
    /// <summary>ES0044: a default that breaks its field's constraints.</summary>
    public static DiagnosticDefinition DefaultViolatesConstraint { get; } = new("ES0044", DiagnosticSeverity.Error, "Default breaks a constraint", Constraints);
    /// <summary>ES0045: a <c>@summary</c> hole that names no field.</summary>
    public static DiagnosticDefinition SummaryUnknownField { get; } = new("ES0045", DiagnosticSeverity.Error, "Summary hole names no field", Constraints);
    /// <summary>ES0046: a <c>@summary</c> template with an unbalanced or empty brace.</summary>
    public static DiagnosticDefinition SummaryMalformed { get; } = new("ES0046", DiagnosticSeverity.Error, "Malformed summary template", Constraints);
    /// <summary>ES0047: a numeric bound the field's type cannot hold.</summary>
    public static DiagnosticDefinition BoundOutOfTypeRange { get; } = new("ES0047", DiagnosticSeverity.Error, "Bound outside the type's range", Constraints);
    /// <summary>ES0048: a valid <c>@pattern</c> that uses a construct EventSchema cannot match with ECMA-262's meaning in linear time.</summary>
    public static DiagnosticDefinition UnsupportedPattern { get; } = new("ES0048", DiagnosticSeverity.Error, "Unsupported pattern construct", Constraints);

    /// <summary>ES0050: a file with declarations but no <c>namespace</c>.</summary>
    public static DiagnosticDefinition MissingNamespace { get; } = new("ES0050", DiagnosticSeverity.Error, "Missing namespace", Types);
    /// <summary>ES0051: a second <c>namespace</c> in one file.</summary>
    public static DiagnosticDefinition MultipleNamespaces { get; } = new("ES0051", DiagnosticSeverity.Error, "More than one namespace", Types);
    /// <summary>ES0052: a <c>namespace</c> after other declarations or directives.</summary>
    public static DiagnosticDefinition NamespaceNotFirst { get; } = new("ES0052", DiagnosticSeverity.Error, "Namespace is not first", Types);
    /// <summary>ES0053: records that require each other, so none can ever be built.</summary>
    public static DiagnosticDefinition RecordCycle { get; } = new("ES0053", DiagnosticSeverity.Error, "Records can never be constructed", Types);
    /// <summary>ES0054: a map whose key type is not <c>string</c>.</summary>
    public static DiagnosticDefinition MapKeyNotString { get; } = new("ES0054", DiagnosticSeverity.Error, "Map key is not string", Types);
    /// <summary>ES0055: two members of an enum with the same JSON value.</summary>
    public static DiagnosticDefinition DuplicateEnumJsonValue { get; } = new("ES0055", DiagnosticSeverity.Error, "Duplicate enum JSON value", Types);
    /// <summary>ES0056: two fields of a record with the same JSON property name.</summary>
    public static DiagnosticDefinition DuplicateJsonName { get; } = new("ES0056", DiagnosticSeverity.Error, "Duplicate JSON property name", Types);
    /// <summary>ES0057: a type with the wrong number of type arguments.</summary>
    public static DiagnosticDefinition WrongTypeArgumentCount { get; } = new("ES0057", DiagnosticSeverity.Error, "Wrong number of type arguments", Types);
    /// <summary>ES0058: an enum member value that is not a string.</summary>
    public static DiagnosticDefinition EnumValueNotString { get; } = new("ES0058", DiagnosticSeverity.Error, "Enum value is not a string", Types);
    /// <summary>ES0059: a scalar whose underlying type is not a primitive.</summary>
    public static DiagnosticDefinition ScalarNotPrimitive { get; } = new("ES0059", DiagnosticSeverity.Error, "Scalar is not based on a primitive", Types);
    /// <summary>ES0060: an enum without members.</summary>
    public static DiagnosticDefinition EmptyEnum { get; } = new("ES0060", DiagnosticSeverity.Error, "Enum has no members", Types);

    /// <summary>ES0070: a referenced assembly whose schema declarations this version cannot read.</summary>
    public static DiagnosticDefinition IncompatibleReference { get; } = new("ES0070", DiagnosticSeverity.Error, "Referenced schemas in an incompatible format", Names);

    /// <summary>ES0080: a declaration the build generates no code for, because of an error in it or in what it uses.</summary>
    public static DiagnosticDefinition DeclarationNotGenerated { get; } = new("ES0080", DiagnosticSeverity.Warning, "Declaration not generated", Generation);

    /// <summary>Every definition, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDefinition> All { get; } =
    [
        UnexpectedCharacter, UnterminatedString, UnterminatedComment, InvalidEscape, InvalidNumber,
        BidirectionalControlCharacter, InvisibleCharacter, ExpectedToken, UnexpectedTokens, DanglingDecorators,
        MisspelledKeyword, UnionType, HyphenInName,
        UnknownType, AmbiguousType, DuplicateDeclaration, DuplicateField, DuplicateEnumMember,
        NonAsciiName, NameWithHiddenCharacters, ReservedName, UnknownNamespace, DuplicateEventType,
        UnknownDecorator, RepeatedDecorator, DecoratorWrongTarget, DecoratorWrongType, DecoratorWrongArguments, DecoratorArgumentOutOfRange,
        ContradictoryBounds, InvalidPattern, NonLinearPattern, DefaultTypeMismatch, DefaultViolatesConstraint,
        SummaryUnknownField, SummaryMalformed, BoundOutOfTypeRange, UnsupportedPattern,
        MissingNamespace, MultipleNamespaces, NamespaceNotFirst, RecordCycle, MapKeyNotString,
        DuplicateEnumJsonValue, DuplicateJsonName, WrongTypeArgumentCount, EnumValueNotString, ScalarNotPrimitive, EmptyEnum,
        IncompatibleReference, DeclarationNotGenerated,
        .. EvolutionDefinitions,
        .. VersionReadingDefinitions,
    ];
}
