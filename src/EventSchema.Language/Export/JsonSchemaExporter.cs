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
        options ??= JsonSchemaOptions.Default;
        var context = new Context(declaration, options);

        var root = new JsonObjectNode();
        root.Set("$schema", JsonNode.String(Draft202012));
        root.Set("title", JsonNode.String(declaration.Name));
        foreach (var property in context.Describe(declaration).Properties) root.Set(property.Key, property.Value);

        // Definitions are described as they are first referenced; describing one may reference more.
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        while (context.Pending.Count > 0)
        {
            var next = context.Pending.Dequeue();
            definitions[next.FullName] = context.Describe(next);
        }
        if (definitions.Count > 0)
        {
            var defs = new JsonObjectNode();
            foreach (var definition in definitions) defs.Set(definition.Key, definition.Value);
            root.Set("$defs", defs);
        }
        return JsonNodeWriter.Write(root, options.Indented);
    }

    private sealed partial class Context(DeclarationSymbol root, JsonSchemaOptions options)
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
                _ => new JsonObjectNode(),
            };
            Annotate(schema, declaration.Documentation, declaration.DeprecationMessage);
            return schema;
        }

        private JsonObjectNode DescribeRecord(RecordSymbol record)
        {
            var properties = new JsonObjectNode();
            var required = new JsonArrayNode();
            foreach (var field in record.Fields)
            {
                var name = JsonNames.WireName(field, options.Naming);
                properties.Set(name, DescribeField(field));
                if (!field.IsOptional && field.Default is null) required.Add(JsonNode.String(name));
            }
            var schema = new JsonObjectNode().Set("type", JsonNode.String("object"));
            schema.Set("properties", properties);
            if (required.Items.Count > 0) schema.Set("required", required);
            schema.Set("additionalProperties", JsonNode.Bool(options.AllowAdditionalProperties));
            return schema;
        }

        private static JsonObjectNode DescribeEnum(EnumSymbol enumSymbol)
        {
            var values = new JsonArrayNode();
            foreach (var member in enumSymbol.Members) values.Add(JsonNode.String(member.JsonValue));
            return new JsonObjectNode().Set("type", JsonNode.String("string")).Set("enum", values);
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
                    return Items(list.ElementType, constraints, unique: constraints.UniqueItems);
                case SetType set:
                    return Items(set.ElementType, constraints, unique: true);
                case MapType map:
                {
                    var schema = new JsonObjectNode().Set("type", JsonNode.String("object"));
                    schema.Set("additionalProperties", Describe(map.ValueType, ValueRules(constraints)));
                    if (constraints.MinItems is { } min) schema.Set("minProperties", JsonNode.Number(min));
                    if (constraints.MaxItems is { } max) schema.Set("maxProperties", JsonNode.Number(max));
                    return schema;
                }
                case NamedType named:
                {
                    var schema = new JsonObjectNode().Set("$ref", JsonNode.String(Reference(named.Declaration)));
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

        private JsonObjectNode Items(SchemaType elementType, Constraints constraints, bool unique)
        {
            var schema = new JsonObjectNode().Set("type", JsonNode.String("array"));
            // Value rules on a collection field apply to each item; item rules to the collection.
            schema.Set("items", Describe(elementType, ValueRules(constraints)));
            if (constraints.MinItems is { } min) schema.Set("minItems", JsonNode.Number(min));
            if (constraints.MaxItems is { } max) schema.Set("maxItems", JsonNode.Number(max));
            if (unique) schema.Set("uniqueItems", JsonNode.True);
            return schema;
        }

        private string Reference(DeclarationSymbol declaration)
        {
            if (ReferenceEquals(declaration, root)) return "#";
            if (_referenced.Add(declaration)) Pending.Enqueue(declaration);
            return "#/$defs/" + declaration.FullName.Replace("~", "~0").Replace("/", "~1");
        }
    }

    private static JsonObjectNode Primitive(PrimitiveKind kind, Constraints constraints)
    {
        var schema = new JsonObjectNode();
        switch (kind)
        {
            case PrimitiveKind.Bool: schema.Set("type", JsonNode.String("boolean")); break;
            case PrimitiveKind.Int: case PrimitiveKind.Long: schema.Set("type", JsonNode.String("integer")); break;
            case PrimitiveKind.Double: case PrimitiveKind.Decimal: schema.Set("type", JsonNode.String("number")); break;
            default:
                schema.Set("type", JsonNode.String("string"));
                if (Format(kind) is { } format) schema.Set("format", JsonNode.String(format));
                break;
        }
        AddRules(schema, kind, constraints);
        AddWirePattern(schema, kind);
        // Integers on the wire must fit the C# type a reader fills.
        if (kind == PrimitiveKind.Int) AddImplicitRange(schema, int.MinValue, int.MaxValue);
        if (kind == PrimitiveKind.Long) AddImplicitRange(schema, long.MinValue, long.MaxValue);
        return schema;
    }

    private static string? Format(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Date => "date",
        PrimitiveKind.Time => "time",
        PrimitiveKind.DateTime => "date-time",
        PrimitiveKind.Duration => "duration",
        PrimitiveKind.Uuid => "uuid",
        // The language's uri may be relative, which is JSON Schema's uri-reference.
        PrimitiveKind.Uri => "uri-reference",
        _ => null,
    };

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
            schema.Set("pattern", JsonNode.String(pattern));
            return;
        }
        schema.Set("allOf", new JsonArrayNode().Add(new JsonObjectNode().Set("pattern", JsonNode.String(pattern))));
    }

    private static void AddRules(JsonObjectNode schema, PrimitiveKind kind, Constraints constraints)
    {
        var isNumber = kind is PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Double or PrimitiveKind.Decimal;
        var isText = !isNumber && kind != PrimitiveKind.Bool;
        if (isText)
        {
            if (constraints.MinLength is { } minLength) schema.Set("minLength", JsonNode.Number(minLength));
            if (constraints.MaxLength is { } maxLength) schema.Set("maxLength", JsonNode.Number(maxLength));
            if (constraints.Pattern is { } pattern) schema.Set("pattern", JsonNode.String(pattern));
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
    {
        if (schema["minimum"] is null && schema["exclusiveMinimum"] is null) schema.Set("minimum", JsonNode.Number(min));
        if (schema["maximum"] is null && schema["exclusiveMaximum"] is null) schema.Set("maximum", JsonNode.Number(max));
    }

    private static Constraints ValueRules(Constraints constraints)
        => constraints with { MinItems = null, MaxItems = null, UniqueItems = false };

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
            schema.Set("type", new JsonArrayNode().Add(type).Add(JsonNode.String("null")));
            return schema;
        }
        return new JsonObjectNode().Set("anyOf", new JsonArrayNode().Add(schema).Add(new JsonObjectNode().Set("type", JsonNode.String("null"))));
    }

    private static void Annotate(JsonObjectNode schema, string? documentation, string? deprecationMessage)
    {
        var description = documentation;
        if (!string.IsNullOrEmpty(deprecationMessage))
        {
            description = (string.IsNullOrEmpty(description) ? string.Empty : description + "\n") + "Deprecated: " + deprecationMessage;
        }
        if (!string.IsNullOrEmpty(description)) schema.Set("description", JsonNode.String(description!.Replace("\r\n", "\n")));
        if (deprecationMessage is not null) schema.Set("deprecated", JsonNode.True);
    }

    private static JsonNode? Literal(LiteralValue literal) => literal.Kind switch
    {
        LiteralKind.String => JsonNode.String((string)literal.Value!),
        LiteralKind.Integer => JsonNode.Number(Convert.ToInt64(literal.Value, CultureInfo.InvariantCulture)),
        LiteralKind.Number => Number(literal.Text, Convert.ToDecimal(literal.Value, CultureInfo.InvariantCulture)),
        LiteralKind.Bool => JsonNode.Bool((bool)literal.Value!),
        LiteralKind.Null => JsonNode.Null,
        LiteralKind.EnumMember => literal.Value is EnumMemberSymbol member ? JsonNode.String(member.JsonValue) : null,
        _ => null,
    };

    private static JsonNode Number(NumericLiteral literal) => Number(literal.Text, literal.Value);

    /// <summary>The number as written when that is valid JSON (keeping <c>1e3</c> or <c>0.10</c> as the author wrote it), else its decimal value.</summary>
    private static JsonNode Number(string text, decimal value)
        => JsonNode.Number(IsJsonNumber(text) ? text : value.ToString(CultureInfo.InvariantCulture));

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
