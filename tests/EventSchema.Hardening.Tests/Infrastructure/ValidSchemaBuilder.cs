using System.Globalization;
using System.Text;

namespace EventSchema.Hardening.Tests.Infrastructure;

/// <summary>
/// Writes random schemas that the language must accept: records, events, enums and scalars across two
/// files and namespaces, every primitive and collection type, constraints with consistent bounds,
/// defaults that meet them, docs, <c>@json</c>, <c>@deprecated</c>, <c>@type</c>, <c>@summary</c> holes and
/// references across files. Field names include C# keywords, names of generated members and names that
/// PascalCase into each other, because those must never break the build. Deterministic for a seed.
/// </summary>
public sealed class ValidSchemaBuilder
{
    private static readonly string[] Primitives = ["string", "bool", "int", "long", "double", "decimal", "date", "time", "datetime", "duration", "uuid", "uri"];

    private static readonly string[] Words = ["name", "title", "place", "outlet", "count", "total", "item", "area", "code", "note", "partner", "source", "value", "kind", "status"];

    // Names that must not break generated C#: keywords, members records and events already have, and their getters.
    private static readonly string[] HostileFieldNames =
    [
        "class", "static", "object", "operator", "default", "this", "base", "params", "var", "value", "async", "await", "nameof", "void",
        "equals", "getHashCode", "toString", "equalityContract", "deconstruct", "printMembers", "validate", "eventType",
        "schemaVersion", "displayName", "describe", "clone", "getType", "memberwiseClone", "finalize", "a_b", "aB", "_x", "x_", "__y",
    ];

    private static readonly string[] Patterns = ["^[A-Z]{2}$", "^[a-z0-9-]+$", "^\\\\d{4}-\\\\d{2}$", "^(news|agency)$", "^[^\\\\s]+$", "[A-Z]", "^a.*z$", "^(ab|cd)+$"];

    private readonly Random _random;
    private readonly HashSet<string> _typeNames = new(StringComparer.OrdinalIgnoreCase);
    private int _counter;

    private ValidSchemaBuilder(int seed) => _random = new Random(seed);

    /// <summary>The files of one random project: (relative path, text).</summary>
    public static IReadOnlyList<(string Path, string Text)> Build(int declarations, int maxFields, int seed)
        => new ValidSchemaBuilder(seed).BuildProject(declarations, maxFields);

    private sealed record Declared(string Name, string Kind, string FullName, IReadOnlyList<string> EnumMembers, string? ScalarPrimitive, IReadOnlyList<string> FirstFields);

    private IReadOnlyList<(string Path, string Text)> BuildProject(int declarationCount, int maxFields)
    {
        var available = new List<Declared>();
        var files = new List<(string, string)>();
        string[] namespaces = ["Gen", "Gen.Sub"];
        for (int f = 0; f < namespaces.Length; f++)
        {
            var text = new StringBuilder();
            text.Append("namespace ").Append(namespaces[f]).Append(";\n\n");
            if (f > 0) text.Append("using Gen;\n\n");
            int count = f == 0 ? Math.Max(1, declarationCount) : _random.Next(0, declarationCount + 1);
            for (int d = 0; d < count; d++) available.Add(WriteDeclaration(text, namespaces[f], available, maxFields));
            files.Add(($"gen/file{f}.eventschema", text.ToString()));
        }
        return files;
    }

