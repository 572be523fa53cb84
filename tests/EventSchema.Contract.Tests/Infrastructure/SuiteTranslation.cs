using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EventSchema.Contract.Tests.Infrastructure;

/// <summary>
/// Turns JSON-Schema-Test-Suite groups into schema files. A group translates when its schema uses only keywords the
/// language has (besides <c>$schema</c> and a <c>type</c> that matches the field): the string length and pattern
/// keywords become a <c>string</c> field, the numeric bounds a <c>decimal</c> one (<c>double</c> when an instance
/// does not fit a decimal), the item keywords a <c>list</c> whose item type follows the instance's items, and a
/// format the matching built-in type. Keyword values are copied as written, so the language's own checks decide
/// whether it accepts them.
/// </summary>
public static class SuiteTranslation
{
    /// <summary>The suite files whose cases the language can express, relative to the draft folder.</summary>
    public static readonly string[] Files =
    [
        "minLength.json", "maxLength.json", "pattern.json", "optional/ecmascript-regex.json", "optional/non-bmp-regex.json",
        "minimum.json", "maximum.json", "exclusiveMinimum.json", "exclusiveMaximum.json",
        "minItems.json", "maxItems.json", "uniqueItems.json",
        "optional/format/date.json", "optional/format/date-time.json", "optional/format/time.json",
        "optional/format/duration.json", "optional/format/uuid.json", "optional/format/uri-reference.json", "optional/format/uri.json",
    ];

    private static readonly HashSet<string> StringKeywords = ["minLength", "maxLength", "pattern"];
    private static readonly HashSet<string> NumberKeywords = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
    private static readonly HashSet<string> ItemKeywords = ["minItems", "maxItems", "uniqueItems"];

    // The language's uri is a URI reference (RFC 3986 section 4.1) and is exported as format: uri-reference; format: uri
    // (absolute URIs only) has no form in the language, so uri.json's groups count as outside it.
    private static readonly Dictionary<string, string> Formats = new(StringComparer.Ordinal)
    {
        ["date"] = "date", ["date-time"] = "datetime", ["time"] = "time", ["duration"] = "duration", ["uuid"] = "uuid", ["uri-reference"] = "uri",
    };

    private enum FieldKind { String, Number, Items, Format }

