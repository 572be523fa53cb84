using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EventSchema.Language.Export;
using EventSchema.Language.Patterns;
using EventSchema.Language.Semantics;

namespace EventSchema.Cli.Export;

/// <summary>
/// Builds an example JSON value for a record that meets every type and constraint of its schema: defaults where the
/// schema gives them, enum members, numbers inside their bounds, strings of the allowed length that match the
/// pattern (spelled from the pattern's structure and checked with the validators' matcher), collections with the
/// allowed number of items, distinct where they must be. When some value cannot be made, there is no example, and
/// <see cref="TryBuild"/> says which field and why rather than returning one that breaks its schema.
/// </summary>
internal sealed class ExampleBuilder(JsonNaming naming)
{
    private const int MaxDepth = 4;

    /// <summary>Values that read naturally in examples, tried before strings spelled from the pattern's structure.</summary>
    private static readonly string[] PlausibleText = ["AZ", "CN", "example", "Example", "EXAMPLE", "abc-123", "ABC-123"];

    /// <summary>An example of <paramref name="record"/>, or null with the <paramref name="reason"/> none could be made.</summary>
    public JsonObject? TryBuild(RecordSymbol record, out string? reason)
    {
        try
        {
            reason = null;
            return BuildRecord(record, 0, 0);
        }
        catch (NoExampleException error)
        {
            reason = error.Message;
            return null;
        }
    }

    /// <summary>The <paramref name="variant"/>-th example of the record: variants differ wherever a field can take another value.</summary>
    private JsonObject BuildRecord(RecordSymbol record, int depth, int variant)
    {
        var json = new JsonObject();
        foreach (var field in record.Fields)
        {
            // Optional fields deep in a recursive structure are left out so the example stays finite.
            if (field.IsOptional && depth >= MaxDepth) continue;
            try
            {
                json[JsonNames.WireName(field, naming)] = field.Default is { } value && value.Kind != LiteralKind.Null && variant == 0
                    ? Literal(value)
                    : VariantOrFirst(field, depth, variant);
            }
            catch (NoExampleException error) when (!error.Located)
            {
                throw new NoExampleException($"{record.Name}.{field.Name}: {error.Message}", located: true);
            }
        }
        return json;
    }

    /// <summary>The field's <paramref name="variant"/>-th value, or its first when it has no more (other fields may still vary).</summary>
    private JsonNode? VariantOrFirst(FieldSymbol field, int depth, int variant)
    {
        if (variant == 0) return Value(field.Type, field.Constraints, field.Name, depth, 0);
        try
        {
            return Value(field.Type, field.Constraints, field.Name, depth, variant);
        }
        catch (NoExampleException)
        {
            return field.Default is { } value && value.Kind != LiteralKind.Null ? Literal(value) : Value(field.Type, field.Constraints, field.Name, depth, 0);
        }
    }

    private JsonNode? Value(SchemaType type, Constraints constraints, string hint, int depth, int variant) => type switch
    {
        PrimitiveType primitive => Primitive(primitive.Kind, constraints, hint, variant),
        ListType list => Items(list.ElementType, constraints, hint, depth, distinct: constraints.UniqueItems),
        SetType set => Items(set.ElementType, constraints, hint, depth, distinct: true),
        MapType map => Map(map, constraints, hint, depth),
        NamedType { Declaration: RecordSymbol record } => BuildRecord(record, depth + 1, variant),
        NamedType { Declaration: EnumSymbol @enum } => @enum.Members.Count > variant
            ? JsonValue.Create(@enum.Members[variant].JsonValue)
            : throw new NoExampleException($"enum {@enum.Name} has {@enum.Members.Count} member(s), and {variant + 1} distinct values are needed"),
        NamedType { Declaration: ScalarSymbol scalar } => Primitive(scalar.UnderlyingType.Kind, WithScalarRules(constraints, scalar.Constraints), hint, variant),
        NamedType { Declaration: UnionSymbol union } => Union(union, depth, variant),
        _ => throw new NoExampleException("its type is not known"),
    };

