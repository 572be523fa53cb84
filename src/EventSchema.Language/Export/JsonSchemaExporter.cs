using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Export;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of a declaration's JSON form as the generated serializers read
/// and write it: every constraint expressed, records, enums and scalars it uses placed under <c>$defs</c>
/// and referenced with <c>$ref</c>. The output depends only on the symbols and options, so the generator
/// and the command line produce the same text.
/// </summary>
public static partial class JsonSchemaExporter
{
    /// <summary>The draft every exported schema declares.</summary>
    public const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The JSON Schema text of <paramref name="declaration"/>.</summary>
    public static string Export(DeclarationSymbol declaration, JsonSchemaOptions? options = null)
    {
        if (declaration is null) throw new ArgumentNullException(nameof(declaration));
        return new JsonSchemaDocuments(options ?? JsonSchemaOptions.Default).Parts(declaration).ToText();
    }

    /// <summary>
    /// Describes declarations. With a root, a reference to the root is <c>#</c>; without one (a definition described once
    /// for every document that holds it), every reference points under <c>$defs</c>.
    /// </summary>
    internal sealed partial class Context(DeclarationSymbol? root, JsonSchemaOptions options)
    {
        private readonly HashSet<DeclarationSymbol> _referenced = new();

        public Queue<DeclarationSymbol> Pending { get; } = new();

        public JsonObjectNode Describe(DeclarationSymbol declaration)
        {
            var schema = declaration switch
            {
                RecordSymbol record => DescribeRecord(record),
                EnumSymbol enumSymbol => DescribeEnum(enumSymbol),
                ScalarSymbol scalar => Primitive(scalar.UnderlyingType.Kind, scalar.Constraints),
                UnionSymbol union => DescribeUnion(union),
                _ => new JsonObjectNode(),
            };
            Annotate(schema, declaration.Documentation, declaration.DeprecationMessage);
            return schema;
        }

        /// <summary>
        /// <c>oneOf</c> with one branch per member: the member's object with the discriminator property first, held to
        /// its value with <c>const</c>. Branches are written out rather than referenced, since a member exported with
        /// <see cref="JsonSchemaOptions.AllowAdditionalProperties"/> false would refuse the discriminator.
        /// </summary>
        private JsonObjectNode DescribeUnion(UnionSymbol union)
        {
            var branches = new JsonArrayNode();
            foreach (var member in union.Members)
            {
                var discriminator = (union.DiscriminatorProperty, JsonNames.DiscriminatorValue(member, options.Naming));
                var branch = new JsonObjectNode().Set("title", SchemaJsonNode.String(member.Record.Name));
                foreach (var property in DescribeRecord(member.Record, discriminator).Properties) branch.Set(property.Key, property.Value);
                Annotate(branch, member.Record.Documentation, member.Record.DeprecationMessage);
                branches.Add(branch);
            }
            return new JsonObjectNode()
                .Set("type", SchemaJsonNode.String("object"))
                .Set("required", new JsonArrayNode().Add(SchemaJsonNode.String(union.DiscriminatorProperty)))
                .Set("oneOf", branches);
        }

        private JsonObjectNode DescribeRecord(RecordSymbol record, (string Name, string Value)? discriminator = null)
        {
            var properties = new JsonObjectNode();
            var required = new JsonArrayNode();
            if (discriminator is { } tag)
            {
                properties.Set(tag.Name, new JsonObjectNode().Set("const", SchemaJsonNode.String(tag.Value)));
                required.Add(SchemaJsonNode.String(tag.Name));
            }
            foreach (var field in record.Fields)
            {
                var name = JsonNames.WireName(field, options.Naming);
                properties.Set(name, DescribeField(field));
                if (!field.IsOptional && field.Default is null) required.Add(SchemaJsonNode.String(name));
            }
            var schema = new JsonObjectNode().Set("type", SchemaJsonNode.String("object"));
            schema.Set("properties", properties);
            if (required.Items.Count > 0) schema.Set("required", required);
            schema.Set("additionalProperties", SchemaJsonNode.Bool(options.AllowAdditionalProperties));
            return schema;
        }

