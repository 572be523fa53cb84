using System.Globalization;
using System.Text;

namespace EventSchema.Generator.Tests.Evolution;

/// <summary>A field of the random schemas: its identity across versions (<paramref name="Id"/>), and its shape at one version.</summary>
internal sealed record FieldModel(int Id, string Name, string Type, bool Optional, string? Default, IReadOnlyDictionary<string, string> Constraints)
{
    /// <summary>The name on the wire: <c>@json("…")</c> when the field has it, else its name.</summary>
    public string? JsonName { get; init; }

    public string WireName => JsonName ?? Name;

    public string Render(string history)
    {
        var builder = new StringBuilder("  ").Append(history);
        if (JsonName is not null) builder.Append("@json(\"").Append(JsonName).Append("\") ");
        foreach (var (name, argument) in Constraints.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            builder.Append('@').Append(name).Append(argument.Length == 0 ? "" : "(" + argument + ")").Append(' ');
        }
        builder.Append(Name).Append(Optional ? "?" : "").Append(": ").Append(Type);
        if (Default is not null) builder.Append(" = ").Append(Default);
        return builder.Append(";\n").ToString();
    }

    public override string ToString() => $"{Name}{(Optional ? "?" : "")}: {Type}{(Default is null ? "" : " = " + Default)}";
}

/// <summary>One version of a random schema as payloads see it: the event's fields, the nested record's, the enum's values.</summary>
internal sealed record SchemaSide(IReadOnlyList<FieldModel> Event, IReadOnlyList<FieldModel> Record, IReadOnlyList<string> Colors)
{
    public IReadOnlyList<FieldModel> Fields(bool record) => record ? Record : Event;
}

/// <summary>
/// One random schema and one change to it: the schema text of the locked version and of the changed one (with the
/// history decorators and <c>@version</c> the language requires), and both shapes for the payloads.
/// </summary>
internal sealed record EvolutionCase(int Seed, string Namespace, string Change, SchemaSide Old, SchemaSide New, string OldText, string NewText)
{
    public string Describe() => $"seed {Seed} ({Namespace}): {Change}\n--- locked version\n{OldText}--- changed version\n{NewText}";
}

/// <summary>
/// Random small schemas (an enum, a record, an event using them; fields of several kinds, optional or required, with
/// defaults and constraints) and single changes drawn from the rule table of docs/evolution.md.
/// </summary>
internal static class EvolutionCases
{
    public static readonly string[] Colors = ["Red", "Green", "Blue"];

    private static readonly string[] EventTypes = ["string", "int", "long", "double", "decimal", "bool", "Color", "list<string>", "set<string>", "list<int>", "R"];
    private static readonly string[] RecordTypes = ["string", "int", "long", "double", "bool", "Color", "list<string>", "set<string>"];

    /// <summary>Types a type is widened or narrowed to (docs/evolution.md, "Types").</summary>
    private static readonly Dictionary<string, string[]> Related = new()
    {
        ["int"] = ["long", "double", "decimal"],
        ["long"] = ["int", "decimal", "double"],
        ["double"] = ["int", "long"],
        ["decimal"] = ["int", "long"],
        ["set<string>"] = ["list<string>"],
        ["list<string>"] = ["set<string>"],
        ["Color"] = ["string"],
        ["string"] = ["Color"],
    };

    /// <summary>The case of <paramref name="seed"/>, or null when the change drawn does not apply to the schema drawn.</summary>
    public static EvolutionCase? Create(int seed)
    {
        var random = new Random(seed);
        var record = new List<FieldModel>();
        int recordCount = random.Next(1, 3);
        for (int i = 0; i < recordCount; i++) record.Add(RandomField(random, i, "g" + i, RecordTypes));
        var eventFields = new List<FieldModel>();
        int eventCount = random.Next(1, 4);
        for (int i = 0; i < eventCount; i++) eventFields.Add(RandomField(random, 10 + i, "f" + i, EventTypes));
        // Half the events hold the record, so changes to a record are drawn about as often as changes to an event.
        if (random.Next(2) == 0 && !eventFields.Any(f => f.Type == "R"))
        {
            eventFields.Add(new FieldModel(10 + eventCount, "f" + eventCount, "R", random.Next(3) == 0, null, new Dictionary<string, string>()));
        }
        var old = new SchemaSide(eventFields, record, Colors);
        return Mutate(random, seed, "C" + seed.ToString(CultureInfo.InvariantCulture), old);
    }