    /// <summary>A member's object with the discriminator first; variants go through the members, then through their values.</summary>
    private JsonObject Union(UnionSymbol union, int depth, int variant)
    {
        if (union.Members.Count == 0) throw new NoExampleException($"union {union.Name} has no members");
        NoExampleException? last = null;
        for (int i = 0; i < union.Members.Count; i++)
        {
            var member = union.Members[(variant + i) % union.Members.Count];
            try
            {
                var body = BuildRecord(member.Record, depth + 1, variant / union.Members.Count);
                var json = new JsonObject { [union.DiscriminatorProperty] = JsonNames.DiscriminatorValue(member, naming) };
                foreach (var property in body.ToList())
                {
                    body.Remove(property.Key);
                    json[property.Key] = property.Value;
                }
                return json;
            }
            catch (NoExampleException error)
            {
                last = error;
            }
        }
        throw last!;
    }

    private JsonArray Items(SchemaType element, Constraints constraints, string hint, int depth, bool distinct)
    {
        var count = Math.Min(constraints.MinItems ?? 1, constraints.MaxItems ?? int.MaxValue);
        count = Math.Max(count, constraints.MinItems ?? 0);
        var itemRules = constraints with { MinItems = null, MaxItems = null, UniqueItems = false };
        var items = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var item = Value(element, itemRules, hint, depth, distinct ? i : 0);
            // Distinct variants are distinct in every field that can vary; a record of fields that cannot is caught here.
            if (distinct && !seen.Add(item?.ToJsonString() ?? "null"))
            {
                throw new NoExampleException($"{count} distinct items are needed and only {i} could be made");
            }
            items.Add(item);
        }
        return items;
    }

    private JsonObject Map(MapType mapType, Constraints constraints, string hint, int depth)
    {
        var map = new JsonObject();
        var count = Math.Max(Math.Min(constraints.MinItems ?? 1, constraints.MaxItems ?? int.MaxValue), constraints.MinItems ?? 0);
        var valueRules = constraints with { MinItems = null, MaxItems = null, UniqueItems = false };
        bool plainKeys = mapType.KeyType is PrimitiveType { Kind: PrimitiveKind.String } && mapType.KeyConstraints.IsEmpty;
        for (var i = 0; i < count; i++)
        {
            // Typed keys are their values' texts, one distinct value per entry.
            string key = plainKeys
                ? "key" + (i + 1).ToString(CultureInfo.InvariantCulture)
                : KeyText(Value(mapType.KeyType, mapType.KeyConstraints, "key", depth, i));
            map[key] = Value(mapType.ValueType, valueRules, hint, depth, 0);
        }
        return map;
    }

    private static string KeyText(JsonNode? key) => key is JsonValue value && value.TryGetValue(out string? text) ? text : key?.ToJsonString() ?? "null";

    private static JsonNode Primitive(PrimitiveKind kind, Constraints constraints, string hint, int variant)
    {
        var day = new DateOnly(2025, 4, 17).AddDays(variant);
        return kind switch
        {
            PrimitiveKind.Bool => variant < 2 ? JsonValue.Create(variant == 0) : throw new NoExampleException($"a bool has 2 values, and {variant + 1} distinct values are needed"),
            PrimitiveKind.Int => JsonValue.Create((long)Number(constraints, 1m, int.MinValue, int.MaxValue, integer: true, variant)),
            PrimitiveKind.Long => JsonValue.Create((long)Number(constraints, 1m, long.MinValue, long.MaxValue, integer: true, variant)),
            PrimitiveKind.Double or PrimitiveKind.Decimal => JsonValue.Create(Number(constraints, 1.5m, decimal.MinValue, decimal.MaxValue, integer: false, variant)),
            PrimitiveKind.Date => JsonValue.Create(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            PrimitiveKind.Time => JsonValue.Create(new TimeOnly(10, 30).AddMinutes(variant).ToString("HH:mm:ss", CultureInfo.InvariantCulture) + "Z"),
            PrimitiveKind.DateTime => JsonValue.Create(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T10:30:00+04:00"),
            PrimitiveKind.Duration => JsonValue.Create("PT" + (variant + 1).ToString(CultureInfo.InvariantCulture) + "H30M"),
            PrimitiveKind.Uuid => JsonValue.Create("3f2b8c1e-5d4a-4c9b-9e1f-" + (0x2a7b6c8d9e0fL + variant).ToString("x12", CultureInfo.InvariantCulture)),
            PrimitiveKind.Uri => JsonValue.Create(variant == 0 ? "https://example.org/" : "https://example.org/" + variant.ToString(CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(Text(constraints, hint, variant)),
        };
    }

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

    /// <summary>
    /// The <paramref name="variant"/>-th number within every bound (and the type's range): the preferred value, or the
    /// nearest one inside the bounds, then values stepping up from it (or down, or by smaller steps, when the bounds are close).
    /// </summary>
    private static decimal Number(Constraints constraints, decimal preferred, decimal typeLow, decimal typeHigh, bool integer, int variant)
    {
        var low = Math.Max(typeLow, constraints.Minimum?.Value ?? typeLow);
        var high = Math.Min(typeHigh, constraints.Maximum?.Value ?? typeHigh);
        bool Inside(decimal value) => value >= low && value <= high
            && (constraints.ExclusiveMinimum is null || value > constraints.ExclusiveMinimum.Value)
            && (constraints.ExclusiveMaximum is null || value < constraints.ExclusiveMaximum.Value)
            && (!integer || value == Math.Truncate(value));

        var start = preferred;
        if (!Inside(start))
        {
            var floor = constraints.ExclusiveMinimum is { } exclusiveLow ? Math.Max(low, exclusiveLow.Value) : low;
            var ceiling = constraints.ExclusiveMaximum is { } exclusiveHigh ? Math.Min(high, exclusiveHigh.Value) : high;
            start = preferred < floor
                ? (integer ? Math.Floor(floor) + 1 : floor + Math.Min(1m, (ceiling - floor) / 2))
                : (integer ? Math.Ceiling(ceiling) - 1 : ceiling - Math.Min(1m, (ceiling - floor) / 2));
            if (Inside(floor) && preferred < floor) start = floor;
            if (Inside(ceiling) && preferred > ceiling) start = ceiling;
        }
        foreach (var step in integer ? new[] { 1m } : new[] { 1m, 0.1m, 0.001m, 0.00001m })
        {
            var found = 0;
            for (var k = 0; k < 4 * (variant + 1) + 2; k++)
            {
                // 0, +1, -1, +2, -2, …: the variant-th value inside the bounds.
                var offset = (k + 1) / 2 * (k % 2 == 1 ? 1 : -1) * step;
                var value = start + offset;
                if (!Inside(value)) continue;
                if (found++ == variant) return value;
            }
        }
        throw new NoExampleException(variant == 0
            ? "no number meets all of its bounds"
            : $"{variant + 1} distinct numbers within its bounds are needed");
    }

    private static string Text(Constraints constraints, string hint, int variant)
    {
        var min = constraints.MinLength ?? 0;
        var max = constraints.MaxLength ?? int.MaxValue;
        var words = Words(hint);
        var candidates = new List<string>();
        if (constraints.Pattern is null)
        {
            for (var i = 0; candidates.Count <= variant && i <= variant + 64; i++)
            {
                var text = Fit(i == 0 ? words : words + " " + (i + 1).ToString(CultureInfo.InvariantCulture), min, max);
                if (!candidates.Contains(text) && text.Length >= min && text.Length <= max) candidates.Add(text);
            }
            for (var c = 'a'; candidates.Count <= variant && c <= 'z'; c++)
            {
                var text = Fit(new string(c, Math.Max(1, min)), min, max);
                if (!candidates.Contains(text) && text.Length >= min && text.Length <= max) candidates.Add(text);
            }
        }
        else
        {
            var pattern = constraints.Pattern;
            var readable = Fit(words, min, max);
            foreach (var plausible in PlausibleText.Prepend(readable))
            {
                if (plausible.Length >= min && plausible.Length <= max && !candidates.Contains(plausible) && PatternMatcher.Matches(pattern, plausible)) candidates.Add(plausible);
            }
            foreach (var text in PatternStrings.Matching(pattern, min, max))
            {
                if (candidates.Count > variant) break;
                if (!candidates.Contains(text)) candidates.Add(text);
            }
        }
        if (candidates.Count > variant) return candidates[variant];
        var lengths = max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
        throw new NoExampleException(constraints.Pattern is null
            ? $"{variant + 1} distinct strings of {lengths} characters are needed"
            : $"no {(variant == 0 ? "string" : (variant + 1).ToString(CultureInfo.InvariantCulture) + " distinct strings")} of {lengths} characters matching the pattern '{constraints.Pattern}' could be found");
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
        LiteralKind.EmptyList => new JsonArray(),
        LiteralKind.EmptyMap => new JsonObject(),
        _ => null,
    };

    /// <summary>No value meets a field's rules; the message says which field (once located) and why.</summary>
    private sealed class NoExampleException(string message, bool located = false) : Exception(message)
    {
        public bool Located { get; } = located;
    }
}
