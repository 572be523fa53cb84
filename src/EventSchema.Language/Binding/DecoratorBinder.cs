using System.Collections.Generic;
using System.Globalization;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Patterns;
using EventSchema.Language.Semantics;
using EventSchema.Language.Syntax;
using EventSchema.Language.Text;

namespace EventSchema.Language.Binding;

/// <summary>
/// Checks decorators against the language's definitions (known, not repeated, on the right target and type,
/// with the right arguments) and turns them into constraints and settings.
/// </summary>
internal sealed class DecoratorBinder
{
    private readonly SourceText _text;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, PatternCheck> _patternCache;

    public DecoratorBinder(SourceText text, List<Diagnostic> diagnostics, Dictionary<string, PatternCheck> patternCache)
    {
        _text = text;
        _diagnostics = diagnostics;
        _patternCache = patternCache;
    }

    /// <summary>The result of checking a pattern, cached per compilation since schemas repeat patterns.</summary>
    internal sealed record PatternCheck(PatternProblem? Problem);

    private DiagnosticBuilder At(TextSpan span) => DiagnosticBuilder.At(_text, span);

    private static TextSpan HeadSpan(DecoratorSyntax decorator) => TextSpan.FromBounds(decorator.At.Span.Start, decorator.Name.Span.End);

    /// <summary>Binds <paramref name="decorators"/> written on <paramref name="target"/>; <paramref name="constrainedType"/> is the field's or scalar's type.</summary>
    public BoundDecorators Bind(IReadOnlyList<DecoratorSyntax> decorators, DecoratorTargets target, SchemaType? constrainedType)
    {
        if (decorators.Count == 0) return BoundDecorators.Empty;
        var bound = new BoundDecorators(decorators);
        var pending = default(PendingConstraints);
        for (int d = 0; d < decorators.Count; d++)
        {
            var decorator = decorators[d];
            if (decorator.Name.IsMissing) continue;
            string name = decorator.Name.Text;
            var definition = DecoratorDefinition.Find(name);
            if (definition is null)
            {
                var names = new List<string>();
                foreach (var known in DecoratorDefinition.All) names.Add(known.Name);
                _diagnostics.Add(At(HeadSpan(decorator)).UnknownDecorator(name, NameSimilarity.FindClosest(name, names)));
                continue;
            }
            if (!definition.IsRepeatable && bound.HasApplied(definition))
            {
                _diagnostics.Add(At(HeadSpan(decorator)).RepeatedDecorator(name));
                continue;
            }
            bound.MarkApplied(d, definition);
            if ((definition.Targets & target) == 0)
            {
                _diagnostics.Add(At(HeadSpan(decorator)).DecoratorWrongTarget(name, target.Describe(), definition.Targets.DescribeAll()));
                continue;
            }
            if (definition.Types != ConstrainedTypes.Any && constrainedType is not null)
            {
                var fits = definition.AppliesTo(constrainedType);
                if (fits is null) continue; // the type did not bind; its error is already reported
                if (fits == false)
                {
                    _diagnostics.Add(ItemRuleOnCollection.Suggest(definition, decorator, constrainedType, _text) is { } itemType
                        ? At(HeadSpan(decorator)).ItemRuleOnCollection(name, constrainedType.DisplayName, itemType)
                        : At(HeadSpan(decorator)).DecoratorWrongType(name, constrainedType.DisplayName, definition.DescribeTypes()));
                    continue;
                }
            }
            Apply(definition, decorator, ref bound, ref pending, constrainedType);
        }
        if (!pending.IsEmpty) bound.Constraints = pending.ToConstraints();
        CheckBounds(bound);
        return bound;
    }

    internal static PrimitiveKind? UnderlyingPrimitive(SchemaType type) => type switch
    {
        PrimitiveType primitive => primitive.Kind,
        NamedType { Declaration: ScalarSymbol scalar } => scalar.UnderlyingType.Kind,
        _ => null,
    };