    private Declared WriteDeclaration(StringBuilder text, string ns, List<Declared> available, int maxFields)
    {
        string kind = Pick("record", "event", "enum", "scalar", "record", "event");
        string name = NewTypeName();
        WriteDoc(text, "");
        if (Chance(8)) text.Append("@deprecated(\"Use something else.\")\n");
        switch (kind)
        {
            case "enum":
            {
                var members = new List<string>();
                var wire = new HashSet<string>(StringComparer.Ordinal);
                int memberCount = _random.Next(1, 6);
                text.Append("enum ").Append(name).Append(" {\n");
                for (int m = 0; m < memberCount; m++)
                {
                    string member = Chance(4) ? Pick(HostileFieldNames) : Pick(Words) + m.ToString(CultureInfo.InvariantCulture);
                    if (members.Contains(member, StringComparer.OrdinalIgnoreCase)) continue;
                    members.Add(member);
                    WriteDoc(text, "  ");
                    text.Append("  ").Append(member);
                    if (Chance(3))
                    {
                        string value = member.ToLowerInvariant() + "-" + m.ToString(CultureInfo.InvariantCulture);
                        if (wire.Add(value)) text.Append(" = \"").Append(value).Append('"');
                    }
                    text.Append(",\n");
                }
                text.Append("}\n\n");
                return new Declared(name, kind, ns + "." + name, members, null, []);
            }
            case "scalar":
            {
                string primitive = Pick(Primitives);
                WriteConstraints(text, primitive, "", out _, scalar: true);
                text.Append("scalar ").Append(name).Append(" : ").Append(primitive).Append(";\n\n");
                return new Declared(name, kind, ns + "." + name, [], primitive, []);
            }
            default:
            {
                var body = new StringBuilder();
                var fieldNames = new List<string>();
                var usedWire = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                int fieldCount = _random.Next(0, maxFields + 2);
                for (int i = 0; i < fieldCount; i++)
                {
                    string field = NewFieldName(name, i);
                    if (!usedWire.Add(field)) continue;
                    // Enum fields stay out of summary holes while finding H4 is open.
                    if (!WriteField(body, field, available, usedWire)) fieldNames.Add(field);
                }
                if (kind == "event")
                {
                    text.Append("@version(").Append(_random.Next(1, 5)).Append(")\n");
                    if (Chance(3)) text.Append("@type(\"gen.custom-").Append(name.ToLowerInvariant()).Append(".v1\")\n");
                }
                if (fieldNames.Count > 0 && Chance(2))
                {
                    text.Append("@summary(\"Said {").Append(Pick(fieldNames.ToArray())).Append("} and {").Append(Pick(fieldNames.ToArray())).Append("}, {{literally}}\")\n");
                }
                text.Append(kind).Append(' ').Append(name).Append(" {\n").Append(body).Append("}\n\n");
                return new Declared(name, kind, ns + "." + name, [], null, fieldNames);
            }
        }
    }

    /// <summary>Writes one field; returns whether its type is an enum.</summary>
    private bool WriteField(StringBuilder body, string field, List<Declared> available, HashSet<string> usedWire)
    {
        bool optional = Chance(3);
        string type;
        string? elementPrimitive = null;
        Declared? named = null;
        int shape = _random.Next(10);
        if (shape < 5 || available.Count == 0 && shape < 8)
        {
            type = Pick(Primitives);
            elementPrimitive = type;
        }
        else if (shape < 8)
        {
            named = available[_random.Next(available.Count)];
            type = Chance(3) ? named.FullName : named.Name;
        }
        else
        {
            string element = available.Count > 0 && Chance(2) ? available[_random.Next(available.Count)].Name : Pick(Primitives);
            if (Chance(6)) element = "list<" + element + ">";
            type = Pick("list", "set", "map") switch
            {
                "list" => "list<" + element + ">",
                "set" => "set<" + element + ">",
                _ => "map<string, " + element + ">",
            };
        }

        WriteDoc(body, "  ");
        // Deprecated required fields are covered on their own (they currently warn, CS9042); random projects keep to optional ones.
        if (optional && Chance(6)) body.Append("  @deprecated\n");
        if (Chance(5))
        {
            string wire = "wire_" + field.ToLowerInvariant().Trim('_') + "_" + _counter++.ToString(CultureInfo.InvariantCulture);
            if (usedWire.Add(wire)) body.Append("  @json(\"").Append(wire).Append("\")\n");
        }
        string? defaultValue = null;
        if (elementPrimitive is not null)
        {
            WriteConstraints(body, elementPrimitive, "  ", out var bounds, scalar: false);
            if (Chance(3)) defaultValue = DefaultFor(elementPrimitive, bounds);
        }
        else if (type.StartsWith("list<", StringComparison.Ordinal) || type.StartsWith("set<", StringComparison.Ordinal) || type.StartsWith("map<", StringComparison.Ordinal))
        {
            if (Chance(3))
            {
                int min = _random.Next(0, 3);
                body.Append("  @minItems(").Append(min).Append(") @maxItems(").Append(min + _random.Next(0, 5)).Append(")\n");
            }
            if (type.StartsWith("list<", StringComparison.Ordinal) && Chance(4)) body.Append("  @uniqueItems\n");
        }
        else if (named is { Kind: "enum" } && Chance(2))
        {
            defaultValue = Pick(named.EnumMembers.ToArray());
        }
        if (optional && defaultValue is null && Chance(4)) defaultValue = "null";
        body.Append("  ").Append(field).Append(optional ? "?: " : ": ").Append(type);
        if (defaultValue is not null) body.Append(" = ").Append(defaultValue);
        body.Append(";\n");
        return named is { Kind: "enum" };
    }

