using System;
using System.Collections.Generic;
using System.Globalization;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Patterns;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;
using EventSchema.Language.Wire;

namespace EventSchema.Language.Binding;

/// <summary>Binds a field's <c>= literal</c> default: checks it fits the field's type and meets its constraints.</summary>
internal sealed class DefaultValueBinder
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly SourceText _text;
    private readonly List<Diagnostic> _diagnostics;

    public DefaultValueBinder(SourceText text, List<Diagnostic> diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    public LiteralValue? Bind(FieldSymbol field, LiteralSyntax syntax)
    {
        var token = syntax.Token;
        if (token.IsMissing) return null;
        // A value the lexer reported ('1x', "a\q", '[1, 2]') is not what was written: its error is the one to fix.
        if (token.HasLexicalError) return null;
        var span = token.Span;
        string shown = token.Kind == TokenKind.StringLiteral ? token.Text : "'" + token.Text + "'";
        var type = field.Type;

        if (token.Kind == TokenKind.NullKeyword)
        {
            if (!field.IsOptional && type is not ErrorType)
            {
                Mismatch(span, shown, type, type is NamedType { Declaration: RecordSymbol or UnionSymbol }
                    ? "no default, or make the field optional with '?' (a field of this type takes no other default)"
                    : "a value of the type, or make the field optional with '?'");
                return null;
            }
            return new LiteralValue(LiteralKind.Null, token.Text, null, span);
        }
        if (token.Kind == TokenKind.BadToken) return null;
        if (token.Kind == TokenKind.EmptyList || syntax.CloseBrace is not null) return EmptyCollectionDefaults.Bind(this, field, syntax);

        switch (type)
        {
            case ErrorType:
                return null;
            case ListType or SetType:
                Mismatch(span, shown, type, "'[]', the empty list, or no default");
                return null;
            case MapType:
                Mismatch(span, shown, type, "'{}', the empty map, or no default");
                return null;
            case NamedType { Declaration: RecordSymbol or UnionSymbol }:
                Mismatch(span, shown, type, field.IsOptional ? "no default (fields of this type cannot have one) or 'null'" : "no default: fields of this type cannot have one");
                return null;
            case NamedType { Declaration: EnumSymbol enumSymbol }:
                return BindEnumMember(enumSymbol, token, shown, type);
        }

        var kind = DecoratorBinder.UnderlyingPrimitive(type);
        if (kind is null) return null;
        var value = BindPrimitive(kind.Value, token, shown, type);
        if (value is null) return null;
        CheckConstraints(field.Constraints, value, shown);
        // A scalar's rule is not written on the field: the message says where it comes from.
        if (type is NamedType { Declaration: ScalarSymbol scalar }) CheckConstraints(scalar.Constraints, value, shown, scalar.Name);
        return value;
    }

    private LiteralValue? BindEnumMember(EnumSymbol enumSymbol, SyntaxToken token, string shown, SchemaType type)
    {
        string example = enumSymbol.Members.Count > 0 ? enumSymbol.Members[0].Name : "member";
        if (token.Kind != TokenKind.Identifier)
        {
            Mismatch(token.Span, shown, type, token.Kind == TokenKind.StringLiteral
                ? $"the member's name without quotes, such as '{example}'"
                : $"the name of one of its members, such as '{example}'");
            return null;
        }
        foreach (var member in enumSymbol.Members)
        {
            if (string.Equals(member.Name, token.Text, StringComparison.Ordinal))
            {
                return new LiteralValue(LiteralKind.EnumMember, token.Text, member, token.Span);
            }
        }
        // A name the lexer refused (ES0013 'ro-ro', with its fix) needs no second error about the same text.
        if (token.HasLexicalError) return null;
        var names = new List<string>();
        foreach (var member in enumSymbol.Members) names.Add(member.Name);
        if (NameSimilarity.FindClosest(token.Text, names) is { } suggestion)
        {
            _diagnostics.Add(DiagnosticBuilder.At(_text, token.Span).DefaultNotAMember(token.Text, type.DisplayName, suggestion));
            return null;
        }
        Mismatch(token.Span, shown, type, $"the name of one of its members, such as '{example}'");
        return null;
    }

    private LiteralValue? BindPrimitive(PrimitiveKind kind, SyntaxToken token, string shown, SchemaType type)
    {
        var span = token.Span;
        switch (kind)
        {
            case PrimitiveKind.Bool:
                if (token.Kind == TokenKind.TrueKeyword || token.Kind == TokenKind.FalseKeyword)
                {
                    return new LiteralValue(LiteralKind.Bool, token.Text, token.Kind == TokenKind.TrueKeyword, span);
                }
                Mismatch(span, shown, type, "true or false");
                return null;

            case PrimitiveKind.Int:
            case PrimitiveKind.Long:
            {
                bool isInt = kind == PrimitiveKind.Int;
                if (token.Kind != TokenKind.NumberLiteral || !DecoratorBinder.IsWholeNumber(token.Text))
                {
                    Mismatch(span, shown, type, "a whole number, such as 42");
                    return null;
                }
                if (!long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
                    || (isInt && (value < int.MinValue || value > int.MaxValue)))
                {
                    Mismatch(span, shown, type, isInt ? "a whole number from -2147483648 to 2147483647" : "a whole number within the range of a 64-bit integer");
                    return null;
                }
                return new LiteralValue(LiteralKind.Integer, token.Text, value, span);
            }

            case PrimitiveKind.Double:
            case PrimitiveKind.Decimal:
            {
                if (token.Kind != TokenKind.NumberLiteral)
                {
                    Mismatch(span, shown, type, "a number, such as 1.5");
                    return null;
                }
                if (DecoratorBinder.IsWholeNumber(token.Text) && long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole))
                {
                    return new LiteralValue(LiteralKind.Integer, token.Text, whole, span);
                }
                if (!DecimalLiteral.TryParse(token.Text, out decimal value))
                {
                    Mismatch(span, shown, type, DecimalLiteral.Requirement);
                    return null;
                }
                return new LiteralValue(LiteralKind.Number, token.Text, value, span);
            }

            default:
            {
                if (token.Kind != TokenKind.StringLiteral)
                {
                    Mismatch(span, shown, type, "a string" + FormatHint(kind));
                    return null;
                }
                string value = StringLiteral.Decode(token.Text, span.Start).Value;
                if (!IsValidText(kind, value))
                {
                    Mismatch(span, shown, type, "a string" + FormatHint(kind));
                    return null;
                }
                return new LiteralValue(LiteralKind.String, token.Text, value, span);
            }
        }
    }

    private static string FormatHint(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Date => " in the form \"yyyy-MM-dd\", such as \"2025-04-17\"",
        PrimitiveKind.Time => " in RFC 3339 form with an offset, such as \"09:30:00Z\" or \"09:30:00+04:00\"",
        PrimitiveKind.DateTime => " in RFC 3339 form with an offset, such as \"2025-04-17T09:30:00+04:00\"",
        PrimitiveKind.Duration => " in ISO 8601 form, such as \"P1D\", \"PT1H30M\" or \"P1Y2M\"",
        PrimitiveKind.Uuid => " such as \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"",
        PrimitiveKind.Uri => " holding an RFC 3986 URI reference, such as \"https://news.az\"",
        _ => ", such as \"text\"",
    };

    /// <summary>Whether <paramref name="value"/> is the wire text of <paramref name="kind"/>, exactly as the generated readers take it.</summary>
    internal static bool IsValidText(PrimitiveKind kind, string value) => kind switch
    {
        PrimitiveKind.String => true,
        PrimitiveKind.Date => WireSyntax.TryParseDate(value, out _, out _, out _),
        PrimitiveKind.Time => WireSyntax.TryParseTime(value, out _),
        PrimitiveKind.DateTime => WireSyntax.TryGetInstant(value, out _, out _),
        PrimitiveKind.Duration => WireSyntax.TryParseDuration(value, out _),
        PrimitiveKind.Uuid => Guid.TryParseExact(value, "D", out _),
        PrimitiveKind.Uri => WireSyntax.IsUriReference(value) && Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _),
        _ => false,
    };

    private void CheckConstraints(Constraints constraints, LiteralValue value, string shown, string? scalarName = null)
    {
        if (constraints.IsEmpty) return;
        var span = value.Span;
        if (value.Value is string text)
        {
            // Counted as the validators count (code points), so a default the build accepts never fails Validate().
            int length = Validation.CodePoints.Length(text);
            if (constraints.MinLength is int minLength && length < minLength)
            {
                Violation(span, shown, scalarName, $"@minLength({minLength}): it has {length} characters");
            }
            if (constraints.MaxLength is int maxLength && length > maxLength)
            {
                Violation(span, shown, scalarName, $"@maxLength({maxLength}): it has {length} characters");
            }
            if (constraints.Pattern is string pattern && !Matches(pattern, text))
            {
                Violation(span, shown, scalarName, $"@pattern(\"{pattern}\"): it does not match");
            }
            return;
        }
        decimal? number = value.Value switch
        {
            long whole => whole,
            decimal fraction => fraction,
            _ => null,
        };
        if (number is not decimal n) return;
        if (constraints.Minimum is { } minimum && n < minimum.Value) Violation(span, shown, scalarName, $"@minimum({minimum.Text})");
        if (constraints.Maximum is { } maximum && n > maximum.Value) Violation(span, shown, scalarName, $"@maximum({maximum.Text})");
        if (constraints.ExclusiveMinimum is { } exclusiveMinimum && n <= exclusiveMinimum.Value) Violation(span, shown, scalarName, $"@exclusiveMinimum({exclusiveMinimum.Text})");
        if (constraints.ExclusiveMaximum is { } exclusiveMaximum && n >= exclusiveMaximum.Value) Violation(span, shown, scalarName, $"@exclusiveMaximum({exclusiveMaximum.Text})");
    }

    private static bool Matches(string pattern, string text)
    {
        var parsed = EcmaPattern.Parse(pattern);
        // An unusable pattern is reported on its own; a match too slow to finish is not held against the default.
        return parsed.Problem is not null || (parsed.IsMatch(text, MatchTimeout) ?? true);
    }

    internal void Mismatch(TextSpan span, string shown, SchemaType type, string expected)
        => _diagnostics.Add(DiagnosticBuilder.At(_text, span).DefaultTypeMismatch(shown, Shown(type), expected));

    // A union written in place has a generated name the user never wrote; show it as written (its span is in this file).
    private string Shown(SchemaType type)
        => type is NamedType { Declaration: UnionSymbol { IsInline: true } union } && union.FilePath == _text.Path
            ? _text.ToString(union.NameSpan)
            : type.DisplayName;

    internal void Violation(TextSpan span, string shown, string constraint) => Violation(span, shown, scalarName: null, constraint);

    // scalarName: the scalar whose rule it is, when the rule is not the field's own.
    private void Violation(TextSpan span, string shown, string? scalarName, string constraint)
        => _diagnostics.Add(DiagnosticBuilder.At(_text, span).DefaultViolatesConstraint(shown, scalarName is null ? constraint : constraint + $" (a rule of the scalar '{scalarName}')"));
}
