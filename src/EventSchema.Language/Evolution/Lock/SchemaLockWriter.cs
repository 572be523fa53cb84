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
        var declarations = new SortedDictionary<string, SchemaJsonNode>(System.StringComparer.Ordinal);
        foreach (var declaration in schemaLock.Declarations)
        {
            var versions = new JsonArrayNode();
            foreach (var version in declaration.Versions) versions.Add(WriteVersion(version));
            declarations[declaration.FullName] = Sorted(new Dictionary<string, SchemaJsonNode>
            {
                ["kind"] = SchemaJsonNode.String(KindName(declaration.Kind)),
                ["versions"] = versions,
            });
        }
        var root = Sorted(new Dictionary<string, SchemaJsonNode>
        {
            ["formatVersion"] = SchemaJsonNode.Number(SchemaLock.FormatVersion),
            ["declarations"] = Sorted(declarations),
            // A lock read from an older format, which did not record it, is written with the build's default.
            ["jsonNaming"] = SchemaJsonNode.String(JsonNamings.Name(schemaLock.JsonNaming ?? JsonNaming.AsWritten)),
        });
        return JsonNodeWriter.Write(root, indented: true) + "\n";
    }

    internal static string KindName(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Record => "record",
        DeclarationKind.Event => "event",
        DeclarationKind.Enum => "enum",
        DeclarationKind.Union => "union",
        _ => "scalar",
    };

    private static SchemaJsonNode WriteVersion(DeclarationShape shape)
    {
        var properties = new Dictionary<string, SchemaJsonNode>
        {
            ["version"] = SchemaJsonNode.Number(shape.Version),
        };
        if (shape.EventType is not null) properties["eventType"] = SchemaJsonNode.String(shape.EventType);
        switch (shape.Kind)
        {
            case DeclarationKind.Record:
            case DeclarationKind.Event:
            {
                var fields = new Dictionary<string, SchemaJsonNode>();
                foreach (var field in shape.Fields) fields[field.JsonName] = WriteField(field);
                properties["fields"] = Sorted(fields);
                break;
            }
            case DeclarationKind.Enum:
            {
                var members = new Dictionary<string, SchemaJsonNode>();
                foreach (var member in shape.Members) members[member.JsonValue] = SchemaJsonNode.String(member.Name);
                properties["members"] = Sorted(members);
                break;
            }
            case DeclarationKind.Union:
            {
                properties["discriminator"] = SchemaJsonNode.String(shape.DiscriminatorProperty ?? Semantics.UnionSymbol.DefaultDiscriminatorProperty);
                var members = new Dictionary<string, SchemaJsonNode>();
                foreach (var member in shape.UnionMembers) members[member.MemberFullName] = WriteUnionMember(member);
                properties["members"] = Sorted(members);
                break;
            }
            default:
                if (shape.UnderlyingType is not null) properties["type"] = SchemaJsonNode.String(shape.UnderlyingType.ToString());
                WriteConstraints(shape.Constraints, properties);
                break;
        }
        return Sorted(properties);
    }

    // An event told apart by its event type says so, rather than quoting one version's type string.
    private static SchemaJsonNode WriteUnionMember(UnionMemberShape member)
        => Sorted(new Dictionary<string, SchemaJsonNode>
        {
            [member.DiscriminatorValue is null ? "eventType" : "discriminatorValue"] = member.DiscriminatorValue is null ? SchemaJsonNode.True : SchemaJsonNode.String(member.DiscriminatorValue),
        });

    private static SchemaJsonNode WriteField(FieldShape field)
    {
        var properties = new Dictionary<string, SchemaJsonNode>
        {
            ["name"] = SchemaJsonNode.String(field.Name),
            ["type"] = SchemaJsonNode.String(field.Type.ToString()),
        };
        if (field.IsOptional) properties["optional"] = SchemaJsonNode.True;
        // A key other than the name is a fixed wire name already; one equal to it says so only when the naming cannot change it.
        if (field.KeepsJsonName && field.JsonName == field.Name) properties["fixedJsonName"] = SchemaJsonNode.True;
        if (field.DefaultJson is not null) properties["default"] = SchemaJsonNode.Number(field.DefaultJson); // already canonical JSON text
        WriteConstraints(field.Constraints, properties);
        return Sorted(properties);
    }

    private static void WriteConstraints(Constraints constraints, Dictionary<string, SchemaJsonNode> properties)
    {
        if (constraints.MinLength is { } minLength) properties["minLength"] = SchemaJsonNode.Number(minLength);
        if (constraints.MaxLength is { } maxLength) properties["maxLength"] = SchemaJsonNode.Number(maxLength);
        if (constraints.Pattern is { } pattern) properties["pattern"] = SchemaJsonNode.String(pattern);
        if (constraints.Minimum is { } minimum) properties["minimum"] = Number(minimum);
        if (constraints.Maximum is { } maximum) properties["maximum"] = Number(maximum);
        if (constraints.ExclusiveMinimum is { } exclusiveMinimum) properties["exclusiveMinimum"] = Number(exclusiveMinimum);
        if (constraints.ExclusiveMaximum is { } exclusiveMaximum) properties["exclusiveMaximum"] = Number(exclusiveMaximum);
        if (constraints.MinItems is { } minItems) properties["minItems"] = SchemaJsonNode.Number(minItems);
        if (constraints.MaxItems is { } maxItems) properties["maxItems"] = SchemaJsonNode.Number(maxItems);
        if (constraints.UniqueItems) properties["uniqueItems"] = SchemaJsonNode.True;
    }

    private static SchemaJsonNode Number(NumericLiteral literal) => SchemaJsonNode.Number(LiteralJson.Number(literal.Value));

    private static JsonObjectNode Sorted(IDictionary<string, SchemaJsonNode> properties)
    {
        var keys = new List<string>(properties.Keys);
        keys.Sort(System.StringComparer.Ordinal);
        var node = new JsonObjectNode();
        foreach (var key in keys) node.Set(key, properties[key]);
        return node;
    }

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
