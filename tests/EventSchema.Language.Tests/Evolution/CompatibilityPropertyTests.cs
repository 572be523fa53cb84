using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EventSchema.Language.Evolution;
using EventSchema.Language.Text;

namespace EventSchema.Language.Tests.Evolution;

/// <summary>
/// Random schema, random change: the checker's verdict must be the rule table's, and must hold for concrete payloads.
/// When it reports a break in a direction, some payload the writer may write is refused or read with another meaning by
/// the reader; when it reports none, random payloads all read with their meaning. Payloads are judged by a model of the
/// wire rules written here (docs/json.md), not by the front end, so the two check each other.
/// </summary>
public class CompatibilityPropertyTests
{
    /// <summary>Iterations: small for CI; set EVENTSCHEMA_PROPERTY_COUNT for a longer run.</summary>
    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("EVENTSCHEMA_PROPERTY_COUNT"), out int n) && n > 0 ? n : 200;

    private static readonly string[] FieldTypes = ["string", "int", "long", "double", "decimal", "bool", "list<string>", "set<string>", "list<int>", "Color"];
    private static readonly string[] Colors = ["Red", "Green", "Blue"];

    [Fact]
    public void Random_changes_get_the_rule_tables_verdict_and_payloads_agree()
    {
        int checkedChanges = 0;
        for (int seed = 0; seed < Count; seed++)
        {
            var random = new Random(seed);
            var v1 = RandomFields(random);
            if (Mutate(random, v1) is not { } change) continue;
            checkedChanges++;
            string context = $"seed {seed}: {change.Row}\n--- v1\n{change.OldText}\n--- v2\n{change.NewText}";
            var row = RuleTable.Cases.Single(c => c.Change == change.Row);
            foreach (var mode in new[] { CompatibilityMode.Backward, CompatibilityMode.Forward })
            {
                var diagnostics = RuleTableTests.Check(change.OldText, change.NewText, mode);
                bool expected = row.Code is not null && RuleTable.IsReported(row.Breaks, mode);
                Assert.True(expected ? diagnostics.Count > 0 && diagnostics.All(d => d.Code == row.Code) : diagnostics.Count == 0,
                    $"{context}\nmode {mode}: expected {(expected ? row.Code : "nothing")}, got: {string.Join("; ", diagnostics)}");

                // Backward: the new reader reads what the old version wrote, under the names the old version used.
                var (writer, reader) = mode == CompatibilityMode.Backward
                    ? (Side(change.OldFields, change.OldColors, null), Side(change.NewFields, change.NewColors, change.OldFields))
                    : (Side(change.NewFields, change.NewColors, null), Side(change.OldFields, change.OldColors, null));
                var payloads = new PayloadModel(random);
                string? witness = null;
                int attempts = expected ? 400 : 60;
                for (int i = 0; i < attempts && witness is null; i++)
                {
                    if (payloads.Write(writer) is not { } payload) break; // the writer cannot write a valid payload at all
                    if (!payloads.ReadsWithSameMeaning(writer, reader, payload)) witness = PayloadModel.Show(payload);
                }
                if (expected) Assert.True(witness is not null, $"{context}\nmode {mode}: reported {row.Code}, but no payload shows the break.");
                else Assert.True(witness is null, $"{context}\nmode {mode}: reported nothing, but this payload breaks: {witness}");
            }
        }
        Assert.True(checkedChanges >= Count / 2, $"Only {checkedChanges} of {Count} iterations made a change.");
    }

    // The schema model.

    private sealed record FieldModel(int Id, string Name, string Type, bool Optional, string? Default, IReadOnlyDictionary<string, string> Constraints)
    {
        public string Render(string history = "")
        {
            var builder = new StringBuilder("  ");
            builder.Append(history);
            foreach (var (name, argument) in Constraints.OrderBy(c => c.Key, StringComparer.Ordinal)) builder.Append('@').Append(name).Append(argument.Length == 0 ? "" : "(" + argument + ")").Append(' ');
            builder.Append(Name).Append(Optional ? "?" : "").Append(": ").Append(Type);
            if (Default is not null) builder.Append(" = ").Append(Default);
            return builder.Append(";\n").ToString();
        }
    }

    private sealed record Change(string Row, string OldText, string NewText, List<FieldModel> OldFields, List<FieldModel> NewFields, string[] OldColors, string[] NewColors);

    private static List<FieldModel> RandomFields(Random random)
    {
        var fields = new List<FieldModel>();
        int count = random.Next(1, 4);
        for (int i = 0; i < count; i++) fields.Add(RandomField(random, i, "f" + i));
        return fields;
    }

    private static FieldModel RandomField(Random random, int id, string name, bool allowConstraints = true, bool? optional = null, bool allowDefault = true)
    {
        string type = FieldTypes[random.Next(FieldTypes.Length)];
        bool isOptional = optional ?? random.Next(3) == 0;
        var constraints = new Dictionary<string, string>();
        if (allowConstraints && random.Next(2) == 0)
        {
            switch (type)
            {
                case "string":
                    int max = random.Next(2, 10);
                    if (random.Next(2) == 0) constraints["maxLength"] = N(max);
                    if (random.Next(2) == 0) constraints["minLength"] = N(random.Next(0, Math.Min(3, max)));
                    if (random.Next(3) == 0) constraints["pattern"] = random.Next(2) == 0 ? "\"^[A-Z]+$\"" : "\"^[a-z]*$\"";
                    break;
                case "int" or "long" or "double" or "decimal":
                    int low = random.Next(-5, 5);
                    if (random.Next(2) == 0) constraints[random.Next(2) == 0 ? "minimum" : "exclusiveMinimum"] = N(low);
                    if (random.Next(2) == 0) constraints[random.Next(2) == 0 ? "maximum" : "exclusiveMaximum"] = N(low + random.Next(2, 10));
                    break;
                case "list<string>" or "set<string>" or "list<int>":
                    int maxItems = random.Next(2, 5);
                    if (random.Next(2) == 0) constraints["maxItems"] = N(maxItems);
                    if (random.Next(2) == 0) constraints["minItems"] = N(random.Next(0, 2));
                    if (type.StartsWith("list", StringComparison.Ordinal) && random.Next(3) == 0) constraints["uniqueItems"] = "";
                    break;
            }
        }
        // Defaults only where no constraint could refuse them.
        string? defaultValue = null;
        if (allowDefault && constraints.Count == 0 && random.Next(3) == 0)
        {
            defaultValue = type switch { "string" => "\"abc\"", "int" or "long" => "3", "double" or "decimal" => "1.5", "bool" => "true", "Color" => "Red", _ => null };
        }
        return new FieldModel(id, name, type, isOptional, defaultValue, constraints);
    }

    private static Change? Mutate(Random random, List<FieldModel> v1)
    {
        string[] newColors = Colors;
        var newFields = v1.ToList();
        var history = new Dictionary<int, string>();
        var removed = new List<FieldModel>();
        string? row = null;
        var target = v1[random.Next(v1.Count)];
        int index = v1.IndexOf(target);
        bool plainRequired = !target.Optional && target.Default is null;
        switch (random.Next(12))
        {
            case 0:
                newFields.Add(RandomField(random, 100, "added", optional: true, allowDefault: false) with { Constraints = new Dictionary<string, string>() });
                history[100] = "@added(2) ";
                row = "Optional field added";
                break;
            case 1:
                newFields.Add(new FieldModel(100, "added", "int", false, "0", new Dictionary<string, string>()));
                history[100] = "@added(2) ";
                row = "Defaulted field added";
                break;
            case 2:
                newFields.Add(RandomField(random, 100, "added", optional: false, allowDefault: false));
                history[100] = "@added(2) ";
                row = "Required field added";
                break;
            case 3:
                newFields.RemoveAt(index);
                removed.Add(target);
                row = target.Optional ? "Optional field removed" : target.Default is not null ? "Defaulted field removed" : "Required field removed";
                break;
            case 4:
                newFields[index] = target with { Name = target.Name + "Renamed" };
                history[target.Id] = $"@renamedFrom(2, \"{target.Name}\") ";
                row = target.Optional ? "Optional field renamed with @renamedFrom" : target.Default is not null ? "Defaulted field renamed with @renamedFrom" : "Field renamed with @renamedFrom";
                break;
            case 5:
            {
                if (target.Default is not null || target.Constraints.Count > 0) return null;
                string type = FieldTypes[random.Next(FieldTypes.Length)];
                if (type == target.Type) return null;
                newFields[index] = target with { Type = type };
                history[target.Id] = $"@typeChangedFrom(2, \"{target.Type}\") ";
                row = Widens(target.Type, type) ? "Type widened (int to long)" : Widens(type, target.Type) ? "Type narrowed (long to int)" : "Type changed to an unrelated type";
                break;
            }
            case 6:
                if (!plainRequired) return null;
                newFields[index] = target with { Optional = true };
                history[target.Id] = "@madeOptional(2) ";
                row = "Required field made optional";
                break;
            case 7:
                if (!target.Optional || target.Default is not null) return null;
                newFields[index] = target with { Optional = false };
                history[target.Id] = "@madeRequired(2) ";
                row = "Optional field made required";
                break;
            case 8:
                if (target.Default is null || target.Type is "bool" or "Color" or "string") return null;
                newFields[index] = target with { Default = target.Default == "3" ? "4" : "2.5" };
                row = "Default changed";
                break;
            case 9:
            case 10:
            {
                if (ChangeConstraint(random, target) is not { } changed) return null;
                newFields[index] = target with { Constraints = changed.Constraints };
                row = changed.Row;
                break;
            }
            default:
                // The payloads are events: an enum change shows only where the event uses the enum.
                if (!v1.Any(f => f.Type == "Color")) return null;
                if (random.Next(2) == 0)
                {
                    newColors = [.. Colors, "Black"];
                    row = "Enum value added";
                }
                else
                {
                    newColors = ["Red", "Green"];
                    row = "Enum value removed";
                }
                break;
        }
        bool enumChange = newColors != Colors;
        string oldText = Render(v1, [], new Dictionary<int, string>(), Colors, eventVersion: 1, enumVersion: 1);
        string newText = Render(newFields, removed, history, newColors, eventVersion: enumChange ? 1 : 2, enumVersion: enumChange ? 2 : 1);
        return new Change(row!, oldText, newText, v1, newFields, Colors, newColors);
    }

    private static string Render(List<FieldModel> fields, List<FieldModel> removed, Dictionary<int, string> history, string[] colors, int eventVersion, int enumVersion)
    {
        var builder = new StringBuilder("namespace P;\n\n");
        if (enumVersion > 1)
        {
            builder.Append("@version(").Append(enumVersion).Append(")\nenum Color { ");
            builder.Append(string.Join(", ", Colors.Union(colors).Select(c => !colors.Contains(c) ? "@removed(2) " + c : !Colors.Contains(c) ? "@added(2) " + c : c)));
        }
        else
        {
            builder.Append("enum Color { ").Append(string.Join(", ", colors));
        }
        builder.Append(" }\n\n");
        if (eventVersion > 1) builder.Append("@version(").Append(eventVersion).Append(")\n");
        builder.Append("event E {\n");
        var all = fields.Concat(removed).OrderBy(f => f.Id);
        foreach (var field in all)
        {
            string decorators = (history.TryGetValue(field.Id, out var h) ? h : "") + (removed.Contains(field) ? "@removed(2) " : "");
            builder.Append(field.Render(decorators));
        }
        return builder.Append("}\n").ToString();
    }

    private sealed record ConstraintChange(Dictionary<string, string> Constraints, string Row);

    private static ConstraintChange? ChangeConstraint(Random random, FieldModel field)
    {
        var c = new Dictionary<string, string>(field.Constraints);
        int Get(string key) => int.Parse(c[key], CultureInfo.InvariantCulture);
        var options = new List<(string Row, Action Apply)>();
        if (field.Type == "string")
        {
            if (c.ContainsKey("maxLength"))
            {
                int max = Get("maxLength");
                if (max - 1 >= (c.ContainsKey("minLength") ? Get("minLength") : 0)) options.Add(("Maximum length decreased", () => c["maxLength"] = N(max - 1)));
                options.Add(("Maximum length increased", () => c["maxLength"] = N(max + 1)));
                options.Add(("Maximum length removed", () => c.Remove("maxLength")));
            }
            else options.Add(("Maximum length decreased", () => c["maxLength"] = N(random.Next(2, 8) + (c.ContainsKey("minLength") ? Get("minLength") : 0))));
            if (c.ContainsKey("minLength"))
            {
                int min = Get("minLength");
                if (min > 0) options.Add(("Minimum length decreased", () => c["minLength"] = N(min - 1)));
                if (!c.ContainsKey("maxLength") || min + 1 <= Get("maxLength")) options.Add(("Minimum length increased", () => c["minLength"] = N(min + 1)));
            }
            if (c.ContainsKey("pattern")) options.Add(("Pattern removed", () => c.Remove("pattern")));
            else options.Add(("Pattern added", () => c["pattern"] = "\"^[A-Z]+$\""));
        }
        else if (field.Type is "int" or "long" or "double" or "decimal")
        {
            string? lower = c.ContainsKey("minimum") ? "minimum" : c.ContainsKey("exclusiveMinimum") ? "exclusiveMinimum" : null;
            string? upper = c.ContainsKey("maximum") ? "maximum" : c.ContainsKey("exclusiveMaximum") ? "exclusiveMaximum" : null;
            if (lower is not null)
            {
                int low = Get(lower);
                options.Add(("Minimum lowered", () => c[lower] = N(low - 1)));
                if (upper is null || low + 2 < Get(upper)) options.Add(("Minimum raised", () => c[lower] = N(low + 1)));
                if (lower == "minimum" && (upper is null || low + 2 < Get(upper))) options.Add(("Minimum made exclusive", () => { c.Remove("minimum"); c["exclusiveMinimum"] = N(low); }));
            }
            else options.Add(("Minimum raised", () => c["minimum"] = N(upper is null ? -3 : Get(upper) - 3)));
            if (upper is not null)
            {
                int high = Get(upper);
                options.Add(("Maximum raised", () => c[upper] = N(high + 1)));
                if (lower is null || Get(lower) + 2 < high) options.Add(("Maximum lowered", () => c[upper] = N(high - 1)));
            }
        }
        else if (field.Type.StartsWith("list", StringComparison.Ordinal) || field.Type.StartsWith("set", StringComparison.Ordinal))
        {
            int minItems = c.ContainsKey("minItems") ? Get("minItems") : 0;
            if (c.ContainsKey("maxItems"))
            {
                int max = Get("maxItems");
                if (max - 1 >= Math.Max(minItems, 1)) options.Add(("Maximum items decreased", () => c["maxItems"] = N(max - 1)));
                options.Add(("Maximum items increased", () => c["maxItems"] = N(max + 1)));
            }
            if (minItems > 0) options.Add(("Minimum items decreased", () => c["minItems"] = N(minItems - 1)));
            if (!c.ContainsKey("maxItems") || minItems + 1 <= Get("maxItems")) options.Add(("Minimum items increased", () => c["minItems"] = N(minItems + 1)));
            if (field.Type.StartsWith("list", StringComparison.Ordinal))
            {
                if (c.ContainsKey("uniqueItems")) options.Add(("Unique items no longer required", () => c.Remove("uniqueItems")));
                else options.Add(("Unique items required", () => c["uniqueItems"] = ""));
            }
        }
        if (options.Count == 0 || field.Default is not null) return null;
        var (row, apply) = options[random.Next(options.Count)];
        apply();
        return new ConstraintChange(c, row);
    }

    private static bool Widens(string from, string to) => (from, to) is ("int", "long") or ("int", "double") or ("int", "decimal") or ("long", "decimal") or ("set<string>", "list<string>") or ("Color", "string");

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The wire model.

    /// <summary>One side of a read: its fields, the property name each is read under, and the enum's values.</summary>
    private sealed record SideField(FieldModel Field, string WireName);

    private sealed record SideModel(IReadOnlyList<SideField> Fields, string[] Colors);

    /// <summary>A side; with <paramref name="namesOf"/>, fields that exist there are read under the name they had there.</summary>
    private static SideModel Side(List<FieldModel> fields, string[] colors, List<FieldModel>? namesOf)
        => new(fields.Select(f => new SideField(f, namesOf?.FirstOrDefault(o => o.Id == f.Id)?.Name ?? f.Name)).ToList(), colors);

    private sealed class PayloadModel(Random random)
    {
        private static readonly string[] NumberCandidates =
            ["0", "1", "-1", "2", "3", "7", "-5", "2.5", "-1.25", "0.1", "9", "10", "11", "100", "2147483647", "2147483648", "-2147483649",
             "9007199254740993", "1e300", "12345678901234567890.5", "0.10000000000000000000001"];

        private static readonly string[] StringCandidates = ["", "A", "AB", "abc", "ABC", "Ab1", "ABCDEFGHIJ", "abcdefghijklmnop"];

        /// <summary>A payload the writer may write: property name to value (string, number text, bool, null or list); null when none exists.</summary>
        public Dictionary<string, object?>? Write(SideModel writer)
        {
            var payload = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (field, name) in writer.Fields)
            {
                int roll = random.Next(8);
                if (field.Optional && roll == 0) continue;
                if (field.Optional && roll == 1) { payload[name] = null; continue; }
                if (field.Default is not null && roll <= 1) continue;
                var value = Value(field, writer.Colors);
                if (value is Missing) return null;
                payload[name] = value;
            }
            return payload;
        }

        private sealed class Missing;

        private object? Value(FieldModel field, string[] colors)
        {
            for (int attempt = 0; attempt < 40; attempt++)
            {
                object? candidate = Candidate(field.Type, colors, field.Constraints);
                if (Accepts(field, colors, candidate)) return candidate;
            }
            return new Missing();
        }

        private object? Candidate(string type, string[] colors, IReadOnlyDictionary<string, string> constraints)
        {
            switch (type)
            {
                case "string":
                    if (random.Next(3) == 0) return StringCandidates[random.Next(StringCandidates.Length)];
                    string alphabet = random.Next(3) switch { 0 => "ABCDEFGHIJ", 1 => "abcdefghij", _ => "AbC1d" };
                    int length = random.Next(0, 12);
                    return new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                case "bool":
                    return random.Next(2) == 0;
                case "Color":
                    return colors[random.Next(colors.Length)];
                case "int" or "long" or "double" or "decimal":
                    var bounds = constraints.Values.Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();
                    if (bounds.Count > 0 && random.Next(2) == 0)
                    {
                        decimal bound = bounds[random.Next(bounds.Count)] + new[] { -1m, -0.5m, 0m, 0.5m, 1m }[random.Next(5)];
                        return new Number(bound.ToString(CultureInfo.InvariantCulture));
                    }
                    return new Number(NumberCandidates[random.Next(NumberCandidates.Length)]);
                default:
                {
                    string element = type.Substring(type.IndexOf('<') + 1).TrimEnd('>');
                    int count = random.Next(0, 6);
                    var items = new List<object?>();
                    for (int i = 0; i < count; i++)
                    {
                        items.Add(i > 0 && random.Next(4) == 0 ? items[random.Next(i)] : Candidate(element, colors, new Dictionary<string, string>()));
                    }
                    return items;
                }
            }
        }

        /// <summary>Whether the writer's meaning survives the reader: nothing refused, and every field both know has the same value.</summary>
        public bool ReadsWithSameMeaning(SideModel writer, SideModel reader, Dictionary<string, object?> payload)
        {
            var meant = new Dictionary<int, string>();
            foreach (var (field, name) in writer.Fields) meant[field.Id] = Canonical(payload.TryGetValue(name, out var v) ? v : DefaultOf(field));
            foreach (var (field, name) in reader.Fields)
            {
                object? value;
                if (!payload.TryGetValue(name, out value))
                {
                    if (!field.Optional && field.Default is null) return false;
                    value = DefaultOf(field);
                }
                else if (value is null)
                {
                    if (!field.Optional) return false;
                }
                else if (!Accepts(field, reader.Colors, value)) return false;
                if (meant.TryGetValue(field.Id, out var writerValue) && writerValue != Canonical(value)) return false;
            }
            return true;
        }

        private static object? DefaultOf(FieldModel field) => field.Default switch
        {
            null => null,
            "true" => true,
            _ when field.Default.StartsWith('"') => field.Default.Trim('"'),
            _ when field.Type == "Color" => field.Default,
            _ => new Number(field.Default),
        };

        /// <summary>Whether a reader of <paramref name="field"/> takes <paramref name="value"/> (not null) as it is.</summary>
        private static bool Accepts(FieldModel field, string[] colors, object? value)
        {
            if (value is null) return field.Optional;
            if (!AcceptsType(field.Type, colors, value)) return false;
            var c = field.Constraints;
            switch (value)
            {
                case string text:
                    if (c.TryGetValue("minLength", out var min) && text.Length < int.Parse(min, CultureInfo.InvariantCulture)) return false;
                    if (c.TryGetValue("maxLength", out var max) && text.Length > int.Parse(max, CultureInfo.InvariantCulture)) return false;
                    if (c.TryGetValue("pattern", out var pattern) && !Regex.IsMatch(text, pattern.Trim('"'))) return false;
                    return true;
                case Number number:
                    var v = number.AsDecimal;
                    if (v is null) return !c.ContainsKey("minimum") && !c.ContainsKey("maximum") && !c.ContainsKey("exclusiveMinimum") && !c.ContainsKey("exclusiveMaximum") || number.Text == "1e300" && !c.ContainsKey("maximum") && !c.ContainsKey("exclusiveMaximum");
                    decimal Bound(string key) => decimal.Parse(c[key], CultureInfo.InvariantCulture);
                    if (c.ContainsKey("minimum") && v < Bound("minimum")) return false;
                    if (c.ContainsKey("maximum") && v > Bound("maximum")) return false;
                    if (c.ContainsKey("exclusiveMinimum") && v <= Bound("exclusiveMinimum")) return false;
                    if (c.ContainsKey("exclusiveMaximum") && v >= Bound("exclusiveMaximum")) return false;
                    return true;
                case List<object?> items:
                    if (c.TryGetValue("minItems", out var minItems) && items.Count < int.Parse(minItems, CultureInfo.InvariantCulture)) return false;
                    if (c.TryGetValue("maxItems", out var maxItems) && items.Count > int.Parse(maxItems, CultureInfo.InvariantCulture)) return false;
                    if ((c.ContainsKey("uniqueItems") || field.Type.StartsWith("set", StringComparison.Ordinal)) && items.Select(i => Canonical(i)).Distinct().Count() != items.Count) return false;
                    return true;
                default:
                    return true;
            }
        }

        private static bool AcceptsType(string type, string[] colors, object value) => type switch
        {
            "string" => value is string,
            "bool" => value is bool,
            "Color" => value is string s && colors.Contains(s),
            "int" => value is Number n && n.AsDecimal is { } d && d == decimal.Truncate(d) && d >= int.MinValue && d <= int.MaxValue,
            "long" => value is Number n && n.AsDecimal is { } d && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue,
            // A double reads a number only when it keeps its value.
            "double" => value is Number n && (n.AsDecimal is { } d ? (decimal)(double)d == d : double.IsFinite(double.Parse(n.Text, CultureInfo.InvariantCulture))),
            "decimal" => value is Number n && n.AsDecimal is not null,
            _ => value is List<object?> items && items.All(i => i is not null && AcceptsType(type.Substring(type.IndexOf('<') + 1).TrimEnd('>'), colors, i)),
        };

        private static string Canonical(object? value) => value switch
        {
            null => "null",
            string s => "s:" + s,
            bool b => b ? "true" : "false",
            Number n => n.AsDecimal is { } d ? "n:" + d.ToString("G29", CultureInfo.InvariantCulture).ToUpperInvariant() : "n:" + double.Parse(n.Text, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
            // Items compare in sorted order: a set has none, and no change here reorders a list.
            List<object?> items => "[" + string.Join(",", items.Select(i => Canonical(i)).Order(StringComparer.Ordinal)) + "]",
            _ => value.ToString()!,
        };

        public static string Show(Dictionary<string, object?> payload)
            => "{" + string.Join(", ", payload.Select(p => "\"" + p.Key + "\": " + Canonical(p.Value))) + "}";
    }

    /// <summary>A JSON number as written, read exactly as a decimal when it fits one.</summary>
    private sealed record Number(string Text)
    {
        public decimal? AsDecimal => decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }
}
