using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventSchema.Generator.Tests.Evolution;

/// <summary>
/// Random JSON for one side of a case, leaning on the edges its constraints draw (a string at the maximum length and one
/// past it, a number on each bound and half a step either side, lists around their item counts, repeated items,
/// omitted and null fields), and a comparison of what two sides mean by a payload, field by field.
/// </summary>
internal sealed class RandomPayloads(Random random)
{
    private static readonly string[] Numbers =
        ["0", "1", "-1", "2", "3", "7", "-5", "2.5", "-1.25", "0.1", "9", "10", "11", "100", "2147483647", "2147483648", "-2147483649",
         "9007199254740993", "1e300", "12345678901234567890.5"];

    private static readonly string[] AllColors = [.. EvolutionCases.Colors, "Black"];

    /// <summary>A candidate payload for the event of <paramref name="side"/>: most are valid there, some are not.</summary>
    public JsonObject Event(SchemaSide side) => Object(side.Event, side);

    private JsonObject Object(IReadOnlyList<FieldModel> fields, SchemaSide side)
    {
        var payload = new JsonObject();
        foreach (var field in fields)
        {
            int roll = random.Next(12);
            if (field.Optional && roll == 0) continue;
            if (field.Optional && roll == 1) { payload[field.WireName] = null; continue; }
            if (field.Default is not null && roll <= 3) continue;
            payload[field.WireName] = Value(field.Type, field.Constraints, side);
        }
        return payload;
    }

    private JsonNode Value(string type, IReadOnlyDictionary<string, string> constraints, SchemaSide side)
    {
        switch (type)
        {
            case "string":
                return JsonValue.Create(Text(constraints));
            case "bool":
                return JsonValue.Create(random.Next(2) == 0);
            case "Color":
                return JsonValue.Create(random.Next(8) == 0 ? AllColors[random.Next(AllColors.Length)] : side.Colors[random.Next(side.Colors.Count)]);
            case "int" or "long" or "double" or "decimal":
                return JsonNode.Parse(Number(constraints))!;
            case "R":
                return Object(side.Record, side);
            default:
            {
                string element = type.Substring(type.IndexOf('<', StringComparison.Ordinal) + 1).TrimEnd('>');
                int count = random.Next(3) == 0 && Bound(constraints, random.Next(2) == 0 ? "minItems" : "maxItems") is { } edge
                    ? Math.Max(0, (int)edge + random.Next(-1, 2))
                    : random.Next(0, 6);
                var items = new List<JsonNode>();
                for (int i = 0; i < count; i++)
                {
                    items.Add(i > 0 && random.Next(4) == 0 ? items[random.Next(i)].DeepClone() : Value(element, new Dictionary<string, string>(), side));
                }
                return new JsonArray([.. items]);
            }
        }
    }

    private string Text(IReadOnlyDictionary<string, string> constraints)
    {
        int length = random.Next(4) switch
        {
            0 when Bound(constraints, "maxLength") is { } max => (int)max + random.Next(0, 2),
            1 when Bound(constraints, "minLength") is { } min => Math.Max(0, (int)min + random.Next(-1, 1)),
            _ => random.Next(0, 12),
        };
        string alphabet = random.Next(3) switch { 0 => "ABCDEFGHIJ", 1 => "abcdefghij", _ => "AbC1d" };
        return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }

    private string Number(IReadOnlyDictionary<string, string> constraints)
    {
        var bounds = constraints.Where(c => c.Key.Contains("imum", StringComparison.Ordinal)).Select(c => decimal.Parse(c.Value, CultureInfo.InvariantCulture)).ToList();
        if (bounds.Count > 0 && random.Next(2) == 0)
        {
            decimal bound = bounds[random.Next(bounds.Count)] + new[] { -1m, -0.5m, 0m, 0.5m, 1m }[random.Next(5)];
            return bound.ToString(CultureInfo.InvariantCulture);
        }
        return Numbers[random.Next(Numbers.Length)];
    }

    private static decimal? Bound(IReadOnlyDictionary<string, string> constraints, string name)
        => constraints.TryGetValue(name, out var value) ? decimal.Parse(value, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// Where the value the reader holds differs from the writer's, field by field (matched by identity across the rename),
    /// in the JSON each side writes of what it read; null when every field both know has the same value.
    /// </summary>
    public static string? Difference(SchemaSide writer, string writerJson, SchemaSide reader, string readerJson)
        => Difference(writer.Event, JsonNode.Parse(writerJson)?.AsObject(), writer, reader.Event, JsonNode.Parse(readerJson)?.AsObject(), reader, "$");

    private static string? Difference(
        IReadOnlyList<FieldModel> writerFields, JsonObject? written, SchemaSide writer, IReadOnlyList<FieldModel> readerFields, JsonObject? read, SchemaSide reader, string path)
    {
        foreach (var readerField in readerFields)
        {
            var writerField = writerFields.FirstOrDefault(f => f.Id == readerField.Id);
            if (writerField is null) continue;
            var meant = written?[writerField.WireName];
            var got = read?[readerField.WireName];
            string at = path + "." + readerField.WireName;
            if (writerField.Type == "R" && readerField.Type == "R" && meant is JsonObject && got is JsonObject)
            {
                if (Difference(writer.Record, meant.AsObject(), writer, reader.Record, got.AsObject(), reader, at) is { } inner) return inner;
                continue;
            }
            if (Canonical(meant) != Canonical(got)) return $"{at}: written {Canonical(meant)}, read {Canonical(got)}";
        }
        return null;
    }

    /// <summary>A value's meaning: numbers by value, lists as the multiset of their items (no change here reorders one).</summary>
    private static string Canonical(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return "null";
            case JsonArray array:
                return "[" + string.Join(",", array.Select(Canonical).Order(StringComparer.Ordinal)) + "]";
            case JsonObject obj:
                return "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Canonical(p.Value))) + "}";
            default:
                var element = node.GetValue<JsonElement>();
                return element.ValueKind switch
                {
                    JsonValueKind.Number => decimal.TryParse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                        ? "n:" + d.ToString("G29", CultureInfo.InvariantCulture)
                        : "n:" + double.Parse(element.GetRawText(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
                    JsonValueKind.String => "s:" + element.GetString(),
                    _ => element.GetRawText(),
                };
        }
    }
}