    private static FieldModel RandomField(Random random, int id, string name, string[] types, bool? optional = null, bool allowDefault = true)
    {
        string type = types[random.Next(types.Length)];
        bool isOptional = optional ?? random.Next(3) == 0;
        var constraints = new Dictionary<string, string>();
        if (random.Next(2) == 0)
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
        string? defaultValue = allowDefault && constraints.Count == 0 && random.Next(3) == 0 ? DefaultFor(type, 0) : null;
        return new FieldModel(id, name, type, isOptional, defaultValue, constraints);
    }

    /// <summary>A default literal of <paramref name="type"/> (the <paramref name="variant"/>-th); null for types without one here.</summary>
    private static string? DefaultFor(string type, int variant) => type switch
    {
        "string" => variant == 0 ? "\"abc\"" : "\"xyz\"",
        "int" or "long" => variant == 0 ? "3" : "4",
        "double" or "decimal" => variant == 0 ? "1.5" : "2.5",
        "bool" => variant == 0 ? "true" : "false",
        "Color" => variant == 0 ? "Red" : "Green",
        _ => null,
    };

    /// <summary>What the changed schema says besides its fields: history decorators, removed fields and members, versions.</summary>
    private sealed class Decorations
    {
        public Dictionary<int, string> History { get; } = [];
        public List<FieldModel> Removed { get; } = [];
        public int EventVersion { get; set; } = 1;
        public int RecordVersion { get; set; } = 1;
        public int EnumVersion { get; set; } = 1;
    }