    private sealed record Bounds(decimal? Minimum, decimal? Maximum, int? MinLength, int? MaxLength, bool HasPattern);

    private void WriteConstraints(StringBuilder text, string primitive, string indent, out Bounds bounds, bool scalar)
    {
        bounds = new Bounds(null, null, null, null, false);
        if (primitive == "string")
        {
            if (Chance(2))
            {
                int min = _random.Next(0, 4);
                int max = min + _random.Next(0, 40);
                text.Append(indent).Append("@minLength(").Append(min).Append(") @maxLength(").Append(max).Append(")\n");
                bounds = bounds with { MinLength = min, MaxLength = max };
            }
            if (Chance(3))
            {
                text.Append(indent).Append("@pattern(\"").Append(Pick(Patterns)).Append("\")\n");
                bounds = bounds with { HasPattern = true };
            }
        }
        else if (primitive is "int" or "long" or "double" or "decimal" && Chance(2))
        {
            int min = _random.Next(-1000, 1000);
            int max = min + _random.Next(1, 5000);
            if (Chance(2))
            {
                text.Append(indent).Append("@minimum(").Append(min).Append(") @maximum(").Append(max).Append(")\n");
                bounds = bounds with { Minimum = min, Maximum = max };
            }
            else
            {
                text.Append(indent).Append("@exclusiveMinimum(").Append(min).Append(") @exclusiveMaximum(").Append(max + 1).Append(")\n");
                bounds = bounds with { Minimum = min + 1, Maximum = max };
            }
        }
        _ = scalar;
    }

    private string? DefaultFor(string primitive, Bounds bounds) => primitive switch
    {
        "bool" => Pick("true", "false"),
        "int" or "long" => ((bounds.Minimum ?? -5) + (bounds.Maximum is null ? 0 : Math.Floor(((bounds.Maximum ?? 0) - (bounds.Minimum ?? 0)) / 2))).ToString(CultureInfo.InvariantCulture),
        "double" or "decimal" => ((bounds.Minimum ?? 0) + 0.5m).ToString(CultureInfo.InvariantCulture),
        "string" when bounds.HasPattern => null,
        "string" => "\"" + new string('x', bounds.MinLength ?? _random.Next(0, 5)) + (Chance(2) ? "" : "") + "\"",
        "date" => "\"2025-04-17\"",
        "time" => "\"09:30:00Z\"",
        "datetime" => "\"2025-04-17T09:30:00+04:00\"",
        "duration" => "\"PT1H30M\"",
        "uuid" => "\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"",
        "uri" => "\"https://news.az\"",
        _ => null,
    };

    private void WriteDoc(StringBuilder text, string indent)
    {
        if (!Chance(2)) return;
        text.Append(indent).Append("/// ").Append(Pick("A plain line.", "Uses <tags> & \"quotes\".", "Ends with a backslash \\", "Has */ and /* inside.", "Braces { } and }}.")).Append('\n');
        if (Chance(3)) text.Append(indent).Append("/// A second line.\n");
    }

    private string NewTypeName()
    {
        while (true)
        {
            string name = char.ToUpperInvariant(Pick(Words)[0]) + Pick(Words).Substring(1) + _counter++.ToString(CultureInfo.InvariantCulture);
            if (_typeNames.Add(name)) return name;
        }
    }

    private string NewFieldName(string typeName, int index)
    {
        int roll = _random.Next(10);
        if (roll == 0) return char.ToLowerInvariant(typeName[0]) + typeName.Substring(1);
        if (roll < 3) return Pick(HostileFieldNames);
        return Pick(Words) + (Chance(2) ? index.ToString(CultureInfo.InvariantCulture) : "");
    }

    private bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    private string Pick(params string[] options) => options[_random.Next(options.Length)];
}