    private void Apply(DecoratorDefinition definition, DecoratorSyntax decorator, ref BoundDecorators bound, ref PendingConstraints pending, SchemaType? constrainedType)
    {
        var arguments = decorator.ArgumentValues;
        for (int a = 0; a < arguments.Count; a++)
        {
            if (arguments[a].Token.IsMissing) return; // the parser reported it
        }
        var argumentsSpan = decorator.ArgumentList?.Span ?? HeadSpan(decorator);

        switch (definition.Arguments)
        {
            case DecoratorArguments.None:
                if (arguments.Count != 0) { WrongArguments(definition, argumentsSpan); return; }
                if (definition == DecoratorDefinition.UniqueItems) pending.UniqueItems = true;
                return;

            case DecoratorArguments.OptionalString:
            {
                if (arguments.Count > 1 || (arguments.Count == 1 && arguments[0].Token.Kind != TokenKind.StringLiteral)) { WrongArguments(definition, OneArgumentOr(arguments, argumentsSpan)); return; }
                string message = arguments.Count == 0 ? string.Empty : StringLiteral.Decode(arguments[0].Token.Text, arguments[0].Token.Span.Start).Value;
                if (definition == DecoratorDefinition.Deprecated) bound.DeprecationMessage = message;
                return;
            }

            case DecoratorArguments.Count:
            case DecoratorArguments.Version:
            {
                if (arguments.Count != 1 || arguments[0].Token.Kind != TokenKind.NumberLiteral) { WrongArguments(definition, OneArgumentOr(arguments, argumentsSpan)); return; }
                var token = arguments[0].Token;
                if (token.HasLexicalError) return; // '2x': the lexer said it is no number (ES0005), which is the one error
                if (!IsWholeNumber(token.Text)) { WrongArguments(definition, token.Span); return; }
                bool parsed = long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value);
                long minimum = definition.Arguments == DecoratorArguments.Version ? 1 : 0;
                if (!parsed || value < minimum || value > int.MaxValue)
                {
                    _diagnostics.Add(At(token.Span).DecoratorArgumentOutOfRange(definition.Name, token.Text,
                        minimum == 1 ? "a whole number from 1 to 2147483647" : "a whole number from 0 to 2147483647"));
                    return;
                }
                int count = (int)value;
                if (definition == DecoratorDefinition.MinLength) pending.MinLength = count;
                else if (definition == DecoratorDefinition.MaxLength) pending.MaxLength = count;
                else if (definition == DecoratorDefinition.MinItems) pending.MinItems = count;
                else if (definition == DecoratorDefinition.MaxItems) pending.MaxItems = count;
                if (definition == DecoratorDefinition.Version) bound.Version = count;
                return;
            }

            case DecoratorArguments.Number:
            {
                if (arguments.Count != 1 || arguments[0].Token.Kind != TokenKind.NumberLiteral) { WrongArguments(definition, OneArgumentOr(arguments, argumentsSpan)); return; }
                var token = arguments[0].Token;
                if (token.HasLexicalError) return; // ES0005 from the lexer
                if (!DecimalLiteral.TryParse(token.Text, out decimal value))
                {
                    _diagnostics.Add(At(token.Span).DecoratorArgumentOutOfRange(definition.Name, token.Text, DecimalLiteral.Requirement));
                    return;
                }
                if (constrainedType is not null && value != decimal.Truncate(value) && UnderlyingPrimitive(constrainedType) is PrimitiveKind.Int or PrimitiveKind.Long)
                {
                    // A fraction on a whole-number type: say so, and give the whole-number bound that means the same.
                    _diagnostics.Add(At(token.Span).FractionalBound(
                        "@" + definition.Name + "(" + token.Text + ")",
                        PrimitiveType.Get(UnderlyingPrimitive(constrainedType)!.Value).Keyword,
                        WholeNumberEquivalent(definition, value)));
                    return;
                }
                if (constrainedType is not null && !FitsNumericType(constrainedType, value))
                {
                    _diagnostics.Add(At(token.Span).BoundOutOfTypeRange("@" + definition.Name + "(" + token.Text + ")", UnderlyingPrimitive(constrainedType) is { } kind ? PrimitiveType.Get(kind).Keyword : constrainedType.DisplayName));
                    return;
                }
                var literal = new NumericLiteral(token.Text, value);
                if (definition == DecoratorDefinition.Minimum) pending.Minimum = literal;
                else if (definition == DecoratorDefinition.Maximum) pending.Maximum = literal;
                else if (definition == DecoratorDefinition.ExclusiveMinimum) pending.ExclusiveMinimum = literal;
                else if (definition == DecoratorDefinition.ExclusiveMaximum) pending.ExclusiveMaximum = literal;
                return;
            }

            case DecoratorArguments.VersionAndName:
            case DecoratorArguments.VersionAndType:
                // Checked and read with the rest of the declaration's history, which needs the field and its version.
                if (arguments.Count != 2 || arguments[0].Token.Kind != TokenKind.NumberLiteral
                    || (definition.Arguments == DecoratorArguments.VersionAndName ? arguments[1].Token.Kind != TokenKind.StringLiteral : arguments[1].Token.Kind is not (TokenKind.StringLiteral or TokenKind.Identifier)))
                {
                    WrongArguments(definition, argumentsSpan);
                }
                return;

            case DecoratorArguments.CompatibilityMode:
            {
                if (arguments.Count != 1 || arguments[0].Token.Kind != TokenKind.StringLiteral) { WrongArguments(definition, OneArgumentOr(arguments, argumentsSpan)); return; }
                var token = arguments[0].Token;
                if (token.HasLexicalError) return; // the lexer's error (a bad escape, no closing quote) is the one to fix
                string text = StringLiteral.Decode(token.Text, token.Span.Start).Value;
                if (!Evolution.CompatibilityModes.TryParse(text, out var mode))
                {
                    _diagnostics.Add(At(token.Span).DecoratorArgumentOutOfRange(definition.Name, token.Text, Evolution.CompatibilityModes.Names));
                    return;
                }
                bound.Compatibility = mode;
                return;
            }

            case DecoratorArguments.String:
            {
                if (arguments.Count != 1 || arguments[0].Token.Kind != TokenKind.StringLiteral) { WrongArguments(definition, OneArgumentOr(arguments, argumentsSpan)); return; }
                var token = arguments[0].Token;
                var literal = StringLiteral.Decode(token.Text, token.Span.Start);
                // A string the lexer reported (a bad escape such as "^\p{L}$", no closing quote) holds other text than was
                // written, and the lexer's error is the one to fix: what the string means (a pattern, a summary) is not
                // read from it, and it is not checked. A name it gives is still kept, so nothing that relies on the name
                // (a discriminator, a wire name) reports a problem of its own.
                bool misread = token.HasLexicalError;
                if (definition == DecoratorDefinition.Pattern)
                {
                    if (!misread && CheckPattern(literal, token)) pending.Pattern = literal.Value;
                }
                else if (definition == DecoratorDefinition.Json)
                {
                    if (literal.Value.Length == 0)
                    {
                        if (!misread) _diagnostics.Add(At(token.Span).DecoratorArgumentOutOfRange("json", token.Text, "a non-empty property name"));
                        return;
                    }
                    bound.JsonName = literal.Value;
                }
                else if (definition == DecoratorDefinition.Type)
                {
                    if (!IsEventTypeName(literal.Value))
                    {
                        if (!misread) _diagnostics.Add(At(token.Span).DecoratorArgumentOutOfRange("type", token.Text, "a non-empty name of printable ASCII characters without spaces, such as \"diplomacy.greetings-conveyed.v1\""));
                        return;
                    }
                    bound.EventType = literal.Value;
                }
                else if (definition == DecoratorDefinition.Discriminator || definition == DecoratorDefinition.DiscriminatorValue)
                {
                    if (literal.Value.Length == 0)
                    {
                        if (!misread) _diagnostics.Add(At(token.Span).DecoratorArgumentOutOfRange(definition.Name, token.Text, definition == DecoratorDefinition.Discriminator ? "a non-empty property name" : "a non-empty value"));
                        return;
                    }
                    if (definition == DecoratorDefinition.Discriminator) bound.Discriminator = literal.Value;
                    else bound.DiscriminatorValue = literal.Value;
                }
                else if (definition == DecoratorDefinition.Summary && !misread)
                {
                    bound.SummarySyntax = arguments[0];
                    bound.Summary = literal;
                }
                return;
            }
        }
    }

    // With the right number of arguments, the one of the wrong kind is the place to point at; otherwise the whole list.
    private static TextSpan OneArgumentOr(LiteralArguments arguments, TextSpan argumentsSpan)
        => arguments.Count == 1 ? arguments[0].Token.Span : argumentsSpan;

    private void WrongArguments(DecoratorDefinition definition, TextSpan span)
        => _diagnostics.Add(At(span).DecoratorWrongArguments(definition.Name, definition.DescribeArguments()));

    private static bool IsEventTypeName(string value)
    {
        if (value.Length == 0) return false;
        foreach (char c in value)
        {
            if (c <= ' ' || c > '~') return false;
        }
        return true;
    }

    internal static bool IsWholeNumber(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!(CharacterIsDigit(c) || (i == 0 && c == '-'))) return false;
        }
        return text.Length > 0;
    }

    private static bool CharacterIsDigit(char c) => c >= '0' && c <= '9';

    // On whole numbers, x >= 2.5 means x >= 3, x > 2.5 means x >= 3, x <= 2.5 means x <= 2, and x < 2.5 means x <= 2.
    private static string WholeNumberEquivalent(DecoratorDefinition definition, decimal value)
    {
        bool lower = definition == DecoratorDefinition.Minimum || definition == DecoratorDefinition.ExclusiveMinimum;
        decimal whole = lower ? decimal.Ceiling(value) : decimal.Floor(value);
        string name = lower ? DecoratorDefinition.Minimum.Name : DecoratorDefinition.Maximum.Name;
        return "@" + name + "(" + whole.ToString(CultureInfo.InvariantCulture) + ")";
    }

    private static bool FitsNumericType(SchemaType type, decimal value)
    {
        return UnderlyingPrimitive(type) switch
        {
            PrimitiveKind.Int => value == decimal.Truncate(value) && value >= int.MinValue && value <= int.MaxValue,
            PrimitiveKind.Long => value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue,
            _ => true,
        };
    }

    private bool CheckPattern(StringLiteral literal, SyntaxToken token)
    {
        if (!_patternCache.TryGetValue(literal.Value, out var check))
        {
            check = new PatternCheck(EcmaPattern.Parse(literal.Value).Problem);
            _patternCache[literal.Value] = check;
        }
        if (check.Problem is not { } problem) return true;
        var span = literal.MapSpan(problem.Start, System.Math.Min(problem.Length, literal.Value.Length - problem.Start));
        _diagnostics.Add(problem.Kind switch
        {
            PatternProblemKind.NeedsBacktracking => At(span).NonLinearPattern(problem.Message),
            PatternProblemKind.Unsupported => At(span).UnsupportedPattern(problem.Message),
            _ => At(span).InvalidPattern(problem.Message),
        });
        return false;
    }

    /// <summary>
    /// The rules of one decorator list, gathered before one <see cref="Constraints"/> is made for them all: a copy per
    /// decorator would be garbage as soon as the next one is read.
    /// </summary>
    private struct PendingConstraints
    {
        public int? MinLength, MaxLength, MinItems, MaxItems;
        public string? Pattern;
        public NumericLiteral? Minimum, Maximum, ExclusiveMinimum, ExclusiveMaximum;
        public bool UniqueItems;

        public readonly bool IsEmpty
            => MinLength is null && MaxLength is null && MinItems is null && MaxItems is null && Pattern is null
               && Minimum is null && Maximum is null && ExclusiveMinimum is null && ExclusiveMaximum is null && !UniqueItems;

        public readonly Constraints ToConstraints() => new()
        {
            MinLength = MinLength,
            MaxLength = MaxLength,
            MinItems = MinItems,
            MaxItems = MaxItems,
            Pattern = Pattern,
            Minimum = Minimum,
            Maximum = Maximum,
            ExclusiveMinimum = ExclusiveMinimum,
            ExclusiveMaximum = ExclusiveMaximum,
            UniqueItems = UniqueItems,
        };
    }

    private void CheckBounds(in BoundDecorators bound)
    {
        var c = bound.Constraints;
        if (c.MinLength is int minLength && c.MaxLength is int maxLength && minLength > maxLength)
        {
            Contradiction(bound, DecoratorDefinition.MinLength, DecoratorDefinition.MaxLength);
        }
        if (c.MinItems is int minItems && c.MaxItems is int maxItems && minItems > maxItems)
        {
            Contradiction(bound, DecoratorDefinition.MinItems, DecoratorDefinition.MaxItems);
        }
        if (c.Minimum is { } minimum && c.Maximum is { } maximum && minimum.Value > maximum.Value)
        {
            Contradiction(bound, DecoratorDefinition.Minimum, DecoratorDefinition.Maximum);
        }
        if (c.ExclusiveMinimum is { } exclusiveMinimum && c.ExclusiveMaximum is { } exclusiveMaximum && exclusiveMinimum.Value >= exclusiveMaximum.Value)
        {
            Contradiction(bound, DecoratorDefinition.ExclusiveMinimum, DecoratorDefinition.ExclusiveMaximum);
        }
        if (c.Minimum is { } min && c.ExclusiveMaximum is { } exclusiveMax && min.Value >= exclusiveMax.Value)
        {
            Contradiction(bound, DecoratorDefinition.Minimum, DecoratorDefinition.ExclusiveMaximum);
        }
        if (c.ExclusiveMinimum is { } exclusiveMin && c.Maximum is { } max && exclusiveMin.Value >= max.Value)
        {
            Contradiction(bound, DecoratorDefinition.ExclusiveMinimum, DecoratorDefinition.Maximum);
        }
    }

    private void Contradiction(in BoundDecorators bound, DecoratorDefinition lower, DecoratorDefinition upper)
    {
        var lowerSyntax = bound.Find(lower)!;
        var upperSyntax = bound.Find(upper)!;
        // Point at whichever of the two was written second: that is where the contradiction appears.
        var later = lowerSyntax.Span.Start > upperSyntax.Span.Start ? lowerSyntax : upperSyntax;
        _diagnostics.Add(At(later.Span).ContradictoryBounds(Describe(lowerSyntax), Describe(upperSyntax)));
    }

    private string Describe(DecoratorSyntax decorator) => "'" + _text.ToString(decorator.Span) + "'";
}