        private static JsonObjectNode DescribeEnum(EnumSymbol enumSymbol)
        {
            var values = new JsonArrayNode();
            foreach (var member in enumSymbol.Members) values.Add(SchemaJsonNode.String(member.JsonValue));
            return new JsonObjectNode().Set("type", SchemaJsonNode.String("string")).Set("enum", values);
        }

        private JsonObjectNode DescribeField(FieldSymbol field)
        {
            var schema = Describe(field.Type, field.Constraints);
            // An optional field is left out when it has no value, and a reader accepts an explicit null for it.
            if (field.IsOptional) schema = Nullable(schema);
            Annotate(schema, field.Documentation, field.DeprecationMessage);
            if (field.Default is { } literal && Literal(literal) is { } value) schema.Set("default", value);
            return schema;
        }

        private JsonObjectNode Describe(SchemaType type, Constraints constraints)
        {
            switch (type)
            {
                case PrimitiveType primitive:
                    return Primitive(primitive.Kind, constraints);
                case ListType list:
                    return Items(list.ElementType, list.ElementIsNullable, constraints, unique: constraints.UniqueItems);
                case SetType set:
                    return Items(set.ElementType, set.ElementIsNullable, constraints, unique: true);
                case MapType map:
                {
                    var schema = new JsonObjectNode().Set("type", SchemaJsonNode.String("object"));
                    if (DescribeKeys(map) is { } keys) schema.Set("propertyNames", keys);
                    var values = Describe(map.ValueType, constraints.ValueRules);
                    schema.Set("additionalProperties", map.ValueIsNullable ? Nullable(values) : values);
                    if (constraints.MinItems is { } min) schema.Set("minProperties", SchemaJsonNode.Number(min));
                    if (constraints.MaxItems is { } max) schema.Set("maxProperties", SchemaJsonNode.Number(max));
                    return schema;
                }
                case NamedType named:
                {
                    var schema = new JsonObjectNode().Set("$ref", SchemaJsonNode.String(Reference(named.Declaration)));
                    if (named.Declaration is ScalarSymbol scalar)
                    {
                        // The field's constraints include the scalar's own; state only what the field adds.
                        AddRules(schema, scalar.UnderlyingType.Kind, Subtract(constraints, scalar.Constraints));
                    }
                    return schema;
                }
                default:
                    // An unbound type (already a diagnostic): accept anything rather than fail the export.
                    return new JsonObjectNode();
            }
        }

        /// <summary>The schema every key of a map meets, as the string it is on the wire; null for plain string keys.</summary>
        private JsonObjectNode? DescribeKeys(MapType map)
        {
            var key = map.KeyType;
            var kind = key switch
            {
                PrimitiveType primitive => primitive.Kind,
                NamedType { Declaration: ScalarSymbol scalar } => scalar.UnderlyingType.Kind,
                _ => (PrimitiveKind?)null,
            };
            switch (kind)
            {
                case PrimitiveKind.Int:
                    return new JsonObjectNode().Set("type", SchemaJsonNode.String("string")).Set("pattern", SchemaJsonNode.String(IntegerKeyPatterns.Int32));
                case PrimitiveKind.Long:
                    return new JsonObjectNode().Set("type", SchemaJsonNode.String("string")).Set("pattern", SchemaJsonNode.String(IntegerKeyPatterns.Int64));
                case PrimitiveKind.String when key is PrimitiveType && map.KeyConstraints.IsEmpty:
                    return null;
            }
            // Strings, string scalars, enums, uuids and dates are strings on the wire already.
            return Describe(key, map.KeyConstraints);
        }

        private JsonObjectNode Items(SchemaType elementType, bool nullable, Constraints constraints, bool unique)
        {
            var schema = new JsonObjectNode().Set("type", SchemaJsonNode.String("array"));
            // Value rules on a collection field apply to each item; item rules to the collection.
            var items = Describe(elementType, constraints.ValueRules);
            schema.Set("items", nullable ? Nullable(items) : items);
            if (constraints.MinItems is { } min) schema.Set("minItems", SchemaJsonNode.Number(min));
            if (constraints.MaxItems is { } max) schema.Set("maxItems", SchemaJsonNode.Number(max));
            if (unique) schema.Set("uniqueItems", SchemaJsonNode.True);
            return schema;
        }

