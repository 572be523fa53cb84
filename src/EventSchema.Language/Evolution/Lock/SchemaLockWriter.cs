using System.Collections.Generic;
using System.Globalization;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Evolution.Lock;

/// <summary>
/// Writes a <see cref="SchemaLock"/> as JSON: every object's keys sorted (ordinal), versions oldest first, two-space
/// indentation, LF line ends and a final newline, non-ASCII escaped, so the same lock is the same bytes everywhere and a
/// change shows as a small diff.
/// </summary>
internal static class SchemaLockWriter
{
    public static string Write(SchemaLock schemaLock)
    {
        var declarations = new SortedDictionary<string, JsonNode>(System.StringComparer.Ordinal);
        foreach (var declaration in schemaLock.Declarations)
        {
            var versions = new JsonArrayNode();
            foreach (var version in declaration.Versions) versions.Add(WriteVersion(version));
            declarations[declaration.FullName] = Sorted(new Dictionary<string, JsonNode>
            {
                ["kind"] = JsonNode.String(KindName(declaration.Kind)),
                ["versions"] = versions,
            });
        }
        var root = Sorted(new Dictionary<string, JsonNode>
        {
            ["formatVersion"] = JsonNode.Number(SchemaLock.FormatVersion),
            ["declarations"] = Sorted(declarations),
        });
        return JsonNodeWriter.Write(root, indented: true) + "\n";
    }

    internal static string KindName(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Record => "record",
        DeclarationKind.Event => "event",
        DeclarationKind.Enum => "enum",
        _ => "scalar",
    };

    private static JsonNode WriteVersion(DeclarationShape shape)
    {
        var properties = new Dictionary<string, JsonNode>
        {
            ["version"] = JsonNode.Number(shape.Version),
        };
        if (shape.EventType is not null) properties["eventType"] = JsonNode.String(shape.EventType);
        switch (shape.Kind)
        {
            case DeclarationKind.Record:
            case DeclarationKind.Event:
            {
                var fields = new Dictionary<string, JsonNode>();
                foreach (var field in shape.Fields) fields[field.JsonName] = WriteField(field);
                properties["fields"] = Sorted(fields);
                break;
            }
            case DeclarationKind.Enum:
            {
                var members = new Dictionary<string, JsonNode>();
                foreach (var member in shape.Members) members[member.JsonValue] = JsonNode.String(member.Name);
                properties["members"] = Sorted(members);
                break;
            }
            default:
                if (shape.UnderlyingType is not null) properties["type"] = JsonNode.String(shape.UnderlyingType.ToString());
                WriteConstraints(shape.Constraints, properties);
                break;
        }
        return Sorted(properties);
    }

    private static JsonNode WriteField(FieldShape field)
    {
        var properties = new Dictionary<string, JsonNode>
        {
            ["name"] = JsonNode.String(field.Name),
            ["type"] = JsonNode.String(field.Type.ToString()),
        };
        if (field.IsOptional) properties["optional"] = JsonNode.True;
        if (field.DefaultJson is not null) properties["default"] = JsonNode.Number(field.DefaultJson); // already canonical JSON text
        WriteConstraints(field.Constraints, properties);
        return Sorted(properties);
    }

    private static void WriteConstraints(Constraints constraints, Dictionary<string, JsonNode> properties)
    {
        if (constraints.MinLength is { } minLength) properties["minLength"] = JsonNode.Number(minLength);
        if (constraints.MaxLength is { } maxLength) properties["maxLength"] = JsonNode.Number(maxLength);
        if (constraints.Pattern is { } pattern) properties["pattern"] = JsonNode.String(pattern);
        if (constraints.Minimum is { } minimum) properties["minimum"] = Number(minimum);
        if (constraints.Maximum is { } maximum) properties["maximum"] = Number(maximum);
        if (constraints.ExclusiveMinimum is { } exclusiveMinimum) properties["exclusiveMinimum"] = Number(exclusiveMinimum);
        if (constraints.ExclusiveMaximum is { } exclusiveMaximum) properties["exclusiveMaximum"] = Number(exclusiveMaximum);
        if (constraints.MinItems is { } minItems) properties["minItems"] = JsonNode.Number(minItems);
        if (constraints.MaxItems is { } maxItems) properties["maxItems"] = JsonNode.Number(maxItems);
        if (constraints.UniqueItems) properties["uniqueItems"] = JsonNode.True;
    }

    private static JsonNode Number(NumericLiteral literal) => JsonNode.Number(LiteralJson.Number(literal.Value));

    private static JsonObjectNode Sorted(IDictionary<string, JsonNode> properties)
    {
        var keys = new List<string>(properties.Keys);
        keys.Sort(System.StringComparer.Ordinal);
        var node = new JsonObjectNode();
        foreach (var key in keys) node.Set(key, properties[key]);
        return node;
    }

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
