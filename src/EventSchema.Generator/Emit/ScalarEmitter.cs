using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes a <c>readonly partial record struct</c> value object for a scalar: created only through
/// <c>From</c> (throws on a broken rule) or <c>TryFrom</c>, so every instance made that way is valid.
/// </summary>
internal static class ScalarEmitter
{
    public static void Write(CodeWriter writer, ScalarSpec spec)
    {
        var members = new TypeMembers();
        string name = spec.Name;
        ValueShape underlying = spec.Underlying;
        string type = underlying.TypeName;
        bool isReference = !underlying.IsValueType;

        DocComments.Summary(writer, spec.Documentation, $"The <c>{CSharpLiterals.XmlText(spec.SchemaName)}</c> scalar of the schema: a validated <c>{CSharpLiterals.XmlText(type)}</c>.");
        DocComments.Obsolete(writer, spec.DeprecationMessage);
        Analysis.RuleMetadataEmitter.WriteForScalar(writer, spec);
        writer.Line(GeneratedCodeAttribute.Text);
        if (spec.HasTypeConverter) writer.Line($"[global::System.ComponentModel.TypeConverter(typeof(global::EventSchema.ScalarTypeConverter<{name}>))]");
        bool ordered = IsOrdered(underlying.Kind);
        var implemented = new System.Collections.Generic.List<string>();
        if (ordered) implemented.Add($"global::System.IComparable<{name}>");
        if (ordered) implemented.Add("global::System.IComparable");
        if (spec.ImplementsParsable) implemented.Add($"global::System.IParsable<{name}>");
        bool formattable = IsFormattable(underlying.Kind);
        if (formattable) implemented.Add("global::System.IFormattable");
        string interfaces = implemented.Count == 0 ? string.Empty : " : " + string.Join(", ", implemented);
        using (writer.Braces($"public readonly partial record struct {name}{interfaces}"))
        {
            string valueText = isReference
                ? $"\"\\\"\" + value + \"\\\"\""
                : ValueFormatting.ToText(underlying, "value");
            if (isReference)
            {
                // default(T) holds no value: Value refuses to hand out the null its type denies; generated validators
                // and writers read ValueOrNull and report or refuse it with the property's name.
                writer.Line($$"""
                    private readonly {{type}}? _value;

                    private {{name}}({{type}} value) => _value = value;

                    /// <summary>The value; it met every rule of the scalar when it was created.</summary>
                    /// <exception cref="global::System.InvalidOperationException">This is <c>default({{name}})</c>, never created with <c>From</c> or <c>TryFrom</c>.</exception>
                    public {{type}} Value => _value ?? throw global::EventSchema.ScalarErrors.Unset({{CSharpLiterals.String(name)}});

                    /// <summary>The value, or null for <c>default({{name}})</c>; used by generated code.</summary>
                    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
                    public {{type}}? ValueOrNull => _value;

                    """);
            }
            else
            {
                writer.Line($$"""
                    private {{name}}({{type}} value) => Value = value;

                    /// <summary>The value; it met every rule of the scalar when it was created.</summary>
                    public {{type}} Value { get; }

                    """);
            }
            writer.Line($$"""

                /// <summary>Creates a <see cref="{{name}}"/> from <paramref name="value"/>.</summary>
                /// <exception cref="global::System.ArgumentException"><paramref name="value"/> breaks a rule of the scalar; the message names it.</exception>
                public static {{name}} From({{type}} value)
                {
                    if (!Check(value, out string code, out string rule))
                    {
                        throw new global::System.ArgumentException({{(isReference ? "(value is null ? \"null\" : " + valueText + ")" : valueText)}} + " is not a valid {{name}} (" + code + "): it " + rule, nameof(value));
                    }
                    return new {{name}}(value);
                }

                /// <summary>Creates a <see cref="{{name}}"/> from <paramref name="value"/>; false when it breaks a rule of the scalar.</summary>
                public static bool TryFrom({{type}}{{(isReference ? "?" : string.Empty)}} value, out {{name}} result)
                {
                    if ({{(isReference ? "value is null || " : string.Empty)}}!Check(value, out _, out _))
                    {
                        result = default;
                        return false;
                    }
                    result = new {{name}}(value);
                    return true;
                }

                /// <summary>The value as text{{(isReference ? $"; empty for <c>default({name})</c>" : string.Empty)}}.</summary>
                public override string ToString() => {{(isReference ? "_value is null ? string.Empty : " + ValueFormatting.ToText(underlying, "_value") : ValueFormatting.ToText(underlying, "Value"))}};

                /// <summary>The value of <paramref name="scalar"/>.</summary>
                public static explicit operator {{type}}({{name}} scalar) => scalar.Value;
                """);
            if (underlying.Kind == ShapeKind.Uri)
            {
                // System.Uri's equality ignores the fragment: compare the text a writer writes instead.
                writer.Line();
                writer.Line($$"""
                    /// <summary>Whether <paramref name="other"/> holds the same text (<see cref="global::EventSchema.UriTextComparer"/>).</summary>
                    public bool Equals({{name}} other) => global::EventSchema.UriTextComparer.Instance.Equals(_value, other._value);

                    /// <inheritdoc />
                    public override int GetHashCode() => global::EventSchema.UriTextComparer.Instance.GetHashCode(_value);
                    """);
            }
            if (formattable)
            {
                writer.Line();
                writer.Line($$"""
                    /// <summary>
                    /// The value formatted as <c>{{CSharpLiterals.XmlText(type)}}</c> formats it with <paramref name="format"/> and
                    /// <paramref name="formatProvider"/>; without a format, the text <see cref="ToString()"/> gives, in every culture.
                    /// </summary>
                    public string ToString(string? format, global::System.IFormatProvider? formatProvider) => string.IsNullOrEmpty(format) ? ToString() : Value.ToString(format, formatProvider);
                    """);
            }
            if (ordered) WriteOrder(writer, name, underlying.Kind);
            WriteParse(writer, name, underlying.Kind);
            writer.Line();
            writer.Line("// Whether value meets every rule; if not, which rule (its code) and the end of a sentence saying so.");
            using (writer.Braces($"private static bool Check({type} value, out string code, out string rule)"))
            {
                if (isReference)
                {
                    writer.Line("""
                        if (value is null)
                        {
                            code = "required";
                            rule = "is required.";
                            return false;
                        }
                        """);
                }
                System.Action<string, string, string> report = (condition, code, message) =>
                {
                    using (writer.Braces($"if ({condition})"))
                    {
                        writer.Line($"code = {CSharpLiterals.String(code)};");
                        writer.Line($"rule = {CSharpLiterals.String(message)};");
                        writer.Line("return false;");
                    }
                };
                string text = underlying.Kind == ShapeKind.Uri ? "value.OriginalString" : "value";
                if (underlying.Kind == ShapeKind.Uri)
                {
                    // System.Uri takes text that readers refuse (spaces, non-ASCII): refuse it here, as writers would.
                    report("!global::EventSchema.Json.UriText.IsUriReference(value.OriginalString)", "format", RuleMessages.UriReference);
                }
                if (underlying.Kind is ShapeKind.String or ShapeKind.Uri)
                {
                    // A string scalar is Unicode text (From refuses a lone surrogate); a URI reference is ASCII.
                    ValidationEmitter.WriteStringRules(writer, spec.Rules, text, 0, members, report, checkText: underlying.Kind == ShapeKind.String);
                }
                else if (underlying.IsNumeric)
                {
                    if (underlying.Kind == ShapeKind.Double) report(ValidationEmitter.FiniteCheck("value"), "type", RuleMessages.Finite);
                    ValidationEmitter.WriteNumericRules(writer, spec.Rules, underlying.Kind, "value", report);
                }
                writer.Line("code = string.Empty;");
                writer.Line("rule = string.Empty;");
                writer.Line("return true;");
            }
            members.Write(writer);
        }
    }

