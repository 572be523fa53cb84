using System.Collections.Generic;
using System.Globalization;
using EventSchema.Language.Text;

namespace EventSchema.Language.Diagnostics;

/// <summary>
/// Makes located diagnostics: <c>DiagnosticBuilder.At(text, span).UnknownType(…)</c>. Every message of the
/// front end is written here, so wording stays consistent and each code has exactly one factory.
/// </summary>
internal readonly struct DiagnosticBuilder
{
    private readonly SourceText _text;
    private readonly TextSpan _span;

    private DiagnosticBuilder(SourceText text, TextSpan span)
    {
        _text = text;
        _span = span;
    }

    public static DiagnosticBuilder At(SourceText text, TextSpan span) => new(text, span);

    private Diagnostic Make(DiagnosticDefinition definition, string message)
    {
        var start = _text.GetLinePosition(_span.Start);
        var end = _text.GetLinePosition(_span.End);
        return new Diagnostic(definition.Code, definition.DefaultSeverity, EndSentence(message), _text.Path, _span, start, end);
    }

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
        bool printable = pair || (!char.IsSurrogate(c) && !char.IsControl(c) && !char.IsWhiteSpace(c)
            && !Syntax.CharacterFacts.IsInvisible(c) && !Syntax.CharacterFacts.IsBidirectionalControl(c));
        return printable ? Quote(pair ? text.Substring(0, 2) : text.Substring(0, 1)) + " (" + hex + ")" : hex;
    }

    // Syntax.

    public Diagnostic UnexpectedCharacter(string character)
        => Make(DiagnosticCatalog.UnexpectedCharacter, character == "\u201C" || character == "\u201D"
            ? $"Unexpected character {DescribeCharacter(character)}: strings use straight double quotes; write \"…\" instead."
            : $"Unexpected character {DescribeCharacter(character)}; remove it.");

    public Diagnostic UnterminatedString()
        => Make(DiagnosticCatalog.UnterminatedString, "This string has no closing '\"' before the end of the line; add one.");

    public Diagnostic UnterminatedComment()
        => Make(DiagnosticCatalog.UnterminatedComment, "This block comment has no closing '*/'; add one where the comment should end.");

    public Diagnostic ListValue(string written)
        => Make(DiagnosticCatalog.UnexpectedCharacter, $"{Quote(written)} is a list value, which schemas cannot write: a list, set or map field has no default. Remove it, and make the field optional with '?' if it may be left out.");

    public Diagnostic MisspelledKeyword(string written, string keyword)
        => Make(DiagnosticCatalog.MisspelledKeyword, $"Unknown keyword {Quote(written)}; did you mean {Quote(keyword)}?");

    public Diagnostic UnionType(string written)
        => Make(DiagnosticCatalog.UnionType, $"Union types such as {Quote(written)} are not supported (yet); use one optional field per alternative, or a record with an enum that says which alternative is set.");

    public Diagnostic HyphenInName(string written, string suggestion)
        => Make(DiagnosticCatalog.HyphenInName, $"Name {Quote(written)} contains '-', which names cannot; write {Quote(suggestion)}, and on a field keep the wire name with @json(\"{written}\").");

    public Diagnostic InvalidEscape(string escape)
        => Make(DiagnosticCatalog.InvalidEscape, $"Unknown escape sequence {Quote(escape)}; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX. Write \\\\ for a literal backslash.");

    public Diagnostic InvalidNumber(string text)
        => Make(DiagnosticCatalog.InvalidNumber, $"{Quote(text)} is not a valid number; write digits with an optional '-', fraction and exponent, such as 42, -1.5 or 1e3.");

    public Diagnostic BidirectionalControlCharacter(string character)
        => Make(DiagnosticCatalog.BidirectionalControlCharacter, $"Bidirectional control character {DescribeCharacter(character)} can make the text read differently from how it is compiled; remove it.");

    public Diagnostic InvisibleCharacter(string character)
        => Make(DiagnosticCatalog.InvisibleCharacter, $"Invisible character {DescribeCharacter(character)} between tokens; remove it.");

    public Diagnostic ExpectedToken(string expected, string found)
        => Make(DiagnosticCatalog.ExpectedToken, $"Expected {expected} but found {found}; insert it.");

    public Diagnostic ExpectedTokenAtEnd(string expected, string context)
        => Make(DiagnosticCatalog.ExpectedToken, $"Expected {expected} {context}; insert it.");

    public Diagnostic UnexpectedTokens(string found, string expectedHere)
        => Make(DiagnosticCatalog.UnexpectedTokens, $"Unexpected {found}; expected {expectedHere}. Remove the text or complete the declaration.");

    public Diagnostic DanglingDecorators()
        => Make(DiagnosticCatalog.DanglingDecorators, "Decorators must be followed by what they decorate; add the declaration, field or member after them, or remove them.");

    // Names and declarations.

    public Diagnostic UnknownType(string name, string? suggestion)
        => Make(DiagnosticCatalog.UnknownType, suggestion is null
            ? $"Unknown type {Quote(name)}; declare it, import its namespace with 'using', or use a built-in type."
            : $"Unknown type {Quote(name)}; did you mean {Quote(suggestion)}?");

    public Diagnostic AmbiguousType(string name, IReadOnlyList<string> candidates)
        => Make(DiagnosticCatalog.AmbiguousType, $"{Quote(name)} could mean {JoinQuoted(candidates, "or")}; write the fully qualified name.");

    public Diagnostic DuplicateDeclaration(string fullName, string otherLocation)
        => Make(DiagnosticCatalog.DuplicateDeclaration, $"{Quote(fullName)} is already declared at {otherLocation}; rename one of them.");

    public Diagnostic DeclaredByReference(string fullName, string assemblyName)
        => Make(DiagnosticCatalog.DuplicateDeclaration, $"{Quote(fullName)} is already declared by the referenced assembly {Quote(assemblyName)}; use that type and remove this declaration (a copy of that assembly's schema files in this project declares everything twice).");

    public Diagnostic IncompatibleReference(string ns, string assemblyName, int formatVersion, int supportedVersion)
        => Make(DiagnosticCatalog.IncompatibleReference, formatVersion > supportedVersion
            ? $"The namespace {Quote(ns)} is declared by the referenced assembly {Quote(assemblyName)}, whose schemas were built by a newer EventSchema (declaration format {formatVersion}; this one reads {supportedVersion}); update the EventSchema package of this project to the version that built {Quote(assemblyName)}."
            : formatVersion == supportedVersion
            ? $"The namespace {Quote(ns)} is declared by the referenced assembly {Quote(assemblyName)}, but its schema declarations could not be read (they are damaged); rebuild {Quote(assemblyName)}."
            : $"The namespace {Quote(ns)} is declared by the referenced assembly {Quote(assemblyName)}, whose schemas were built by an EventSchema this version cannot read (declaration format {formatVersion}; this one reads {supportedVersion}); rebuild {Quote(assemblyName)} with the EventSchema version this project uses.");

    public Diagnostic DuplicateField(string fieldName, string recordName)
        => Make(DiagnosticCatalog.DuplicateField, $"{Quote(recordName)} already has a field named {Quote(fieldName)}; rename or remove one of them.");

    public Diagnostic DuplicateEnumMember(string memberName, string enumName)
        => Make(DiagnosticCatalog.DuplicateEnumMember, $"{Quote(enumName)} already has a member named {Quote(memberName)}; rename or remove one of them.");

    public Diagnostic NonAsciiName(string name, string character)
        => Make(DiagnosticCatalog.NonAsciiName, $"Name {Quote(name)} contains {DescribeCharacter(character)}; names use only ASCII letters, digits and '_', and start with a letter or '_'.");

    public Diagnostic NameWithHiddenCharacters(string character)
        => Make(DiagnosticCatalog.NameWithHiddenCharacters, $"This name contains the hidden character {DescribeCharacter(character)}, so it looks like a different name than it is; retype it using only ASCII letters, digits and '_'.");

    public Diagnostic ReservedName(string name)
        => Make(DiagnosticCatalog.ReservedName, $"{Quote(name)} is a built-in type name; choose another name for the declaration.");

    public Diagnostic UnknownNamespace(string name, string? suggestion)
        => Make(DiagnosticCatalog.UnknownNamespace, suggestion is null
            ? $"No schema file declares the namespace {Quote(name)}; fix the name or remove the 'using'."
            : $"No schema file declares the namespace {Quote(name)}; did you mean {Quote(suggestion)}?");

    public Diagnostic DuplicateEventType(string eventType, string otherEvent)
        => Make(DiagnosticCatalog.DuplicateEventType, $"Event type {Quote(eventType)} is already used by {Quote(otherEvent)}; give one of them another @type or @version.");

    // Decorators.

    public Diagnostic UnknownDecorator(string name, string? suggestion)
        => Make(DiagnosticCatalog.UnknownDecorator, suggestion is null
            ? $"Unknown decorator '@{name}'; see docs/language.md for the decorators the language defines."
            : $"Unknown decorator '@{name}'; did you mean '@{suggestion}'?");

    public Diagnostic RepeatedDecorator(string name)
        => Make(DiagnosticCatalog.RepeatedDecorator, $"'@{name}' is written more than once here; keep one.");

    public Diagnostic DecoratorWrongTarget(string name, string target, string allowedTargets)
        => Make(DiagnosticCatalog.DecoratorWrongTarget, $"'@{name}' cannot be used on {target}; it applies to {allowedTargets}. Remove it or move it.");

    public Diagnostic DecoratorWrongType(string name, string typeName, string allowedTypes)
        => Make(DiagnosticCatalog.DecoratorWrongType, $"'@{name}' does not apply to type {Quote(typeName)}; it constrains {allowedTypes}. Remove it or change the type.");

    public Diagnostic DecoratorWrongArguments(string name, string expected)
        => Make(DiagnosticCatalog.DecoratorWrongArguments, $"'@{name}' takes {expected}.");

    public Diagnostic DecoratorArgumentOutOfRange(string name, string argument, string allowed)
        => Make(DiagnosticCatalog.DecoratorArgumentOutOfRange, $"'@{name}({argument})' is out of range; the argument must be {allowed}.");

    // Constraints, defaults and summaries.

    public Diagnostic ContradictoryBounds(string lower, string upper)
        => Make(DiagnosticCatalog.ContradictoryBounds, $"No value can meet both {lower} and {upper}; lower the minimum or raise the maximum.");

    public Diagnostic InvalidPattern(string reason)
        => Make(DiagnosticCatalog.InvalidPattern, $"This is not a valid ECMA-262 regular expression (what JSON Schema's pattern is, read with the unicode flag): {reason}. Fix the pattern (inside a string, write \\\\ for each backslash).");

    public Diagnostic NonLinearPattern(string construct)
        => Make(DiagnosticCatalog.NonLinearPattern, $"The pattern uses {construct}, which needs backtracking and cannot be matched in linear time; rewrite it without it.");

    public Diagnostic UnsupportedPattern(string reason)
        => Make(DiagnosticCatalog.UnsupportedPattern, $"ECMA-262 allows this, but EventSchema cannot match it with the same meaning in linear time: {reason}.");

    public Diagnostic DefaultTypeMismatch(string literal, string typeName, string expected)
        => Make(DiagnosticCatalog.DefaultTypeMismatch, $"Default {literal} does not fit type {Quote(typeName)}; write {expected}.");

    public Diagnostic DefaultViolatesConstraint(string literal, string constraint)
        => Make(DiagnosticCatalog.DefaultViolatesConstraint, $"Default {literal} breaks {constraint}; change the default or the constraint.");

    public Diagnostic SummaryUnknownField(string path, string recordName, string missing, string? suggestion)
        => Make(DiagnosticCatalog.SummaryUnknownField, suggestion is null
            ? $"Summary hole '{{{path}}}' names no field: {Quote(missing)} is not a field of {Quote(recordName)}. Use a field path such as {{name}} or {{person.name}}."
            : $"Summary hole '{{{path}}}' names no field: {Quote(missing)} is not a field of {Quote(recordName)}; did you mean {Quote(suggestion)}?");

    public Diagnostic SummaryNotRecordField(string path, string segment, string typeName)
        => Make(DiagnosticCatalog.SummaryUnknownField, $"Summary hole '{{{path}}}' cannot go past {Quote(segment)}: its type {Quote(typeName)} is not a record. End the path at {Quote(segment)}.");

    public Diagnostic SummaryMalformed(string problem)
        => Make(DiagnosticCatalog.SummaryMalformed, $"{problem} Write holes as {{field.path}} and literal braces as {{{{ and }}}}.");

    public Diagnostic FractionalBound(string decorator, string typeName, string equivalent)
        => Make(DiagnosticCatalog.BoundOutOfTypeRange, $"{decorator} is not a whole number, and {Quote(typeName)} holds only whole numbers; write {equivalent}, which allows the same values.");

    public Diagnostic UnknownGenericType(string name, string hint)
        => Make(DiagnosticCatalog.UnknownType, $"Unknown type {Quote(name)}; {hint}");

    public Diagnostic SummaryHoleSpaces(string path, string trimmed)
        => Make(DiagnosticCatalog.SummaryUnknownField, $"Summary hole '{{{path}}}' has spaces around the field path; write '{{{trimmed}}}'.");

    public Diagnostic SummaryFieldCase(string path, string recordName, string written, string field)
        => Make(DiagnosticCatalog.SummaryUnknownField, $"Summary hole '{{{path}}}' names no field: {Quote(recordName)} has no field {Quote(written)}, and names are case-sensitive; write {Quote(field)}.");

    public Diagnostic BoundOutOfTypeRange(string decorator, string typeName)
        => Make(DiagnosticCatalog.BoundOutOfTypeRange, $"{decorator} is outside the range of type {Quote(typeName)}; use a value the type can hold.");

    // Structure.

    public Diagnostic MissingNamespace()
        => Make(DiagnosticCatalog.MissingNamespace, "This file has no namespace; add 'namespace Name;' as its first line.");

    public Diagnostic MultipleNamespaces(string first)
        => Make(DiagnosticCatalog.MultipleNamespaces, $"A file has exactly one namespace and this one already declared {Quote(first)}; move these declarations to another file.");

    public Diagnostic NamespaceNotFirst()
        => Make(DiagnosticCatalog.NamespaceNotFirst, "The namespace must come before every 'using' and declaration; move it to the top of the file.");

    public Diagnostic RecordCycle(string cycle)
        => Make(DiagnosticCatalog.RecordCycle, $"Required fields form a cycle ({cycle}), so no value can ever be built; make one of these fields optional with '?' or a list.");

    public Diagnostic MapKeyNotString(string keyType)
        => Make(DiagnosticCatalog.MapKeyNotString, $"Map keys are always strings, not {Quote(keyType)}; write map<string, T>.");

    public Diagnostic DuplicateEnumJsonValue(string value, string otherMember)
        => Make(DiagnosticCatalog.DuplicateEnumJsonValue, $"JSON value \"{value}\" is already used by member {Quote(otherMember)}; give each member a distinct value.");

    public Diagnostic DuplicateJsonName(string jsonName, string otherField)
        => Make(DiagnosticCatalog.DuplicateJsonName, $"JSON property name \"{jsonName}\" is already used by field {Quote(otherField)}; give one of them another @json name.");

    public Diagnostic WrongTypeArgumentCount(string typeName, string expected)
        => Make(DiagnosticCatalog.WrongTypeArgumentCount, $"{Quote(typeName)} takes {expected}.");

    public Diagnostic EnumValueNotString()
        => Make(DiagnosticCatalog.EnumValueNotString, "An enum member's JSON value must be a string; write it in double quotes.");

    public Diagnostic ScalarNotPrimitive(string typeName)
        => Make(DiagnosticCatalog.ScalarNotPrimitive, $"A scalar wraps a built-in type, not {Quote(typeName)}; use one of string, bool, int, long, double, decimal, date, time, datetime, duration, uuid or uri.");

    public Diagnostic EmptyEnum(string name)
        => Make(DiagnosticCatalog.EmptyEnum, $"Enum {Quote(name)} has no members; add at least one.");

    // Code generation.

    public Diagnostic DeclarationNotGenerated(string name, string reason)
        => Make(DiagnosticCatalog.DeclarationNotGenerated, $"{Quote(name)} was not generated because {reason}; C# code that uses it does not compile until that is fixed.");

    public Diagnostic MissingVersionConversion(string eventName, string field, int version, string reason, string signature)
        => Make(DiagnosticCatalog.MissingVersionConversion,
            $"Reading version {version.ToString(CultureInfo.InvariantCulture)} of {Quote(eventName)} needs a conversion for {Quote(field)}: {reason} Write '{signature}' in a 'partial record {eventName}'.");

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