    private static EvolutionCase? Mutate(Random random, int seed, string ns, SchemaSide old)
    {
        bool eventUsesRecord = old.Event.Any(f => f.Type == "R");
        bool onRecord = eventUsesRecord && random.Next(2) == 0;
        var fields = old.Fields(onRecord).ToList();
        string[] types = onRecord ? RecordTypes : EventTypes;
        var target = fields[random.Next(fields.Count)];
        int index = fields.IndexOf(target);
        bool plainRequired = !target.Optional && target.Default is null;
        var decorations = new Decorations();
        var colors = Colors.ToList();
        string where = onRecord ? "record R" : "event E";
        string change;
        switch (random.Next(15))
        {
            case 0:
            {
                var added = RandomField(random, 100, "added", types, optional: true, allowDefault: false);
                fields.Add(added);
                decorations.History[100] = "@added(2) ";
                change = $"optional field added to {where}: {added}";
                break;
            }
            case 1:
            {
                string type = new[] { "int", "string", "bool", "double" }[random.Next(4)];
                var added = new FieldModel(100, "added", type, false, DefaultFor(type, 0), new Dictionary<string, string>());
                fields.Add(added);
                decorations.History[100] = "@added(2) ";
                change = $"defaulted field added to {where}: {added}";
                break;
            }
            case 2:
            {
                var added = RandomField(random, 100, "added", types, optional: false, allowDefault: false);
                fields.Add(added);
                decorations.History[100] = "@added(2) ";
                change = $"required field added to {where}: {added}";
                break;
            }
            case 3:
                if (fields.Count < 2) return null;
                fields.RemoveAt(index);
                decorations.Removed.Add(target);
                decorations.History[target.Id] = "@removed(2) ";
                change = $"field removed from {where}: {target}";
                break;
            case 4:
                fields[index] = target with { Name = target.Name + "x" };
                decorations.History[target.Id] = $"@renamedFrom(2, \"{target.Name}\") ";
                change = $"field of {where} renamed with @renamedFrom: {target} to {target.Name}x";
                break;
            case 5:
                fields[index] = target with { Name = target.Name + "x" };
                change = $"field of {where} renamed without @renamedFrom: {target} to {target.Name}x";
                break;
            case 6:
                fields[index] = target with { Name = target.Name + "x", JsonName = target.Name };
                decorations.History[target.Id] = $"@renamedFrom(2, \"{target.Name}\") ";
                change = $"C# name of a field of {where} changed, wire name kept with @json: {target}";
                break;
            case 7:
            {
                if (target.Default is not null || target.Constraints.Count > 0) return null;
                // Half the time a related type (a widening or a narrowing), else any type.
                string type = random.Next(2) == 0 && Related.TryGetValue(target.Type, out var related) ? related[random.Next(related.Length)] : types[random.Next(types.Length)];
                if (type == target.Type || Array.IndexOf(types, type) < 0) return null;
                fields[index] = target with { Type = type };
                decorations.History[target.Id] = $"@typeChangedFrom(2, \"{target.Type}\") ";
                change = $"type of a field of {where} changed: {target} to {type}";
                break;
            }
            case 8:
                if (!plainRequired) return null;
                fields[index] = target with { Optional = true };
                decorations.History[target.Id] = "@madeOptional(2) ";
                change = $"required field of {where} made optional: {target}";
                break;
            case 9:
            {
                if (!target.Optional || target.Default is not null) return null;
                string? withDefault = target.Constraints.Count == 0 && random.Next(2) == 0 ? DefaultFor(target.Type, 0) : null;
                fields[index] = target with { Optional = false, Default = withDefault };
                decorations.History[target.Id] = "@madeRequired(2) ";
                change = $"optional field of {where} made required{(withDefault is null ? "" : " with the default " + withDefault)}: {target}";
                break;
            }
            case 10:
            {
                if (!old.Event.Concat(eventUsesRecord ? old.Record : []).Any(f => f.Type == "Color")) return null;
                bool add = random.Next(2) == 0;
                if (add) colors.Add("Black");
                else colors.Remove("Blue");
                decorations.EnumVersion = 2;
                change = add ? "enum value added: Black" : "enum value removed: Blue";
                var newSide = new SchemaSide(old.Event, old.Record, colors);
                return new EvolutionCase(seed, ns, change, old, newSide, Render(ns, old, new Decorations(), onRecord: false), RenderEnumChange(ns, old, add));
            }
            case 11:
            case 12:
            {
                if (ChangeConstraint(random, target) is not { } constraintChange) return null;
                fields[index] = target with { Constraints = constraintChange.Constraints };
                change = $"{constraintChange.Description} on a field of {where}: {target} to {fields[index].Render("").Trim()}";
                break;
            }
            default:
            {
                if (target.Constraints.Count > 0) return null;
                string? next;
                if (target.Default is null)
                {
                    if (target.Optional || DefaultFor(target.Type, 0) is null) return null;
                    next = DefaultFor(target.Type, 0);
                    change = $"default added to a required field of {where}: {target} = {next}";
                }
                else if (random.Next(3) == 0)
                {
                    next = null;
                    change = $"default removed from a field of {where}: {target}";
                }
                else
                {
                    next = DefaultFor(target.Type, 1);
                    change = $"default changed on a field of {where}: {target} to {next}";
                }
                fields[index] = target with { Default = next };
                break;
            }
        }
        if (onRecord) decorations.RecordVersion = 2;
        else decorations.EventVersion = 2;
        var changed = onRecord ? new SchemaSide(old.Event, fields, Colors) : new SchemaSide(fields, old.Record, Colors);
        return new EvolutionCase(seed, ns, change, old, changed, Render(ns, old, new Decorations(), onRecord), Render(ns, changed, decorations, onRecord));
    }

    private static string Render(string ns, SchemaSide side, Decorations decorations, bool onRecord)
    {
        var builder = new StringBuilder("namespace ").Append(ns).Append(";\n\n");
        builder.Append("enum Color { ").Append(string.Join(", ", side.Colors)).Append(" }\n\n");
        if (decorations.RecordVersion > 1) builder.Append("@version(").Append(decorations.RecordVersion).Append(")\n");
        builder.Append("record R {\n");
        RenderFields(builder, side.Record, onRecord ? decorations : null);
        builder.Append("}\n\n");
        if (decorations.EventVersion > 1) builder.Append("@version(").Append(decorations.EventVersion).Append(")\n");
        builder.Append("event E {\n");
        RenderFields(builder, side.Event, onRecord ? null : decorations);
        return builder.Append("}\n").ToString();
    }

    private static void RenderFields(StringBuilder builder, IReadOnlyList<FieldModel> fields, Decorations? decorations)
    {
        var all = fields.Concat(decorations?.Removed ?? []).OrderBy(f => f.Id);
        foreach (var field in all)
        {
            string history = decorations is not null && decorations.History.TryGetValue(field.Id, out var h) ? h : "";
            builder.Append(field.Render(history));
        }
    }