    // Kinds whose values have one natural order that agrees with the scalar's equality: strings (ordinally), numbers,
    // dates, date-times (by instant, as DateTimeOffset compares and equals) and UUIDs. Times with offsets, durations,
    // booleans and URIs have none worth promising.
    private static bool IsOrdered(ShapeKind kind) => kind is ShapeKind.String or ShapeKind.Int or ShapeKind.Long
        or ShapeKind.Double or ShapeKind.Decimal or ShapeKind.Date or ShapeKind.DateTime or ShapeKind.Uuid;

    private static void WriteOrder(CodeWriter writer, string name, ShapeKind kind)
    {
        string compare = kind == ShapeKind.String
            ? "string.CompareOrdinal(_value, other._value)"
            : "Value.CompareTo(other.Value)";
        // An unset string scalar (default) sorts first, as a null string does, and equals only another unset one.
        string how = kind == ShapeKind.String ? "ordinally, character by character; an unset value sorts first" : "by value";
        writer.Line();
        writer.Line($$"""
            /// <summary>Compares the values {{how}}.</summary>
            public int CompareTo({{name}} other) => {{compare}};

            int global::System.IComparable.CompareTo(object? obj) => global::EventSchema.ScalarOrder.CompareToObject(this, obj);

            /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
            public static bool operator <({{name}} left, {{name}} right) => left.CompareTo(right) < 0;

            /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
            public static bool operator >({{name}} left, {{name}} right) => left.CompareTo(right) > 0;

            /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
            public static bool operator <=({{name}} left, {{name}} right) => left.CompareTo(right) <= 0;

            /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
            public static bool operator >=({{name}} left, {{name}} right) => left.CompareTo(right) >= 0;
            """);
    }

