using System.Collections.Generic;
using System.Globalization;
using EventSchema.Language.Text;

namespace EventSchema.Language.Diagnostics;

/// <summary>
/// Makes located diagnostics: <c>DiagnosticBuilder.At(text, span).UnknownType(…)</c>. Each code is defined here,
/// once, right above the factory that reports it (its definition, message and fixes side by side); hosts list
/// the definitions through <see cref="DiagnosticCatalog.All"/>.
/// </summary>
/// <remarks>
/// To add a code: write a <c>…Definition</c> property with <see cref="Define"/> (next free code in its range) and
/// a factory that calls <see cref="Make"/> with it, passing a fix when the message names the replacement.
/// </remarks>
internal readonly partial struct DiagnosticBuilder
{
    private const string Syntax = "Syntax";
    private const string Names = "Names";
    private const string Decorators = "Decorators";
    private const string Constraints = "Constraints";
    private const string Types = "Types";
    private const string Generation = "Generation";

    // Filled by Define as the definitions are initialized. Created by the first Define, not by an initializer of its
    // own: when the struct is split into partial files, the order in which their initializers run is not defined.
    private static List<DiagnosticDefinition>? s_defined;

    private readonly SourceText _text;
    private readonly TextSpan _span;
    private readonly RelatedLocation? _related;

    private DiagnosticBuilder(SourceText text, TextSpan span, RelatedLocation? related = null)
    {
        _text = text;
        _span = span;
        _related = related;
    }

    public static DiagnosticBuilder At(SourceText text, TextSpan span) => new(text, span);

    /// <summary>The same builder, whose diagnostic also points to <paramref name="span"/> of <paramref name="text"/>, described by <paramref name="message"/>.</summary>
    public DiagnosticBuilder Noting(SourceText text, TextSpan span, string message) => new(_text, _span, RelatedLocation.In(text, span, message));

    /// <summary>Every definition below, in the order they are written.</summary>
    internal static IReadOnlyList<DiagnosticDefinition> Definitions
    {
        get
        {
            // Reading any definition runs the static initializers of every part, so the list is complete after it.
            _ = UnexpectedCharacterDefinition;
            return s_defined!;
        }
    }

    private static DiagnosticDefinition Define(string code, DiagnosticSeverity severity, string title, string category)
    {
        var definition = new DiagnosticDefinition(code, severity, title, category);
        (s_defined ??= new List<DiagnosticDefinition>()).Add(definition);
        return definition;
    }

    private Diagnostic Make(DiagnosticDefinition definition, string message, params DiagnosticFix[] fixes)
    {
        var start = _text.GetLinePosition(_span.Start);
        var end = _text.GetLinePosition(_span.End);
        return new Diagnostic(definition.Code, definition.DefaultSeverity, EndSentence(message), _text.Path, _span, start, end)
        {
            Fixes = fixes,
            Related = _related is null ? System.Array.Empty<RelatedLocation>() : new[] { _related },
        };
    }

    /// <summary>
    /// A fix that writes <paramref name="replacement"/> over the diagnostic's span, offered only when the span holds
    /// exactly <paramref name="written"/> (so a fix never replaces text the message did not talk about).
    /// </summary>
    private DiagnosticFix[] Replace(string written, string replacement, string title)
    {
        bool holdsWritten = _span.End <= _text.Length && _text.ToString(_span) == written;
        return holdsWritten ? [new DiagnosticFix(title, _span, replacement)] : [];
    }

    private DiagnosticFix[] Suggest(string written, string? suggestion)
        => suggestion is null ? [] : Replace(written, suggestion, $"Change to {Quote(suggestion)}");

    private static string Quote(string text) => "'" + text + "'";

    // Parts that end in '?' or '.' are often placed before a closing '.'; a message ends with one mark only.
    private static string EndSentence(string message)
        => message.EndsWith("?.", System.StringComparison.Ordinal) || message.EndsWith("..", System.StringComparison.Ordinal)
            ? message.Substring(0, message.Length - 1)
            : message;

    /// <summary>
    /// A character as messages show it: quoted with its code point, or just the code point when printing it
    /// would be invisible, reorder the message, or break the line.
    /// </summary>
    internal static string DescribeCharacter(string text)
    {
        if (text.Length == 0) return "end of file";
        bool pair = char.IsSurrogatePair(text, 0);
        int codePoint = pair ? char.ConvertToUtf32(text, 0) : text[0];
        string hex = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        char c = text[0];
        bool printable = pair || (!StringEscaper.IsNeverRaw(c) && !char.IsWhiteSpace(c));
        return printable ? Quote(pair ? text.Substring(0, 2) : text.Substring(0, 1)) + " (" + hex + ")" : hex;
    }

    // Syntax.

    /// <summary>ES0001: a character that starts no token.</summary>
    public static DiagnosticDefinition UnexpectedCharacterDefinition { get; } = Define("ES0001", DiagnosticSeverity.Error, "Unexpected character", Syntax);

    /// <summary>
    /// ES0001 for <c>'text'</c> or <c>“text”</c>: strings use straight double quotes. The span is the whole literal,
    /// which the fix rewrites.
    /// </summary>
    public Diagnostic MisquotedString(string written, string corrected)
        => Make(UnexpectedCharacterDefinition, $"Unexpected character {DescribeCharacter(written.Substring(0, 1))}: strings use straight double quotes; write {corrected} instead.", Replace(written, corrected, $"Write {corrected}"));

    public Diagnostic UnexpectedCharacter(string character)
        => Make(UnexpectedCharacterDefinition, character == "\u201C" || character == "\u201D"
            ? $"Unexpected character {DescribeCharacter(character)}: strings use straight double quotes; write \"…\" instead."
            : $"Unexpected character {DescribeCharacter(character)}; remove it.",
            character == "\u201C" || character == "\u201D" ? Replace(character, "\"", "Use a straight double quote") : Replace(character, "", "Remove the character"));

    /// <summary>ES0002: a string literal without its closing quote.</summary>
    public static DiagnosticDefinition UnterminatedStringDefinition { get; } = Define("ES0002", DiagnosticSeverity.Error, "Unterminated string", Syntax);

    public Diagnostic UnterminatedString()
        => Make(UnterminatedStringDefinition, "This string has no closing '\"' before the end of the line; add one.");

    /// <summary>ES0003: a block comment without its closing <c>*/</c>.</summary>
    public static DiagnosticDefinition UnterminatedCommentDefinition { get; } = Define("ES0003", DiagnosticSeverity.Error, "Unterminated block comment", Syntax);

    public Diagnostic UnterminatedComment()
        => Make(UnterminatedCommentDefinition, "This block comment has no closing '*/'; add one where the comment should end.");

    public Diagnostic ListValue(string written)
        => Make(UnexpectedCharacterDefinition, $"{Quote(written)} is a list with items, which a default cannot be: a list or set field's default is the empty list '[]' and a map field's the empty map '{{}}'. Write one of those, or remove the default.");

    /// <summary>ES0011: a misspelled declaration or directive keyword, such as <c>recrod</c>.</summary>
    public static DiagnosticDefinition MisspelledKeywordDefinition { get; } = Define("ES0011", DiagnosticSeverity.Error, "Misspelled keyword", Syntax);

    public Diagnostic MisspelledKeyword(string written, string keyword)
        => Make(MisspelledKeywordDefinition, $"Unknown keyword {Quote(written)}; did you mean {Quote(keyword)}?", Suggest(written, keyword));

    /// <summary>ES0012: members of a union (<c>A | B</c>) written where a union cannot be declared, such as a map's key.</summary>
    public static DiagnosticDefinition UnionTypeDefinition { get; } = Define("ES0012", DiagnosticSeverity.Error, "Union written where it cannot be declared", Syntax);

    public Diagnostic UnionType(string written)
        => Make(UnionTypeDefinition, $"{Quote(written)} is a union, which is written only as a field's type, a list's or set's items, a map's values, or after 'union Name ='; declare it with 'union Name = {written};' and use 'Name' here.");

    /// <summary>ES0013: a name with a hyphen, such as <c>port-code</c>.</summary>
    public static DiagnosticDefinition HyphenInNameDefinition { get; } = Define("ES0013", DiagnosticSeverity.Error, "Hyphen in a name", Syntax);

    public Diagnostic HyphenInName(string written, string suggestion)
        => Make(HyphenInNameDefinition, $"{HyphenProblem(written)}; write {Quote(suggestion)}.", Replace(written, suggestion, $"Rename to {Quote(suggestion)}"));

    /// <summary>ES0013 on a field's name: the fix keeps the written name on the wire, unless <c>@json</c> already sets it.</summary>
    public Diagnostic HyphenInFieldName(string written, string suggestion, bool hasWireName)
        => HyphenKeepingWireForm(written, suggestion, hasWireName, $"@json(\"{written}\") {suggestion}",
            $"write {Quote(suggestion)}, and keep the name on the wire with @json(\"{written}\")", $"Rename to {Quote(suggestion)}, keeping \"{written}\" on the wire");

    /// <summary>ES0013 on an enum member's name: the fix keeps the written name as the member's JSON value.</summary>
    public Diagnostic HyphenInEnumMember(string written, string suggestion, bool hasJsonValue)
        => HyphenKeepingWireForm(written, suggestion, hasJsonValue, $"{suggestion} = \"{written}\"",
            $"write {suggestion} = \"{written}\", which keeps \"{written}\" as its JSON value", $"Rename to {Quote(suggestion)}, keeping \"{written}\" as its JSON value");

    // Renaming alone would change what the wire carries, unless the schema already says it elsewhere.
    private Diagnostic HyphenKeepingWireForm(string written, string suggestion, bool alreadyKept, string keepingForm, string keepingAdvice, string keepingTitle)
        => alreadyKept
            ? Make(HyphenInNameDefinition, $"{HyphenProblem(written)}; write {Quote(suggestion)}.", Replace(written, suggestion, $"Rename to {Quote(suggestion)}"))
            : Make(HyphenInNameDefinition, $"{HyphenProblem(written)}; {keepingAdvice}.", Replace(written, keepingForm, keepingTitle));

    private static string HyphenProblem(string written) => $"Name {Quote(written)} contains '-', which names cannot";

    /// <summary>ES0014: U+FFFD in the text, which stands where bytes that are not UTF-8 were read.</summary>
    public static DiagnosticDefinition NotUtf8Definition { get; } = Define("ES0014", DiagnosticSeverity.Error, "Text that is not UTF-8", Syntax);

    public Diagnostic NotUtf8(int count)
        => Make(NotUtf8Definition, (count == 1 ? "U+FFFD (the replacement character) stands here" : $"U+FFFD (the replacement character) stands here and in {count - 1} more {(count == 2 ? "place" : "places")}")
            + ", where the file holds bytes that are not UTF-8, so the text is not what was written; save the file as UTF-8 (in a string that means the character itself, write \\uFFFD).");

    /// <summary>ES0004: an unknown escape sequence in a string.</summary>
    public static DiagnosticDefinition InvalidEscapeDefinition { get; } = Define("ES0004", DiagnosticSeverity.Error, "Invalid escape sequence", Syntax);

    public Diagnostic InvalidEscape(string escape)
        => Make(InvalidEscapeDefinition, $"Unknown escape sequence {Quote(escape)}; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX. Write \\\\ for a literal backslash.");

    /// <summary>ES0005: a malformed number.</summary>
    public static DiagnosticDefinition InvalidNumberDefinition { get; } = Define("ES0005", DiagnosticSeverity.Error, "Invalid number", Syntax);

    public Diagnostic InvalidNumber(string text)
        => Make(InvalidNumberDefinition, $"{Quote(text)} is not a valid number; write digits with an optional '-', fraction and exponent, such as 42, -1.5 or 1e3.");

    /// <summary>ES0006: a bidirectional control character, which can make text read differently from how it parses.</summary>
    public static DiagnosticDefinition BidirectionalControlCharacterDefinition { get; } = Define("ES0006", DiagnosticSeverity.Error, "Bidirectional control character", Syntax);

    public Diagnostic BidirectionalControlCharacter(string character)
        => Make(BidirectionalControlCharacterDefinition, $"Bidirectional control character {DescribeCharacter(character)} can make the text read differently from how it is compiled; remove it.");

    /// <summary>ES0007: an invisible character outside a string or comment.</summary>
    public static DiagnosticDefinition InvisibleCharacterDefinition { get; } = Define("ES0007", DiagnosticSeverity.Error, "Invisible character", Syntax);

    public Diagnostic InvisibleCharacter(string character)
        => Make(InvisibleCharacterDefinition, $"Invisible character {DescribeCharacter(character)} between tokens; remove it.");

    /// <summary>ES0008: a required token is missing.</summary>
    public static DiagnosticDefinition ExpectedTokenDefinition { get; } = Define("ES0008", DiagnosticSeverity.Error, "Expected token", Syntax);

    public Diagnostic ExpectedToken(string expected, string found)
        => Make(ExpectedTokenDefinition, $"Expected {expected} but found {found}; insert it.");

    /// <summary>ES0008 for <c>record event { … }</c>: a keyword cannot be a declaration's name.</summary>
    public Diagnostic KeywordAsName(string keyword, string expected)
        => Make(ExpectedTokenDefinition, $"Expected {expected} but found the keyword {Quote(keyword)}, which cannot be a name; choose another name.");

    /// <summary>
    /// ES0008 for <c>record 1Abc { … }</c>: a name that starts with a digit, which the lexer alone would call a malformed
    /// number. On a field or an enum member, <paramref name="keepOnTheWire"/> says how to keep the written name as its
    /// JSON name or value.
    /// </summary>
    public Diagnostic NameStartsWithDigit(string written, string? keepOnTheWire)
        => Make(ExpectedTokenDefinition, $"Name {Quote(written)} starts with a digit, which names cannot; rename it so that it starts with a letter or '_'{(keepOnTheWire is null ? string.Empty : ", and " + keepOnTheWire)}.");

    /// <summary>ES0008 for <c>email: string?</c>: the optional mark goes after the name.</summary>
    public Diagnostic OptionalMarkAfterType(string written, string corrected)
        => Make(ExpectedTokenDefinition, $"An optional field has '?' after its name, not after its type; write {Quote(corrected)}.", Replace(written, corrected, $"Write {Quote(corrected)}"));

    /// <summary>ES0008 for a field ended with ',': fields end with ';'.</summary>
    public Diagnostic CommaEndsField()
        => Make(ExpectedTokenDefinition, "A field ends with ';', not ','; replace the ',' with ';'.", Replace(",", ";", "Replace with ';'"));

    public Diagnostic ExpectedTokenAtEnd(string expected, string context)
        => Make(ExpectedTokenDefinition, $"Expected {expected} {context}; insert it.");

    /// <summary>ES0009: text that fits nowhere in the grammar and was skipped.</summary>
    public static DiagnosticDefinition UnexpectedTokensDefinition { get; } = Define("ES0009", DiagnosticSeverity.Error, "Unexpected text", Syntax);

    public Diagnostic UnexpectedTokens(string found, string expectedHere)
        => Make(UnexpectedTokensDefinition, $"Unexpected {found}; expected {expectedHere}. Remove the text or complete the declaration.");

    /// <summary>ES0010: decorators followed by nothing they can decorate.</summary>
    public static DiagnosticDefinition DanglingDecoratorsDefinition { get; } = Define("ES0010", DiagnosticSeverity.Error, "Decorator without a declaration", Syntax);

    public Diagnostic DanglingDecorators()
        => Make(DanglingDecoratorsDefinition, "Decorators must be followed by what they decorate; add the declaration, field or member after them, or remove them.");

    // Names and declarations.

    /// <summary>ES0020: a type name that resolves to nothing.</summary>
    public static DiagnosticDefinition UnknownTypeDefinition { get; } = Define("ES0020", DiagnosticSeverity.Error, "Unknown type", Names);

    public Diagnostic UnknownType(string name, string? suggestion)
        => Make(UnknownTypeDefinition, suggestion is null
            ? $"Unknown type {Quote(name)}; declare it, import its namespace with 'using', or use a built-in type."
            : $"Unknown type {Quote(name)}; did you mean {Quote(suggestion)}?", Suggest(name, suggestion));

    /// <summary>ES0021: a simple type name that resolves to declarations in more than one namespace.</summary>
    public static DiagnosticDefinition AmbiguousTypeDefinition { get; } = Define("ES0021", DiagnosticSeverity.Error, "Ambiguous type name", Names);

    public Diagnostic AmbiguousType(string name, IReadOnlyList<string> candidates)
        => Make(AmbiguousTypeDefinition, $"{Quote(name)} could mean {JoinQuoted(candidates, "or")}; write the fully qualified name.");

    /// <summary>ES0022: two declarations with the same full name.</summary>
    public static DiagnosticDefinition DuplicateDeclarationDefinition { get; } = Define("ES0022", DiagnosticSeverity.Error, "Duplicate declaration", Names);

    public Diagnostic DuplicateDeclaration(string fullName, string otherLocation)
        => Make(DuplicateDeclarationDefinition, $"{Quote(fullName)} is already declared at {otherLocation}; rename one of them.");

    public Diagnostic DeclaredByReference(string fullName, string assemblyName)
        => Make(DuplicateDeclarationDefinition, $"{Quote(fullName)} is already declared by the referenced assembly {Quote(assemblyName)}; use that type and remove this declaration (a copy of that assembly's schema files in this project declares everything twice).");

    /// <summary>ES0070: a referenced assembly whose schema declarations this version cannot read.</summary>
    public static DiagnosticDefinition IncompatibleReferenceDefinition { get; } = Define("ES0070", DiagnosticSeverity.Error, "Referenced schemas in an incompatible format", Names);

    public Diagnostic IncompatibleReference(string ns, string assemblyName, int formatVersion)
    {
        string readable = References.SchemaReferenceModel.OldestFormatVersion == References.SchemaReferenceModel.FormatVersion
            ? N(References.SchemaReferenceModel.FormatVersion)
            : $"formats {N(References.SchemaReferenceModel.OldestFormatVersion)} to {N(References.SchemaReferenceModel.FormatVersion)}";
        return Make(IncompatibleReferenceDefinition, formatVersion > References.SchemaReferenceModel.FormatVersion
            ? $"The namespace {Quote(ns)} is declared by the referenced assembly {Quote(assemblyName)}, whose schemas were built by a newer EventSchema (declaration format {N(formatVersion)}; this one reads {readable}); update the EventSchema package of this project to the version that built {Quote(assemblyName)}."
            : References.SchemaReferenceModel.IsReadable(formatVersion)
            ? $"The namespace {Quote(ns)} is declared by the referenced assembly {Quote(assemblyName)}, but its schema declarations could not be read (they are damaged); rebuild {Quote(assemblyName)}."
            : $"The namespace {Quote(ns)} is declared by the referenced assembly {Quote(assemblyName)}, whose schemas were built by an EventSchema this version cannot read (declaration format {N(formatVersion)}; this one reads {readable}); rebuild {Quote(assemblyName)} with the EventSchema version this project uses.");
    }

    /// <summary>ES0071: a type name that resolves to a declaration more than one referenced assembly declares.</summary>
    public static DiagnosticDefinition DeclaredByTwoReferencesDefinition { get; } = Define("ES0071", DiagnosticSeverity.Error, "Type declared by two referenced assemblies", Names);

    public Diagnostic DeclaredByTwoReferences(string fullName, IReadOnlyList<string> assemblyNames)
    {
        var quoted = new string[assemblyNames.Count];
        for (int i = 0; i < quoted.Length; i++) quoted[i] = Quote(assemblyNames[i]);
        return Make(DeclaredByTwoReferencesDefinition,
            $"{Quote(fullName)} is declared by more than one referenced assembly ({string.Join(" and ", quoted)}), so C# cannot tell their types apart; reference only one of them, or rename the declaration (or move it to another namespace) in all but one of the libraries.");
    }

    /// <summary>ES0023: two fields of a record with the same name.</summary>
    public static DiagnosticDefinition DuplicateFieldDefinition { get; } = Define("ES0023", DiagnosticSeverity.Error, "Duplicate field", Names);

    public Diagnostic DuplicateField(string fieldName, string recordName, int firstLine)
        => Make(DuplicateFieldDefinition, $"{Quote(recordName)} already has a field named {Quote(fieldName)}, on line {firstLine}; rename or remove one of them.");

    /// <summary>ES0024: two members of an enum with the same name.</summary>
    public static DiagnosticDefinition DuplicateEnumMemberDefinition { get; } = Define("ES0024", DiagnosticSeverity.Error, "Duplicate enum member", Names);

    public Diagnostic DuplicateEnumMember(string memberName, string enumName, int firstLine)
        => Make(DuplicateEnumMemberDefinition, $"{Quote(enumName)} already has a member named {Quote(memberName)}, on line {firstLine}; rename or remove one of them.");

    /// <summary>ES0025: a name with characters other than ASCII letters, digits and underscores.</summary>
    public static DiagnosticDefinition NonAsciiNameDefinition { get; } = Define("ES0025", DiagnosticSeverity.Error, "Name is not an ASCII identifier", Names);

    public Diagnostic NonAsciiName(string name, string character)
        => Make(NonAsciiNameDefinition, $"Name {Quote(name)} contains {DescribeCharacter(character)}; names use only ASCII letters, digits and '_', and start with a letter or '_'.");

    /// <summary>ES0026: a name that hides bidirectional-control or invisible characters.</summary>
    public static DiagnosticDefinition NameWithHiddenCharactersDefinition { get; } = Define("ES0026", DiagnosticSeverity.Error, "Name contains hidden characters", Names);

    public Diagnostic NameWithHiddenCharacters(string character)
        => Make(NameWithHiddenCharactersDefinition, $"This name contains the hidden character {DescribeCharacter(character)}, so it looks like a different name than it is; retype it using only ASCII letters, digits and '_'.");

    /// <summary>ES0027: a declaration named like a built-in type.</summary>
    public static DiagnosticDefinition ReservedNameDefinition { get; } = Define("ES0027", DiagnosticSeverity.Error, "Reserved type name", Names);

    public Diagnostic ReservedName(string name)
        => Make(ReservedNameDefinition, $"{Quote(name)} is a built-in type name; choose another name for the declaration.");

    /// <summary>ES0028: a <c>using</c> directive naming a namespace no file and no referenced assembly declares.</summary>
    public static DiagnosticDefinition UnknownNamespaceDefinition { get; } = Define("ES0028", DiagnosticSeverity.Error, "Unknown namespace", Names);

    public Diagnostic UnknownNamespace(string name, string? suggestion)
        => Make(UnknownNamespaceDefinition, suggestion is null
            ? $"No schema file or referenced assembly declares the namespace {Quote(name)}; fix the name, reference the contracts project or package whose schemas declare it, or remove the 'using'."
            : $"No schema file or referenced assembly declares the namespace {Quote(name)}; did you mean {Quote(suggestion)}?", Suggest(name, suggestion));

    /// <summary>ES0029: two events with the same event type string.</summary>
    public static DiagnosticDefinition DuplicateEventTypeDefinition { get; } = Define("ES0029", DiagnosticSeverity.Error, "Duplicate event type", Names);

    /// <param name="eventType">The event type string both use.</param>
    /// <param name="otherEvent">The full name of the event that has it first.</param>
    /// <param name="otherVersion">The past version of <paramref name="otherEvent"/> that has it; null for its current version.</param>
    /// <param name="version">The past version of the reported event that has it; null for its current version.</param>
    public Diagnostic DuplicateEventType(string eventType, string otherEvent, int? otherVersion = null, int? version = null)
        => Make(DuplicateEventTypeDefinition,
            $"Event type {Quote(eventType)}{(version is { } own ? ", that of this event's version " + N(own) + "," : string.Empty)} is already used by "
            + (otherVersion is { } past ? $"version {N(past)} of {Quote(otherEvent)}" : Quote(otherEvent))
            + "; give one of them another @type or @version.");

    // Decorators.

    /// <summary>ES0030: a decorator the language does not define.</summary>
    public static DiagnosticDefinition UnknownDecoratorDefinition { get; } = Define("ES0030", DiagnosticSeverity.Error, "Unknown decorator", Decorators);

    public Diagnostic UnknownDecorator(string name, string? suggestion)
        => Make(UnknownDecoratorDefinition, suggestion is null
            ? $"Unknown decorator '@{name}'; see docs/language.md for the decorators the language defines."
            : $"Unknown decorator '@{name}'; did you mean '@{suggestion}'?", suggestion is null ? [] : Replace("@" + name, "@" + suggestion, $"Change to '@{suggestion}'"));

    /// <summary>ES0031: the same decorator written twice on one target.</summary>
    public static DiagnosticDefinition RepeatedDecoratorDefinition { get; } = Define("ES0031", DiagnosticSeverity.Error, "Repeated decorator", Decorators);

    public Diagnostic RepeatedDecorator(string name)
        => Make(RepeatedDecoratorDefinition, $"'@{name}' is written more than once here; keep one.");

    /// <summary>ES0032: a decorator on a kind of declaration it does not apply to.</summary>
    public static DiagnosticDefinition DecoratorWrongTargetDefinition { get; } = Define("ES0032", DiagnosticSeverity.Error, "Decorator on the wrong kind of declaration", Decorators);

    public Diagnostic DecoratorWrongTarget(string name, string target, string allowedTargets)
        => Make(DecoratorWrongTargetDefinition, $"'@{name}' cannot be used on {target}; it applies to {allowedTargets}. Remove it or move it.");

    /// <summary>ES0033: a constraint decorator on a field or scalar whose type it cannot constrain.</summary>
    public static DiagnosticDefinition DecoratorWrongTypeDefinition { get; } = Define("ES0033", DiagnosticSeverity.Error, "Decorator does not apply to the type", Decorators);

    public Diagnostic DecoratorWrongType(string name, string typeName, string allowedTypes)
        => Make(DecoratorWrongTypeDefinition, $"'@{name}' does not apply to type {Quote(typeName)}; it constrains {allowedTypes}. Remove it or change the type.");

    /// <summary>ES0034: a decorator with the wrong number or kind of arguments.</summary>
    public static DiagnosticDefinition DecoratorWrongArgumentsDefinition { get; } = Define("ES0034", DiagnosticSeverity.Error, "Wrong decorator arguments", Decorators);

    public Diagnostic DecoratorWrongArguments(string name, string expected)
        => Make(DecoratorWrongArgumentsDefinition, $"'@{name}' takes {expected}.");

    /// <summary>ES0035: a decorator argument outside the values it accepts.</summary>
    public static DiagnosticDefinition DecoratorArgumentOutOfRangeDefinition { get; } = Define("ES0035", DiagnosticSeverity.Error, "Decorator argument out of range", Decorators);

    public Diagnostic DecoratorArgumentOutOfRange(string name, string argument, string allowed)
        => Make(DecoratorArgumentOutOfRangeDefinition, $"'@{name}({argument})' is not accepted: the argument must be {allowed}.");

    // Constraints, defaults and summaries.

    /// <summary>ES0040: bounds no value can meet, such as a minimum above the maximum.</summary>
    public static DiagnosticDefinition ContradictoryBoundsDefinition { get; } = Define("ES0040", DiagnosticSeverity.Error, "Contradictory bounds", Constraints);

    public Diagnostic ContradictoryBounds(string lower, string upper)
        => Make(ContradictoryBoundsDefinition, $"No value can meet both {lower} and {upper}; lower the minimum or raise the maximum.");

    /// <summary>ES0041: a <c>@pattern</c> that is not a valid ECMA-262 regular expression (with the unicode flag).</summary>
    public static DiagnosticDefinition InvalidPatternDefinition { get; } = Define("ES0041", DiagnosticSeverity.Error, "Invalid regular expression", Constraints);

    public Diagnostic InvalidPattern(string reason)
        => Make(InvalidPatternDefinition, $"This is not a valid ECMA-262 regular expression (what JSON Schema's pattern is, read with the unicode flag): {reason}. Fix the pattern (inside a string, write \\\\ for each backslash).");

    /// <summary>ES0042: a <c>@pattern</c> that needs backtracking, so it cannot be matched in linear time.</summary>
    public static DiagnosticDefinition NonLinearPatternDefinition { get; } = Define("ES0042", DiagnosticSeverity.Error, "Pattern needs backtracking", Constraints);

    public Diagnostic NonLinearPattern(string construct)
        => Make(NonLinearPatternDefinition, $"The pattern uses {construct}, which needs backtracking and cannot be matched in linear time; rewrite it without it.");

    /// <summary>ES0048: a valid <c>@pattern</c> that uses a construct EventSchema cannot match with ECMA-262's meaning in linear time.</summary>
    public static DiagnosticDefinition UnsupportedPatternDefinition { get; } = Define("ES0048", DiagnosticSeverity.Error, "Unsupported pattern construct", Constraints);

    public Diagnostic UnsupportedPattern(string reason)
        => Make(UnsupportedPatternDefinition, $"ECMA-262 allows this, but EventSchema cannot match it with the same meaning in linear time: {reason}.");

    /// <summary>ES0043: a default of the wrong kind for its field's type.</summary>
    public static DiagnosticDefinition DefaultTypeMismatchDefinition { get; } = Define("ES0043", DiagnosticSeverity.Error, "Default does not fit the type", Constraints);

    public Diagnostic DefaultTypeMismatch(string literal, string typeName, string expected)
        => Make(DefaultTypeMismatchDefinition, $"Default {literal} does not fit type {Quote(typeName)}; write {expected}.");

    /// <summary>ES0043 for an enum default <paramref name="written"/> close to the member <paramref name="member"/>, with the fix.</summary>
    public Diagnostic DefaultNotAMember(string written, string typeName, string member)
        => Make(DefaultTypeMismatchDefinition, $"Default {Quote(written)} does not fit type {Quote(typeName)}; write the name of one of its members; did you mean {Quote(member)}?", Suggest(written, member));

    /// <summary>ES0044: a default that breaks its field's constraints.</summary>
    public static DiagnosticDefinition DefaultViolatesConstraintDefinition { get; } = Define("ES0044", DiagnosticSeverity.Error, "Default breaks a constraint", Constraints);

    public Diagnostic DefaultViolatesConstraint(string literal, string constraint)
        => Make(DefaultViolatesConstraintDefinition, $"Default {literal} breaks {constraint}; change the default or the constraint.");

    /// <summary>ES0045: a <c>@summary</c> hole that names no field.</summary>
    public static DiagnosticDefinition SummaryUnknownFieldDefinition { get; } = Define("ES0045", DiagnosticSeverity.Error, "Summary hole names no field", Constraints);

    public Diagnostic SummaryUnknownField(string path, string recordName, string missing, string? suggestion)
        => Make(SummaryUnknownFieldDefinition, suggestion is null
            ? $"Summary hole '{{{path}}}' names no field: {Quote(missing)} is not a field of {Quote(recordName)}. Use a field path such as {{name}} or {{person.name}}."
            : $"Summary hole '{{{path}}}' names no field: {Quote(missing)} is not a field of {Quote(recordName)}; did you mean {Quote(suggestion)}?", Suggest(missing, suggestion));

    public Diagnostic SummaryNotRecordField(string path, string segment, string typeName)
        => Make(SummaryUnknownFieldDefinition, $"Summary hole '{{{path}}}' cannot go past {Quote(segment)}: its type {Quote(typeName)} is not a record. End the path at {Quote(segment)}.");

    /// <summary>ES0046: a <c>@summary</c> template with an unbalanced or empty brace.</summary>
    public static DiagnosticDefinition SummaryMalformedDefinition { get; } = Define("ES0046", DiagnosticSeverity.Error, "Malformed summary template", Constraints);

    public Diagnostic SummaryMalformed(string problem)
        => Make(SummaryMalformedDefinition, $"{problem} Write holes as {{field.path}} and literal braces as {{{{ and }}}}.");

    /// <summary>ES0047: a numeric bound the field's type cannot hold.</summary>
    public static DiagnosticDefinition BoundOutOfTypeRangeDefinition { get; } = Define("ES0047", DiagnosticSeverity.Error, "Bound outside the type's range", Constraints);

    public Diagnostic FractionalBound(string decorator, string typeName, string equivalent)
        => Make(BoundOutOfTypeRangeDefinition, $"{decorator} is not a whole number, and {Quote(typeName)} holds only whole numbers; write {equivalent}, which allows the same values.");

    public Diagnostic UnknownGenericType(string name, string hint, string? replacement)
        => Make(UnknownTypeDefinition, $"Unknown type {Quote(name)}; {hint}", Suggest(name, replacement));

    public Diagnostic SummaryHoleSpaces(string path, string trimmed)
        => Make(SummaryUnknownFieldDefinition, $"Summary hole '{{{path}}}' has spaces around the field path; write '{{{trimmed}}}'.", Replace(path, trimmed, $"Change to {Quote(trimmed)}"));

    public Diagnostic SummaryFieldCase(string path, string recordName, string written, string field)
        => Make(SummaryUnknownFieldDefinition, $"Summary hole '{{{path}}}' names no field: {Quote(recordName)} has no field {Quote(written)}, and names are case-sensitive; write {Quote(field)}.", Suggest(written, field));

    public Diagnostic BoundOutOfTypeRange(string decorator, string typeName)
        => Make(BoundOutOfTypeRangeDefinition, $"{decorator} is outside the range of type {Quote(typeName)}; use a value the type can hold.");

    // Structure.

    /// <summary>ES0050: a file with declarations but no <c>namespace</c>.</summary>
    public static DiagnosticDefinition MissingNamespaceDefinition { get; } = Define("ES0050", DiagnosticSeverity.Error, "Missing namespace", Types);

    /// <param name="suggested">The namespace the other schema files use (those of its folder first); null when there is none.</param>
    public Diagnostic MissingNamespace(string? suggested)
    {
        if (suggested is null) return Make(MissingNamespaceDefinition, "This file has no namespace; add 'namespace Name;' as its first line.");
        // The line goes first, before any comment: a namespace must come before everything else but comments.
        string newLine = _text.Text.Contains("\r\n") ? "\r\n" : "\n";
        var fix = new DiagnosticFix($"Add 'namespace {suggested};'", new TextSpan(0, 0), $"namespace {suggested};{newLine}{newLine}");
        return Make(MissingNamespaceDefinition, $"This file has no namespace; add 'namespace {suggested};' (the namespace of the other schema files) or another as its first line.", fix);
    }

    /// <summary>ES0051: a second <c>namespace</c> in one file.</summary>
    public static DiagnosticDefinition MultipleNamespacesDefinition { get; } = Define("ES0051", DiagnosticSeverity.Error, "More than one namespace", Types);

    public Diagnostic MultipleNamespaces(string first)
        => Make(MultipleNamespacesDefinition, $"A file has exactly one namespace and this one already declared {Quote(first)}; move these declarations to another file.");

    /// <summary>ES0052: a <c>namespace</c> after other declarations or directives.</summary>
    public static DiagnosticDefinition NamespaceNotFirstDefinition { get; } = Define("ES0052", DiagnosticSeverity.Error, "Namespace is not first", Types);

    public Diagnostic NamespaceNotFirst()
        => Make(NamespaceNotFirstDefinition, "The namespace must come before every 'using' and declaration; move it to the top of the file.");

    /// <summary>ES0053: records that require each other, so none can ever be built.</summary>
    public static DiagnosticDefinition RecordCycleDefinition { get; } = Define("ES0053", DiagnosticSeverity.Error, "Records can never be constructed", Types);

    public Diagnostic RecordCycle(string cycle)
        => Make(RecordCycleDefinition, $"Required fields form a cycle ({cycle}), so no value can ever be built; make one of these fields optional with '?' or a list.");

    /// <summary>ES0054: a map whose key type cannot be a JSON property name (not a string, enum, string scalar, int, long, uuid or date).</summary>
    public static DiagnosticDefinition MapKeyNotStringDefinition { get; } = Define("ES0054", DiagnosticSeverity.Error, "Map key type not supported", Types);

    public Diagnostic MapKeyNotString(string keyType)
        => Make(MapKeyNotStringDefinition, $"A map key cannot be {Quote(keyType)}: keys are JSON property names, so they are string, an enum, a string scalar, int, long, uuid or date; write map<string, T> or one of those.");

    /// <summary>ES0055: two members of an enum with the same JSON value.</summary>
    public static DiagnosticDefinition DuplicateEnumJsonValueDefinition { get; } = Define("ES0055", DiagnosticSeverity.Error, "Duplicate enum JSON value", Types);

    public Diagnostic DuplicateEnumJsonValue(string value, string otherMember, int otherLine)
        => Make(DuplicateEnumJsonValueDefinition, $"JSON value \"{value}\" is already used by member {Quote(otherMember)}, on line {otherLine}; give each member a distinct value.");

    /// <summary>ES0056: two fields of a record with the same JSON property name.</summary>
    public static DiagnosticDefinition DuplicateJsonNameDefinition { get; } = Define("ES0056", DiagnosticSeverity.Error, "Duplicate JSON property name", Types);

    public Diagnostic DuplicateJsonName(string jsonName, string otherField, int otherLine)
        => Make(DuplicateJsonNameDefinition, $"JSON property name \"{jsonName}\" is already used by field {Quote(otherField)}, on line {otherLine}; give one of them another @json name.");

    /// <summary>ES0057: a type with the wrong number of type arguments.</summary>
    public static DiagnosticDefinition WrongTypeArgumentCountDefinition { get; } = Define("ES0057", DiagnosticSeverity.Error, "Wrong number of type arguments", Types);

    public Diagnostic WrongTypeArgumentCount(string typeName, string expected)
        => Make(WrongTypeArgumentCountDefinition, $"{Quote(typeName)} takes {expected}.");

    /// <summary>ES0058: an enum member value that is not a string.</summary>
    public static DiagnosticDefinition EnumValueNotStringDefinition { get; } = Define("ES0058", DiagnosticSeverity.Error, "Enum value is not a string", Types);

    public Diagnostic EnumValueNotString()
        => Make(EnumValueNotStringDefinition, "An enum member's JSON value must be a string; write it in double quotes.");

    /// <summary>ES0059: a scalar whose underlying type is not a primitive.</summary>
    public static DiagnosticDefinition ScalarNotPrimitiveDefinition { get; } = Define("ES0059", DiagnosticSeverity.Error, "Scalar is not based on a primitive", Types);

    public Diagnostic ScalarNotPrimitive(string typeName)
        => Make(ScalarNotPrimitiveDefinition, $"A scalar wraps a built-in type, not {Quote(typeName)}; use one of string, bool, int, long, double, decimal, date, time, datetime, duration, uuid or uri.");

    /// <summary>ES0060: an enum without members.</summary>
    public static DiagnosticDefinition EmptyEnumDefinition { get; } = Define("ES0060", DiagnosticSeverity.Error, "Enum has no members", Types);

    public Diagnostic EmptyEnum(string name)
        => Make(EmptyEnumDefinition, $"Enum {Quote(name)} has no members; add at least one.");

    // Code generation.

    /// <summary>ES0080: a declaration the build generates no code for, because of an error in it or in what it uses.</summary>
    public static DiagnosticDefinition DeclarationNotGeneratedDefinition { get; } = Define("ES0080", DiagnosticSeverity.Warning, "Declaration not generated", Generation);

    public Diagnostic DeclarationNotGenerated(string name, string reason, bool declaredElsewhere = false)
        => Make(DeclarationNotGeneratedDefinition, declaredElsewhere
            ? $"{Quote(name)} was not generated because {reason}; C# code that uses the name gets the type of the other declaration."
            : $"{Quote(name)} was not generated because {reason}; C# code that uses it does not compile until that is fixed.");

    internal static string JoinQuoted(IReadOnlyList<string> items, string conjunction)
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) builder.Append(i == items.Count - 1 ? " " + conjunction + " " : ", ");
            builder.Append('\'').Append(items[i]).Append('\'');
        }
        return builder.ToString();
    }
}
