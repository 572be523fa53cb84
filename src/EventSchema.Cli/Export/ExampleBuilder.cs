using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EventSchema.Language.Export;
using EventSchema.Language.Patterns;
using EventSchema.Language.Semantics;

namespace EventSchema.Cli.Export;

/// <summary>
/// Builds an example JSON value for a record that meets its types and constraints: defaults where the
/// schema gives them, the first enum member, numbers inside their bounds, strings of the allowed length
/// that match the pattern when one of a few plausible candidates does.
/// </summary>
internal sealed class ExampleBuilder(JsonNaming naming)
{
    private const int MaxDepth = 4;
    private static readonly string[] PatternCandidates =
        ["AZ", "CN", "example", "Example", "EXAMPLE", "a", "A", "1", "ab", "abc", "ABC", "A1", "a1", "abc-123", "ABC-123", "2025-04-17", "x@example.org", "https://example.org/"];

    public JsonObject Build(RecordSymbol record) => BuildRecord(record, 0);

    private JsonObject BuildRecord(RecordSymbol record, int depth)
    {
        var json = new JsonObject();
        foreach (var field in record.Fields)
        {
            // Optional fields deep in a recursive structure are left out so the example stays finite.
            if (field.IsOptional && depth >= MaxDepth) continue;
            json[JsonNames.WireName(field, naming)] = field.Default is { } value && value.Kind != LiteralKind.Null
                ? Literal(value)
                : Value(field.Type, field.Constraints, field.Name, depth);
        }
        return json;
    }

    private JsonNode? Value(SchemaType type, Constraints constraints, string hint, int depth) => type switch
    {
        PrimitiveType primitive => Primitive(primitive.Kind, constraints, hint),
        ListType list => Items(list.ElementType, constraints, hint, depth, distinct: constraints.UniqueItems),
        SetType set => Items(set.ElementType, constraints, hint, depth, distinct: true),
        MapType map => Map(map.ValueType, constraints, hint, depth),
        NamedType { Declaration: RecordSymbol record } => BuildRecord(record, depth + 1),
        NamedType { Declaration: EnumSymbol @enum } => @enum.Members.Count == 0 ? null : JsonValue.Create(@enum.Members[0].JsonValue),
        NamedType { Declaration: ScalarSymbol scalar } => Primitive(scalar.UnderlyingType.Kind, WithScalarRules(constraints, scalar.Constraints), hint),
        _ => null,
    };

    private JsonArray Items(SchemaType element, Constraints constraints, string hint, int depth, bool distinct)
    {
        int count = Math.Max(1, constraints.MinItems ?? 1);
        var items = new JsonArray();
        var itemRules = constraints with { MinItems = null, MaxItems = null, UniqueItems = false };
        if (element is NamedType { Declaration: EnumSymbol @enum } && distinct)
        {
            foreach (var member in @enum.Members.Take(Math.Max(count, Math.Min(2, @enum.Members.Count)))) items.Add(JsonValue.Create(member.JsonValue));
            return items;
        }
        for (int i = 0; i < count; i++)
        {
            var item = Value(element, itemRules, hint, depth);
            if (distinct && i > 0 && item is JsonValue value && value.TryGetValue(out string? text)) item = JsonValue.Create(text + (i + 1).ToString(CultureInfo.InvariantCulture));
            if (distinct && i > 0 && item is JsonValue number && number.TryGetValue(out long n)) item = JsonValue.Create(n + i);
            items.Add(item);
        }
        return items;
    }

    private JsonObject Map(SchemaType valueType, Constraints constraints, string hint, int depth)
    {
        var map = new JsonObject();
        int count = Math.Max(1, constraints.MinItems ?? 1);
        var valueRules = constraints with { MinItems = null, MaxItems = null, UniqueItems = false };
        for (int i = 0; i < count; i++) map["key" + (i + 1).ToString(CultureInfo.InvariantCulture)] = Value(valueType, valueRules, hint, depth);
        return map;
    }