    // Numbers, dates, date-times and UUIDs take .NET's format strings ($"{size:D2}", $"{day:dd.MM.yyyy}"); an interpolation
    // without one still gives the wire text, so a log line reads the same in every culture.
    private static bool IsFormattable(ShapeKind kind)
        => kind is ShapeKind.Int or ShapeKind.Long or ShapeKind.Double or ShapeKind.Decimal or ShapeKind.Date or ShapeKind.DateTime or ShapeKind.Uuid;

    // Parse and TryParse read the value's wire text (without a JSON string's quotes) through the scalar's own JSON
    // reader, so text and payload accept the same values; a string scalar's text is its value, checked by From.
    private static void WriteParse(CodeWriter writer, string name, ShapeKind kind)
    {
        string parse, tryParse;
        if (kind == ShapeKind.String)
        {
            parse = "global::EventSchema.ScalarText.ParseString(s, From)";
            tryParse = "TryFrom(s, out result)";
        }
        else
        {
            // Numbers and booleans are bare tokens on the wire; the message of a text that is not one says what it must be.
            string? bare = kind switch
            {
                ShapeKind.Int or ShapeKind.Long => "a whole number",
                ShapeKind.Double or ShapeKind.Decimal => "a number",
                ShapeKind.Bool => "true or false",
                _ => null,
            };
            string read = Json.JsonCode.ConverterName(name) + ".ReadValue";
            parse = bare is null
                ? $"global::EventSchema.ScalarText.Parse(s, true, {read})"
                : $"global::EventSchema.ScalarText.ParseBare(s, {CSharpLiterals.String(bare)}, {read})";
            tryParse = $"global::EventSchema.ScalarText.TryParse(s, {(bare is null ? "true" : "false")}, {read}, out result)";
        }
        writer.Line();
        writer.Line($$"""
            /// <summary>Reads a <see cref="{{name}}"/> from its text, the value as JSON holds it without a string's quotes (what <see cref="ToString()"/> gives).</summary>
            /// <exception cref="global::System.FormatException">The text is not a value of the scalar, or breaks one of its rules; the message says which.</exception>
            public static {{name}} Parse(string s, global::System.IFormatProvider? provider = null) => {{parse}};

            /// <summary>Reads a <see cref="{{name}}"/> from its text; false when it is not a value of the scalar.</summary>
            public static bool TryParse(string? s, global::System.IFormatProvider? provider, out {{name}} result) => {{tryParse}};

            /// <summary>Reads a <see cref="{{name}}"/> from its text; false when it is not a value of the scalar.</summary>
            public static bool TryParse(string? s, out {{name}} result) => TryParse(s, null, out result);
            """);
    }
}