        private string Reference(DeclarationSymbol declaration)
        {
            if (ReferenceEquals(declaration, root)) return "#";
            if (_referenced.Add(declaration)) Pending.Enqueue(declaration);
            return DefinitionPointer(declaration);
        }
    }

    /// <summary>The JSON Pointer of a declaration's entry under <c>$defs</c>.</summary>
    internal static string DefinitionPointer(DeclarationSymbol declaration) => "#/$defs/" + declaration.FullName.Replace("~", "~0").Replace("/", "~1");

    private static JsonObjectNode Primitive(PrimitiveKind kind, Constraints constraints)
    {
        var schema = new JsonObjectNode();
        var builtIn = BuiltInType.For(kind);
        schema.Set("type", SchemaJsonNode.String(builtIn.JsonType));
        if (builtIn.JsonSchemaFormat is { } format) schema.Set("format", SchemaJsonNode.String(format));
        AddRules(schema, kind, constraints);
        AddWirePattern(schema, kind);
        // Integers on the wire must fit the C# type a reader fills.
        if (kind == PrimitiveKind.Int) AddImplicitRange(schema, int.MinValue, int.MaxValue);
        if (kind == PrimitiveKind.Long) AddImplicitRange(schema, long.MinValue, long.MaxValue);
        // So must decimals: a reader refuses one beyond decimal's range. A double's range (±1.8e308) is left out: it is
        // wider than many validators' own decimal numbers, which would fail on the schema itself.
        if (kind == PrimitiveKind.Decimal) AddImplicitRange(schema, DecimalMinimum, DecimalMaximum);
        return schema;
    }


    /// <summary>
    /// Formats are annotations unless a validator opts in to asserting them, and validators differ on the details; the
    /// shape of each wire text is also given as a pattern, so any validator refuses what the readers refuse (the pattern
    /// cannot check calendar days or leap-second minutes: the format says those).
    /// </summary>
    private static void AddWirePattern(JsonObjectNode schema, PrimitiveKind kind)
    {
        if (WirePatterns.For(kind) is not { } pattern) return;
        if (schema["pattern"] is null)
        {
            schema.Set("pattern", SchemaJsonNode.String(pattern));
            return;
        }
        schema.Set("allOf", new JsonArrayNode().Add(new JsonObjectNode().Set("pattern", SchemaJsonNode.String(pattern))));
    }

    private static void AddRules(JsonObjectNode schema, PrimitiveKind kind, Constraints constraints)
    {
        var isNumber = kind is PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Double or PrimitiveKind.Decimal;
        var isText = !isNumber && kind != PrimitiveKind.Bool;
        if (isText)
        {
            if (constraints.MinLength is { } minLength) schema.Set("minLength", SchemaJsonNode.Number(minLength));
            if (constraints.MaxLength is { } maxLength) schema.Set("maxLength", SchemaJsonNode.Number(maxLength));
            if (constraints.Pattern is { } pattern) schema.Set("pattern", SchemaJsonNode.String(pattern));
        }
        if (isNumber)
        {
            if (constraints.Minimum is { } minimum) schema.Set("minimum", Number(minimum));
            if (constraints.ExclusiveMinimum is { } exclusiveMinimum) schema.Set("exclusiveMinimum", Number(exclusiveMinimum));
            if (constraints.Maximum is { } maximum) schema.Set("maximum", Number(maximum));
            if (constraints.ExclusiveMaximum is { } exclusiveMaximum) schema.Set("exclusiveMaximum", Number(exclusiveMaximum));
        }
    }