    private static string RenderEnumChange(string ns, SchemaSide old, bool add)
    {
        string text = Render(ns, old, new Decorations(), onRecord: false);
        string members = add ? "Red, Green, Blue, @added(2) Black" : "Red, Green, @removed(2) Blue";
        return text.Replace("enum Color { Red, Green, Blue }", "@version(2)\nenum Color { " + members + " }", StringComparison.Ordinal);
    }

    private sealed record ConstraintChange(Dictionary<string, string> Constraints, string Description);

    private static ConstraintChange? ChangeConstraint(Random random, FieldModel field)
    {
        if (field.Default is not null) return null;
        var c = new Dictionary<string, string>(field.Constraints);
        int Get(string key) => int.Parse(c[key], CultureInfo.InvariantCulture);
        var options = new List<(string Description, Action Apply)>();
        if (field.Type == "string")
        {
            int min = c.ContainsKey("minLength") ? Get("minLength") : 0;
            if (c.ContainsKey("maxLength"))
            {
                int max = Get("maxLength");
                if (max - 1 >= min) options.Add(("maximum length decreased", () => c["maxLength"] = N(max - 1)));
                options.Add(("maximum length increased", () => c["maxLength"] = N(max + 1)));
                options.Add(("maximum length removed", () => c.Remove("maxLength")));
            }
            else options.Add(("maximum length added", () => c["maxLength"] = N(random.Next(2, 8) + min)));
            if (min > 0) options.Add(("minimum length decreased", () => c["minLength"] = N(min - 1)));
            if (!c.ContainsKey("maxLength") || min + 1 <= Get("maxLength")) options.Add(("minimum length increased", () => c["minLength"] = N(min + 1)));
            if (c.ContainsKey("pattern")) options.Add(("pattern removed", () => c.Remove("pattern")));
            else options.Add(("pattern added", () => c["pattern"] = "\"^[A-Z]+$\""));
        }
        else if (field.Type is "int" or "long" or "double" or "decimal")
        {
            string? lower = c.ContainsKey("minimum") ? "minimum" : c.ContainsKey("exclusiveMinimum") ? "exclusiveMinimum" : null;
            string? upper = c.ContainsKey("maximum") ? "maximum" : c.ContainsKey("exclusiveMaximum") ? "exclusiveMaximum" : null;
            if (lower is not null)
            {
                int low = Get(lower);
                options.Add(("minimum lowered", () => c[lower] = N(low - 1)));
                if (upper is null || low + 2 < Get(upper)) options.Add(("minimum raised", () => c[lower] = N(low + 1)));
                if (lower == "minimum" && (upper is null || low + 2 < Get(upper))) options.Add(("minimum made exclusive", () => { c.Remove("minimum"); c["exclusiveMinimum"] = N(low); }));
                options.Add(("minimum removed", () => c.Remove(lower)));
            }
            else options.Add(("minimum added", () => c["minimum"] = N(upper is null ? -3 : Get(upper) - 3)));
            if (upper is not null)
            {
                int high = Get(upper);
                options.Add(("maximum raised", () => c[upper] = N(high + 1)));
                if (lower is null || Get(lower) + 2 < high) options.Add(("maximum lowered", () => c[upper] = N(high - 1)));
            }
        }
        else if (field.Type.StartsWith("list", StringComparison.Ordinal) || field.Type.StartsWith("set", StringComparison.Ordinal))
        {
            int minItems = c.ContainsKey("minItems") ? Get("minItems") : 0;
            if (c.ContainsKey("maxItems"))
            {
                int max = Get("maxItems");
                if (max - 1 >= Math.Max(minItems, 1)) options.Add(("maximum items decreased", () => c["maxItems"] = N(max - 1)));
                options.Add(("maximum items increased", () => c["maxItems"] = N(max + 1)));
            }
            if (minItems > 0) options.Add(("minimum items decreased", () => c["minItems"] = N(minItems - 1)));
            if (!c.ContainsKey("maxItems") || minItems + 1 <= Get("maxItems")) options.Add(("minimum items increased", () => c["minItems"] = N(minItems + 1)));
            if (field.Type.StartsWith("list", StringComparison.Ordinal))
            {
                if (c.ContainsKey("uniqueItems")) options.Add(("unique items no longer required", () => c.Remove("uniqueItems")));
                else options.Add(("unique items required", () => c["uniqueItems"] = ""));
            }
        }
        if (options.Count == 0) return null;
        var (description, apply) = options[random.Next(options.Count)];
        apply();
        return new ConstraintChange(c, description);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