    private static JsonNode? Primitive(PrimitiveKind kind, Constraints constraints, string hint) => kind switch
    {
        PrimitiveKind.Bool => JsonValue.Create(true),
        PrimitiveKind.Int or PrimitiveKind.Long => JsonValue.Create((long)Number(constraints, 1m, integer: true)),
        PrimitiveKind.Double or PrimitiveKind.Decimal => JsonValue.Create(Number(constraints, 1.5m, integer: false)),
        PrimitiveKind.Date => JsonValue.Create("2025-04-17"),
        PrimitiveKind.Time => JsonValue.Create("10:30:00"),
        PrimitiveKind.DateTime => JsonValue.Create("2025-04-17T10:30:00+04:00"),
        PrimitiveKind.Duration => JsonValue.Create("PT1H30M"),
        PrimitiveKind.Uuid => JsonValue.Create("3f2b8c1e-5d4a-4c9b-9e1f-2a7b6c8d9e0f"),
        PrimitiveKind.Uri => JsonValue.Create("https://example.org/"),
        _ => JsonValue.Create(Text(constraints, hint)),
    };

    /// <summary>The field's own rules, and the scalar's where the field sets none.</summary>
    private static Constraints WithScalarRules(Constraints field, Constraints scalar) => field with
    {
        MinLength = field.MinLength ?? scalar.MinLength,
        MaxLength = field.MaxLength ?? scalar.MaxLength,
        Pattern = field.Pattern ?? scalar.Pattern,
        Minimum = field.Minimum ?? scalar.Minimum,
        Maximum = field.Maximum ?? scalar.Maximum,
        ExclusiveMinimum = field.ExclusiveMinimum ?? scalar.ExclusiveMinimum,
        ExclusiveMaximum = field.ExclusiveMaximum ?? scalar.ExclusiveMaximum,
    };

    private static decimal Number(Constraints constraints, decimal preferred, bool integer)
    {
        decimal low = constraints.Minimum?.Value ?? constraints.ExclusiveMinimum?.Value + (integer ? 1 : 0.5m) ?? decimal.MinValue;
        decimal high = constraints.Maximum?.Value ?? constraints.ExclusiveMaximum?.Value - (integer ? 1 : 0.5m) ?? decimal.MaxValue;
        decimal value = Math.Clamp(preferred, low, Math.Max(low, high));
        return integer ? Math.Ceiling(value) : value;
    }

    private static string Text(Constraints constraints, string hint)
    {
        int min = constraints.MinLength ?? 0;
        int max = constraints.MaxLength ?? int.MaxValue;
        IEnumerable<string> candidates = constraints.Pattern is null ? [Words(hint)] : PatternCandidates.Prepend(Words(hint));
        foreach (string candidate in candidates)
        {
            string text = Fit(candidate, min, max);
            if (constraints.Pattern is null || Matches(constraints.Pattern, text)) return text;
        }
        return Fit(Words(hint), min, max);
    }

    private static bool Matches(string pattern, string text)
    {
        var parsed = EcmaPattern.Parse(pattern);
        return parsed.Problem is null && parsed.IsMatch(text, TimeSpan.FromMilliseconds(200)) == true;
    }

    private static string Fit(string text, int min, int max)
    {
        if (text.Length > max) text = text[..max];
        while (text.Length < min) text += "x";
        return text;
    }

    /// <summary><c>receivedBy</c> becomes <c>received by</c>, a readable stand-in for a real value.</summary>
    private static string Words(string name)
        => Regex.Replace(name, "(?<=[a-z0-9])(?=[A-Z])", " ").ToLowerInvariant();

    private static JsonNode? Literal(LiteralValue literal) => literal.Kind switch
    {
        LiteralKind.String => JsonValue.Create((string?)literal.Value),
        LiteralKind.Integer => JsonValue.Create(Convert.ToInt64(literal.Value, CultureInfo.InvariantCulture)),
        LiteralKind.Number => JsonValue.Create(Convert.ToDecimal(literal.Value, CultureInfo.InvariantCulture)),
        LiteralKind.Bool => JsonValue.Create((bool)literal.Value!),
        LiteralKind.EnumMember => literal.Value is EnumMemberSymbol member ? JsonValue.Create(member.JsonValue) : null,
        _ => null,
    };
}