    /// <summary>Every group of <see cref="Files"/>, translated.</summary>
    public static IReadOnlyList<SuiteGroup> Load(string draftFolder)
    {
        var groups = new List<SuiteGroup>();
        for (var fileIndex = 0; fileIndex < Files.Length; fileIndex++)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(draftFolder, Files[fileIndex])));
            var groupIndex = 0;
            foreach (var group in document.RootElement.EnumerateArray())
            {
                groups.Add(Translate(Files[fileIndex], $"Contract.F{fileIndex:00}.G{groupIndex:00}", group));
                groupIndex++;
            }
        }
        return groups;
    }

    private static SuiteGroup Translate(string file, string ns, JsonElement group)
    {
        var description = group.GetProperty("description").GetString()!;
        var cases = group.GetProperty("tests").EnumerateArray()
            .Select(test => new SuiteCase(file, description, test.GetProperty("description").GetString()!, test.GetProperty("data").Clone(), test.GetProperty("valid").GetBoolean()))
            .ToList();
        var schemaPath = $"suite/{ns}.eventschema";
        var schema = group.GetProperty("schema");
        var kind = KindOf(schema, out var decorators, out var formatType);
        if (kind is null) return new SuiteGroup(file, description, schemaPath, "", [], cases, false);

        var fieldTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        var expressible = new List<(SuiteCase, string)>();
        var outside = new List<SuiteCase>();
        var numberType = kind == FieldKind.Number && cases.Any(c => c.Instance.ValueKind == JsonValueKind.Number && !c.Instance.TryGetDecimal(out _)) ? "double" : "decimal";
        foreach (var suiteCase in cases)
        {
            var fieldType = kind switch
            {
                FieldKind.String => suiteCase.Instance.ValueKind == JsonValueKind.String ? "string" : null,
                FieldKind.Format => suiteCase.Instance.ValueKind == JsonValueKind.String ? formatType : null,
                FieldKind.Number => suiteCase.Instance.ValueKind == JsonValueKind.Number ? numberType : null,
                _ => suiteCase.Instance.ValueKind == JsonValueKind.Array ? TypeOf(suiteCase.Instance) : null,
            };
            if (fieldType is null)
            {
                outside.Add(suiteCase);
                continue;
            }
            if (!fieldTypes.TryGetValue(fieldType, out var record))
            {
                record = fieldTypes.Count == 0 ? "Instance" : "Instance" + fieldTypes.Count.ToString(CultureInfo.InvariantCulture);
                fieldTypes.Add(fieldType, record);
            }
            expressible.Add((suiteCase, ns + "." + record));
        }

        var text = new StringBuilder();
        text.Append("// ").Append(file).Append(": ").AppendLine(description.Replace('\n', ' '));
        text.Append("namespace ").Append(ns).AppendLine(";");
        foreach (var (fieldType, record) in fieldTypes)
        {
            text.AppendLine().Append("record ").Append(record).AppendLine(" {");
            text.Append("  ").Append(string.Concat(decorators.Select(d => d + " "))).Append("value: ").Append(fieldType).AppendLine(";");
            text.AppendLine("}");
        }
        return new SuiteGroup(file, description, schemaPath, fieldTypes.Count == 0 ? "" : text.ToString(), expressible, outside, kind == FieldKind.Format || decorators.Any(d => d.StartsWith("@pattern", StringComparison.Ordinal)));
    }

    /// <summary>The kind of field the schema constrains and its decorators, or null when a keyword has no form in the language.</summary>
    private static FieldKind? KindOf(JsonElement schema, out List<string> decorators, out string? formatType)
    {
        decorators = [];
        formatType = null;
        FieldKind? kind = null;
        string? type = null;
        foreach (var property in schema.EnumerateObject())
        {
            FieldKind propertyKind;
            if (property.Name == "$schema") continue;
            if (property.Name == "type" && property.Value.ValueKind == JsonValueKind.String)
            {
                type = property.Value.GetString();
                continue;
            }
            if (StringKeywords.Contains(property.Name)) propertyKind = FieldKind.String;
            else if (NumberKeywords.Contains(property.Name)) propertyKind = FieldKind.Number;
            else if (ItemKeywords.Contains(property.Name)) propertyKind = FieldKind.Items;
            else if (property.Name == "format" && Formats.TryGetValue(property.Value.GetString()!, out formatType)) propertyKind = FieldKind.Format;
            else return null;
            if (kind is not null && kind != propertyKind) return null;
            kind = propertyKind;
            if (propertyKind == FieldKind.Format) continue;
            if (property.Name == "uniqueItems")
            {
                if (property.Value.ValueKind == JsonValueKind.True) decorators.Add("@uniqueItems");
                else if (property.Value.ValueKind != JsonValueKind.False) return null;
                continue;
            }
            decorators.Add(property.Value.ValueKind switch
            {
                JsonValueKind.String => $"@{property.Name}(\"{SchemaString(property.Value.GetString()!)}\")",
                JsonValueKind.Number => $"@{property.Name}({property.Value.GetRawText()})",
                _ => $"@{property.Name}({property.Value.GetRawText()})",
            });
        }
        var expectedType = kind switch
        {
            FieldKind.String or FieldKind.Format => "string",
            FieldKind.Number => "number",
            FieldKind.Items => "array",
            _ => null,
        };
        return type is null || type == expectedType ? kind : null;
    }

    /// <summary>
    /// The field type that holds a JSON value: numbers as decimal, lists and maps of one item type; null for
    /// <c>null</c>, mixed items and numbers a decimal cannot hold.
    /// </summary>
    private static string? TypeOf(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String: return "string";
            case JsonValueKind.True or JsonValueKind.False: return "bool";
            case JsonValueKind.Number: return value.TryGetDecimal(out _) ? "decimal" : null;
            case JsonValueKind.Array:
                var item = Uniform(value.EnumerateArray());
                return item is null ? null : $"list<{item}>";
            case JsonValueKind.Object:
                var entry = Uniform(value.EnumerateObject().Select(property => property.Value));
                return entry is null ? null : $"map<string, {entry}>";
            default: return null;
        }
    }

    private static string? Uniform(IEnumerable<JsonElement> items)
    {
        string? type = null;
        foreach (var item in items)
        {
            var itemType = TypeOf(item);
            if (itemType is null || (type is not null && type != itemType)) return null;
            type = itemType;
        }
        return type ?? "decimal";
    }

    /// <summary>A string literal of the schema language: JSON escapes, and every character outside printable ASCII escaped.</summary>
    public static string SchemaString(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case >= ' ' and <= '~': text.Append(c); break;
                default: text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            }
        }
        return text.ToString();
    }
}
