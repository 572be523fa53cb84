using System.Globalization;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes <c>Validate()</c> and the <c>CollectValidationErrors</c> walk behind it (<c>IScopedValidatable</c>). The
/// runtime's <c>ValidationScope.Validate</c> runs the walk twice at most: first only checking (no path, message or
/// list is built, so a valid object allocates nothing), then, when something is broken, collecting every error with
/// its path and message.
/// </summary>
internal static class ValidationEmitter
{
    private const string Result = "global::EventSchema.ValidationResult";
    private const string Scope = "global::EventSchema.ValidationScope";

    public static void WriteValidate(CodeWriter writer, RecordSpec record, TypeMembers members)
    {
        writer.Line();
        writer.Line("/// <inheritdoc cref=\"global::EventSchema.IValidatable.Validate\"/>");
        writer.Line($"public {Result} Validate() => {Scope}.Validate(this);");
        writer.Line();
        writer.Line("/// <summary>Checks this object in <paramref name=\"scope\"/>; returns false when a rule is broken.</summary>");
        writer.Line("/// <param name=\"scope\">Where this object is, and whether errors are collected or only checked.</param>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        // Public, as records of a referencing assembly validate this one as a field.
        using (writer.Braces($"public bool CollectValidationErrors({Scope} scope)"))
        {
            writer.Line("bool valid = true;");
            foreach (PropertySpec property in record.Properties)
            {
                WriteProperty(writer, property, members);
            }
            writer.Line("return valid;");
        }
    }

    private static void WriteProperty(CodeWriter writer, PropertySpec property, TypeMembers members)
    {
        ValueShape shape = property.Shape;
        bool nullCheck = !shape.IsValueType && !property.IsOptional;
        if (!nullCheck && !NeedsCheck(shape, property.Rules)) return;

        var context = ScopeContext.ForField(property);
        string value = "this." + property.Name;
        // No block per field: every local of a check lives in its own block or loop, and the one pattern
        // variable a field can declare at this level is named after the property, so fields never collide.
        writer.Line("// " + CSharpLiterals.XmlText(property.SchemaName));
        if (shape.Kind == ShapeKind.String)
        {
            WriteTextField(writer, property, value, nullCheck, context, members);
            return;
        }
        if (nullCheck)
        {
            if (!NeedsCheck(shape, property.Rules))
            {
                ReportIf(writer, $"{value} is null", context, "required", RuleMessages.Required);
                return;
            }
            using (writer.Braces($"if ({value} is null)"))
            {
                Report(writer, context, "required", RuleMessages.Required);
            }
            using (writer.Braces("else"))
            {
                WriteValue(writer, shape, property.Rules, value, context, 0, members);
            }
        }
        else if (property.IsOptional && shape.IsValueType)
        {
            // Lower-case first, so it can shadow neither a property nor a generated helper (both start otherwise).
            string present = "value" + property.Name;
            using (writer.Braces($"if ({value} is {{ }} {present})"))
            {
                WriteValue(writer, shape, property.Rules, present, context, 0, members);
            }
        }
        else if (property.IsOptional)
        {
            using (writer.Braces($"if ({value} is not null)"))
            {
                WriteValue(writer, shape, property.Rules, value, context, 0, members);
            }
        }
        else
        {
            WriteValue(writer, shape, property.Rules, value, context, 0, members);
        }
    }

    /// <summary>
    /// A string field: its presence, whether it is Unicode text and its lengths in one runtime call
    /// (<c>ValidationScope.Text</c>), then its pattern, if any, when it is there.
    /// </summary>
    private static void WriteTextField(CodeWriter writer, PropertySpec property, string value, bool required, ScopeContext context, TypeMembers members)
    {
        RuleSpec rules = property.Rules;
        string requiredRule = required ? CSharpLiterals.String(RuleMessages.Required) : "null";
        string Bound(int? bound, System.Func<int, string> message)
            => bound is int length ? length.ToString(CultureInfo.InvariantCulture) + ", " + CSharpLiterals.String(message(length)) : "0, null";
        writer.Line($"if (!scope.Text(ref valid, {value}, {context.FieldArguments}, {requiredRule}, {Bound(rules.MinLength, RuleMessages.MinLength)}, {Bound(rules.MaxLength, RuleMessages.MaxLength)})) return false;");
        if (rules.Pattern is not null)
        {
            ReportIf(writer, $"{value} is not null && !{members.PatternMethod(rules.Pattern)}({value})", context, "pattern", RuleMessages.Pattern(rules.Pattern));
        }
    }

    private static void WriteValue(CodeWriter writer, ValueShape shape, RuleSpec rules, string value, ScopeContext context, int depth, TypeMembers members)
    {
        switch (shape.Kind)
        {
            case ShapeKind.String:
                WriteStringRules(writer, rules, value, context, depth, members, checkText: true);
                break;
            case ShapeKind.Uri:
                // Readers take only RFC 3986 URI references; a Uri made in code may hold anything.
                ReportIf(writer, $"!global::EventSchema.Json.UriText.IsUriReference({value}.OriginalString)", context, "format", RuleMessages.UriReference);
                // A URI reference is ASCII: it holds no surrogate to check.
                WriteStringRules(writer, rules, value + ".OriginalString", context, depth, members, checkText: false);
                break;
            case ShapeKind.Double:
                WriteDoubleRules(writer, rules, value, context);
                break;
            case ShapeKind.Int or ShapeKind.Long or ShapeKind.Decimal:
                WriteNumericRules(writer, rules, shape.Kind, value, context);
                break;
            case ShapeKind.Enum:
                string extensions = shape.Element!.TypeName;
                ReportIf(writer, $"!{extensions}.IsDefined({value})", context, "enum", RuleMessages.DefinedEnum(SimpleName(shape.TypeName)));
                break;
            case ShapeKind.Scalar:
                // Value of a scalar over a reference type throws when unset: ValueOrNull lets it be reported.
                WriteScalar(writer, shape, rules, value + (shape.Element!.IsValueType ? ".Value" : ".ValueOrNull"), context, depth, members);
                break;
            case ShapeKind.Record:
                writer.Line($"if (!scope.Merge(ref valid, {value}.CollectValidationErrors({context.Self}))) return false;");
                break;
            case ShapeKind.List or ShapeKind.Set or ShapeKind.Map:
                WriteCollection(writer, shape, rules, value, context, depth, members);
                break;
        }
    }

    private static void WriteScalar(CodeWriter writer, ValueShape scalar, RuleSpec rules, string value, ScopeContext context, int depth, TypeMembers members)
    {
        ValueShape underlying = scalar.Element!;
        if (underlying.IsValueType)
        {
            // default(TScalar) holds the type's default, which the scalar's own rules may refuse.
            if (scalar.ScalarRules is { } own) WriteValue(writer, underlying, own, value, context, depth, members);
            WriteValue(writer, underlying, rules, value, context, depth, members);
            return;
        }
        // default(TScalar) holds no value: it was never created through From.
        WriteRequiredThenValue(writer, underlying, rules, value, rules.HasValueRules, context, depth, members);
    }

    // A reference that must not be null: 'required' (with requiredMessage, by default "is required.") when it is, else the
    // value's own checks when it has any.
    private static void WriteRequiredThenValue(CodeWriter writer, ValueShape shape, RuleSpec rules, string value, bool hasChecks, ScopeContext context, int depth, TypeMembers members, string requiredMessage = RuleMessages.Required)
    {
        if (!hasChecks)
        {
            ReportIf(writer, $"{value} is null", context, "required", requiredMessage);
            return;
        }
        if (shape.Kind == ShapeKind.String && !rules.HasValueRules)
        {
            // Two lines rather than two blocks: the text check takes null for text without surrogates.
            ReportIf(writer, $"{value} is null", context, "required", requiredMessage);
            WriteValue(writer, shape, rules, value, context, depth, members);
            return;
        }
        using (writer.Braces($"if ({value} is null)"))
        {
            Report(writer, context, "required", requiredMessage);
        }
        using (writer.Braces("else"))
        {
            WriteValue(writer, shape, rules, value, context, depth, members);
        }
    }

    private static void WriteStringRules(CodeWriter writer, RuleSpec rules, string value, ScopeContext context, int depth, TypeMembers members, bool checkText)
        => WriteStringRules(writer, rules, value, depth, members, (condition, code, message) => ReportIf(writer, condition, context, code, message), checkText);

    /// <summary>
    /// Writes the checks of a non-null string: with <paramref name="checkText"/>, that it is Unicode text (a lone
    /// surrogate is a <c>type</c> error: no JSON string can hold it), then its length and pattern rules;
    /// <paramref name="reportIf"/> writes what a broken rule does, given the condition that breaks it, the rule's code and its message.
    /// </summary>
    internal static void WriteStringRules(CodeWriter writer, RuleSpec rules, string value, int depth, TypeMembers members, System.Action<string, string, string> reportIf, bool checkText)
    {
        if (checkText)
        {
            reportIf($"global::EventSchema.ValidationRules.HasUnpairedSurrogate({value})", "type", RuleMessages.UnpairedSurrogate);
        }
        if (rules.MinLength is not null || rules.MaxLength is not null)
        {
            string length = "length" + depth.ToString(CultureInfo.InvariantCulture);
            using (writer.Braces())
            {
                writer.Line($"int {length} = global::EventSchema.ValidationRules.CodePointLength({value});");
                if (rules.MinLength is int min)
                {
                    reportIf($"{length} < {min.ToString(CultureInfo.InvariantCulture)}", "minLength", RuleMessages.MinLength(min));
                }
                if (rules.MaxLength is int max)
                {
                    reportIf($"{length} > {max.ToString(CultureInfo.InvariantCulture)}", "maxLength", RuleMessages.MaxLength(max));
                }
            }
        }
        if (rules.Pattern is not null)
        {
            reportIf($"!{members.PatternMethod(rules.Pattern)}({value})", "pattern", RuleMessages.Pattern(rules.Pattern));
        }
    }

    // JSON has no NaN or infinity: a double that is neither breaks no bound but cannot be written.
    private static void WriteDoubleRules(CodeWriter writer, RuleSpec rules, string value, ScopeContext context)
    {
        string notFinite = FiniteCheck(value);
        if (!rules.HasValueRules)
        {
            ReportIf(writer, notFinite, context, "type", RuleMessages.Finite);
            return;
        }
        using (writer.Braces($"if ({notFinite})"))
        {
            Report(writer, context, "type", RuleMessages.Finite);
        }
        using (writer.Braces("else"))
        {
            WriteNumericRules(writer, rules, ShapeKind.Double, value, context);
        }
    }

    /// <summary>A condition true when the double <paramref name="value"/> is NaN or infinite (no <c>double.IsFinite</c> on netstandard2.0).</summary>
    internal static string FiniteCheck(string value) => $"!({value} >= double.MinValue && {value} <= double.MaxValue)";

    private static void WriteNumericRules(CodeWriter writer, RuleSpec rules, ShapeKind kind, string value, ScopeContext context)
        => WriteNumericRules(writer, rules, kind, value, (condition, code, message) => ReportIf(writer, condition, context, code, message));

    /// <summary>Writes the bound checks of a number; <paramref name="reportIf"/> writes what a broken rule does, as for strings.</summary>
    internal static void WriteNumericRules(CodeWriter writer, RuleSpec rules, ShapeKind kind, string value, System.Action<string, string, string> reportIf)
    {
        // Written as !(value >= bound) so NaN breaks every bound.
        Bound(rules.Minimum, ">=", "minimum", RuleMessages.Minimum);
        Bound(rules.Maximum, "<=", "maximum", RuleMessages.Maximum);
        Bound(rules.ExclusiveMinimum, ">", "exclusiveMinimum", RuleMessages.ExclusiveMinimum);
        Bound(rules.ExclusiveMaximum, "<", "exclusiveMaximum", RuleMessages.ExclusiveMaximum);

        void Bound(string? bound, string holds, string code, System.Func<string, string> message)
        {
            if (bound is null) return;
            reportIf($"!({value} {holds} {NumberLiteral(bound, kind)})", code, message(bound));
        }
    }

    // The bound as a C# literal comparable with the value's type without losing precision.
    private static string NumberLiteral(string bound, ShapeKind kind)
    {
        bool integral = bound.IndexOf('.') < 0;
        bool fitsLong = long.TryParse(bound, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
        bool fitsInt = int.TryParse(bound, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
        return kind switch
        {
            ShapeKind.Double => integral ? bound + ".0" : bound,
            ShapeKind.Decimal => bound + "m",
            ShapeKind.Int when integral && fitsInt => bound,
            _ when integral && fitsLong => bound + "L",
            _ => bound + "m",
        };
    }

    private static void WriteCollection(CodeWriter writer, ValueShape shape, RuleSpec rules, string value, ScopeContext context, int depth, TypeMembers members)
    {
        if (rules.MinItems is int minItems)
        {
            ReportIf(writer, $"{value}.Count < {minItems.ToString(CultureInfo.InvariantCulture)}", context, "minItems", RuleMessages.MinItems(minItems));
        }
        if (rules.MaxItems is int maxItems)
        {
            ReportIf(writer, $"{value}.Count > {maxItems.ToString(CultureInfo.InvariantCulture)}", context, "maxItems", RuleMessages.MaxItems(maxItems));
        }
        ValueShape element = shape.Element!;
        if (rules.UniqueItems && shape.Kind == ShapeKind.List)
        {
            ReportIf(writer, $"global::EventSchema.ValidationRules.HasDuplicates({value}, {members.Comparer(element)})", context, "uniqueItems", RuleMessages.UniqueItems);
        }

        RuleSpec elementRules = rules.WithoutItemRules();
        if (!NeedsElementCheck(shape, rules)) return;
        bool onlyPresenceAndText = element.Kind == ShapeKind.String ? !elementRules.HasValueRules : !NeedsCheck(element, elementRules);
        if (shape.Kind == ShapeKind.List && !element.IsValueType && !element.IsNullable && onlyPresenceAndText && context.ItemsPresent is { } itemsPresent)
        {
            // Items that can only be missing (or, for strings, not Unicode text): one runtime call instead of a loop.
            writer.Line($"if (!{itemsPresent(value, CSharpLiterals.String(RuleMessages.Required))}) return false;");
            return;
        }
        string d = depth.ToString(CultureInfo.InvariantCulture);
        string index = "i" + d, item = "item" + d, entry = "entry" + d;
        switch (shape.Kind)
        {
            case ShapeKind.List:
                using (writer.Braces($"for (int {index} = 0; {index} < {value}.Count; {index}++)"))
                {
                    writer.Line($"var {item} = {value}[{index}];");
                    WriteElement(writer, element, elementRules, item, ScopeContext.ForElement(context.Item(index)), depth + 1, members);
                }
                break;
            case ShapeKind.Set:
                using (writer.Braces())
                {
                    writer.Line($"int {index} = 0;");
                    using (writer.Braces($"foreach (var {item} in global::EventSchema.ValidationRules.Items({value}))"))
                    {
                        WriteElement(writer, element, elementRules, item, ScopeContext.ForElement(context.Item(index)), depth + 1, members);
                        writer.Line($"{index}++;");
                    }
                }
                break;
            case ShapeKind.Map:
                using (writer.Braces($"foreach (var {entry} in global::EventSchema.ValidationRules.Entries({value}))"))
                {
                    writer.Line($"var {item} = {entry}.Value;");
                    string keyText = KeyText(shape.Key, entry + ".Key");
                    // A key's own rules are reported at the map, with the key beside them (propertyNames); a value's at its entry.
                    if (NeedsKeyCheck(shape)) WriteKey(writer, shape, entry + ".Key", ScopeContext.ForElement(context.EntryKey(keyText)), depth + 1, members);
                    WriteElement(writer, element, elementRules, item, ScopeContext.ForElement(context.Entry(keyText)), depth + 1, members);
                }
                break;
        }
    }

    /// <summary>
    /// The key <paramref name="key"/> of a map keyed by <paramref name="keyShape"/> as its scopes name it: its text, or for a
    /// (string) scalar a <c>MapKeyText</c>, which names a key never created with <c>From</c> as <c>default(T)</c>, not as "".
    /// </summary>
    private static string KeyText(ValueShape? keyShape, string key) => keyShape switch
    {
        null => key,
        { Kind: ShapeKind.Scalar } => $"global::EventSchema.MapKeyText.OfScalar({key}.ValueOrNull, {CSharpLiterals.String(SimpleName(keyShape.TypeName))})",
        _ => ValueFormatting.ToText(keyShape, key),
    };

    /// <summary>A map key's own checks: an enum key is defined, a scalar key was created, a string key is Unicode text and meets its rules.</summary>
    private static void WriteKey(CodeWriter writer, ValueShape map, string key, ScopeContext context, int depth, TypeMembers members)
    {
        RuleSpec rules = map.KeyRules ?? RuleSpec.None;
        if (map.Key is null)
        {
            WriteStringRules(writer, rules, key, context, depth, members, checkText: true);
            return;
        }
        if (map.Key is { Kind: ShapeKind.Scalar, Element: { IsValueType: false } underlying })
        {
            // Keys are string scalars: one never created with From has no value, which says more than "required" would.
            string unset = RuleMessages.UnsetKey(SimpleName(map.Key.TypeName));
            WriteRequiredThenValue(writer, underlying, rules, key + ".ValueOrNull", rules.HasValueRules, context, depth, members, unset);
            return;
        }
        WriteValue(writer, map.Key, rules, key, context, depth, members);
    }

    private static bool NeedsKeyCheck(ValueShape map)
        => map.KeyRules is not null || map.Key is null or { Kind: ShapeKind.Enum or ShapeKind.Scalar };

    private static void WriteElement(CodeWriter writer, ValueShape element, RuleSpec rules, string item, ScopeContext context, int depth, TypeMembers members)
    {
        if (element.IsNullable)
        {
            // Items that may be null are checked when they are there.
            if (!NeedsCheck(element, rules)) return;
            if (element.IsValueType)
            {
                string present = "present" + depth.ToString(CultureInfo.InvariantCulture);
                using (writer.Braces($"if ({item} is {{ }} {present})"))
                {
                    WriteValue(writer, element, rules, present, context, depth, members);
                }
                return;
            }
            using (writer.Braces($"if ({item} is not null)"))
            {
                WriteValue(writer, element, rules, item, context, depth, members);
            }
            return;
        }
        if (element.IsValueType)
        {
            WriteValue(writer, element, rules, item, context, depth, members);
            return;
        }
        WriteRequiredThenValue(writer, element, rules, item, NeedsCheck(element, rules), context, depth, members);
    }

    private static void Report(CodeWriter writer, ScopeContext context, string code, string message)
        => writer.Line($"if (!{context.Report(CSharpLiterals.String(code), CSharpLiterals.String(message))}) return false;");

    // One line per rule: the report runs only when the condition holds, and ends the walk when only checking.
    private static void ReportIf(CodeWriter writer, string condition, ScopeContext context, string code, string message)
        => writer.Line($"if ({condition} && !{context.Report(CSharpLiterals.String(code), CSharpLiterals.String(message))}) return false;");

    private static string SimpleName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);

    private static bool NeedsCheck(ValueShape shape, RuleSpec rules) => shape.Kind switch
    {
        // Every string: a lone surrogate is not Unicode text, which no JSON string can hold.
        ShapeKind.String => true,
        ShapeKind.Uri => true,
        ShapeKind.Double => true,
        ShapeKind.Int or ShapeKind.Long or ShapeKind.Decimal => rules.HasValueRules,
        ShapeKind.Enum or ShapeKind.Scalar or ShapeKind.Record => true,
        ShapeKind.List or ShapeKind.Set or ShapeKind.Map => rules.HasItemRules || NeedsElementCheck(shape, rules),
        _ => false,
    };

    private static bool NeedsElementCheck(ValueShape collection, RuleSpec rules)
        => collection.Element is { } element
            && ((collection.Kind == ShapeKind.Map && NeedsKeyCheck(collection))
                || NeedsCheck(element, rules.WithoutItemRules())
                // Writers refuse a null item whose type has no '?': so does Validate().
                || (!element.IsValueType && !element.IsNullable));

    /// <summary>How a value's scope, its items' scopes, and a report of a broken rule are written.</summary>
    private sealed class ScopeContext(
        string self,
        System.Func<string, string> item,
        System.Func<string, string> entry,
        System.Func<string, string> entryKey,
        System.Func<string, string, string> report,
        System.Func<string, string, string>? itemsPresent = null,
        string? fieldArguments = null)
    {
        public string Self { get; } = self;

        /// <summary>A field's schema name (and JSON name where it differs) and display name, as call arguments; null for elements.</summary>
        public string? FieldArguments { get; } = fieldArguments;

        /// <summary>A call that reports the null items of a list (the list, the message as a C# literal); null where there is none.</summary>
        public System.Func<string, string, string>? ItemsPresent { get; } = itemsPresent;

        /// <summary>A call that reports a broken rule (code and message as C# literals) and is false when validation stops.</summary>
        public string Report(string code, string message) => report(code, message);

        public string Item(string index) => item(index);

        public string Entry(string key) => entry(key);

        public string EntryKey(string key) => entryKey(key);

        public static ScopeContext ForField(PropertySpec property)
        {
            // The JSON name rides along only where it differs, for the errors' JSON paths.
            string name = property.JsonName == property.SchemaName
                ? CSharpLiterals.String(property.SchemaName)
                : CSharpLiterals.String(property.SchemaName) + ", " + CSharpLiterals.String(property.JsonName);
            string display = CSharpLiterals.String(property.DisplayName);
            string itemDisplay = CSharpLiterals.String(property.ItemDisplayName);
            return new ScopeContext(
                $"scope.Member({name}, {display})",
                index => $"scope.Item({name}, {itemDisplay}, {index})",
                // Entries read with the map's own name: By name "key".
                key => $"scope.Entry({name}, {display}, {key})",
                key => $"scope.EntryKey({name}, {display}, {key})",
                // A field's error holds the field's constants; its path and message are joined when read.
                (code, message) => $"scope.Report(ref valid, {name}, {display}, {code}, {message})",
                (list, message) => $"scope.ItemsPresent(ref valid, {list}, {name}, {itemDisplay}, {message})",
                name + ", " + display);
        }

        public static ScopeContext ForElement(string self)
            => new(self, index => $"{self}.Index({index})", key => $"{self}.Key({key})", key => $"{self}.KeyOf({key})", (code, message) => $"{self}.Report(ref valid, {code}, {message})");
    }
}