    private static void AddImplicitRange(JsonObjectNode schema, long min, long max)
        => AddImplicitRange(schema, min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));

    private static void AddImplicitRange(JsonObjectNode schema, string min, string max)
    {
        if (schema["minimum"] is null && schema["exclusiveMinimum"] is null) schema.Set("minimum", SchemaJsonNode.Number(min));
        if (schema["maximum"] is null && schema["exclusiveMaximum"] is null) schema.Set("maximum", SchemaJsonNode.Number(max));
    }

    private static readonly string DecimalMinimum = decimal.MinValue.ToString(CultureInfo.InvariantCulture);
    private static readonly string DecimalMaximum = decimal.MaxValue.ToString(CultureInfo.InvariantCulture);

    private static Constraints Subtract(Constraints field, Constraints scalar) => new()
    {
        MinLength = field.MinLength == scalar.MinLength ? null : field.MinLength,
        MaxLength = field.MaxLength == scalar.MaxLength ? null : field.MaxLength,
        Pattern = field.Pattern == scalar.Pattern ? null : field.Pattern,
        Minimum = field.Minimum == scalar.Minimum ? null : field.Minimum,
        Maximum = field.Maximum == scalar.Maximum ? null : field.Maximum,
        ExclusiveMinimum = field.ExclusiveMinimum == scalar.ExclusiveMinimum ? null : field.ExclusiveMinimum,
        ExclusiveMaximum = field.ExclusiveMaximum == scalar.ExclusiveMaximum ? null : field.ExclusiveMaximum,
    };

    /// <summary>Lets <c>null</c> through as well: <c>"type": ["string", "null"]</c>, or <c>anyOf</c> around a reference.</summary>
    private static JsonObjectNode Nullable(JsonObjectNode schema)
    {
        if (schema["type"] is JsonString type && schema["$ref"] is null && schema["enum"] is null)
        {
            schema.Set("type", new JsonArrayNode().Add(type).Add(SchemaJsonNode.String("null")));
            return schema;
        }
        return new JsonObjectNode().Set("anyOf", new JsonArrayNode().Add(schema).Add(new JsonObjectNode().Set("type", SchemaJsonNode.String("null"))));
    }

    private static void Annotate(JsonObjectNode schema, string? documentation, string? deprecationMessage)
    {
        var description = documentation;
        if (!string.IsNullOrEmpty(deprecationMessage))
        {
            description = (string.IsNullOrEmpty(description) ? string.Empty : description + "\n") + "Deprecated: " + deprecationMessage;
        }
        if (!string.IsNullOrEmpty(description)) schema.Set("description", SchemaJsonNode.String(description!.Replace("\r\n", "\n")));
        if (deprecationMessage is not null) schema.Set("deprecated", SchemaJsonNode.True);
    }

    private static SchemaJsonNode? Literal(LiteralValue literal) => literal.Kind switch
    {
        LiteralKind.String => SchemaJsonNode.String((string)literal.Value!),
        LiteralKind.Integer => SchemaJsonNode.Number(Convert.ToInt64(literal.Value, CultureInfo.InvariantCulture)),
        LiteralKind.Number => Number(literal.Text, Convert.ToDecimal(literal.Value, CultureInfo.InvariantCulture)),
        LiteralKind.Bool => SchemaJsonNode.Bool((bool)literal.Value!),
        LiteralKind.Null => SchemaJsonNode.Null,
        LiteralKind.EnumMember => literal.Value is EnumMemberSymbol member ? SchemaJsonNode.String(member.JsonValue) : null,
        LiteralKind.EmptyList => new JsonArrayNode(),
        LiteralKind.EmptyMap => new JsonObjectNode(),
        _ => null,
    };

    private static SchemaJsonNode Number(NumericLiteral literal) => Number(literal.Text, literal.Value);

    /// <summary>The number as written when that is valid JSON (keeping <c>1e3</c> or <c>0.10</c> as the author wrote it), else its decimal value.</summary>
    private static SchemaJsonNode Number(string text, decimal value)
        => SchemaJsonNode.Number(IsJsonNumber(text) ? text : value.ToString(CultureInfo.InvariantCulture));

    private static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-') i++;
        if (i >= text.Length || !char.IsDigit(text[i])) return false;
        if (text[i] == '0' && i + 1 < text.Length && char.IsDigit(text[i + 1])) return false;
        while (i < text.Length && IsDigit(text[i])) i++;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (i >= text.Length || !IsDigit(text[i])) return false;
            while (i < text.Length && IsDigit(text[i])) i++;
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            if (i >= text.Length || !IsDigit(text[i])) return false;
            while (i < text.Length && IsDigit(text[i])) i++;
        }
        return i == text.Length;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
