using System.Globalization;
using System.Text;

namespace EventSchema.Benchmarks.Corpus;

/// <summary>
/// Writes a planned file as the C# a team would hand-write for the same types: sealed records with
/// init-only properties (required unless optional or defaulted), one attribute per constraint, XML
/// doc comments, enums, and record structs for scalars.
/// </summary>
internal static class CSharpWriter
{
    private const string Indent = "    ";

    public static string Write(PlannedFile file)
    {
        var text = new StringBuilder(8192);
        text.Append("using System;\n")
            .Append("using System.Collections.Generic;\n")
            .Append("using System.ComponentModel.DataAnnotations;\n")
            .Append("using System.Text.Json.Serialization;\n");
        foreach (string imported in file.Usings) text.Append("using ").Append(imported).Append(";\n");
        text.Append('\n').Append("namespace ").Append(file.Namespace).Append(";\n");

        foreach (var declaration in file.Declarations)
        {
            text.Append('\n');
            WriteDocumentation(text, declaration.Documentation, indent: "");
            switch (declaration)
            {
                case PlannedScalar scalar:
                    WriteAttributes(text, scalar.Decorators, indent: "");
                    text.Append("public readonly record struct ").Append(scalar.Name)
                        .Append('(').Append(PrimitiveName(scalar.Primitive)).Append(" Value);\n");
                    break;
                case PlannedEnum enumeration:
                    WriteEnum(text, enumeration);
                    break;
                case PlannedRecord record:
                    WriteRecord(text, record);
                    break;
            }
        }
        return text.ToString();
    }

    private static void WriteEnum(StringBuilder text, PlannedEnum enumeration)
    {
        text.Append("public enum ").Append(enumeration.Name);
        if (enumeration.Members.All(m => m.JsonValue is null && m.Documentation is null))
        {
            text.Append(" { ").AppendJoin(", ", enumeration.Members.Select(m => Pascal(m.Name))).Append(" }\n");
            return;
        }
        text.Append("\n{\n");
        foreach (var member in enumeration.Members)
        {
            WriteDocumentation(text, member.Documentation, Indent);
            if (member.JsonValue is not null)
            {
                text.Append(Indent).Append("[JsonStringEnumMemberName(").Append(Literal(member.JsonValue)).Append(")]\n");
            }
            text.Append(Indent).Append(Pascal(member.Name)).Append(",\n");
        }
        text.Append("}\n");
    }

    private static void WriteRecord(StringBuilder text, PlannedRecord record)
    {
        WriteAttributes(text, record.Decorators, indent: "");
        text.Append("public sealed record ").Append(record.Name).Append(record.IsEvent ? " : IEvent\n{\n" : "\n{\n");
        for (int i = 0; i < record.Fields.Count; i++)
        {
            var field = record.Fields[i];
            if (i > 0) text.Append('\n');
            WriteDocumentation(text, field.Documentation, Indent);
            WriteAttributes(text, field.Decorators, Indent);
            text.Append(Indent).Append("public ");
            if (!field.Optional && field.Default is null) text.Append("required ");
            WriteType(text, field.Type);
            if (field.Optional) text.Append('?');
            text.Append(' ').Append(Pascal(field.Name)).Append(" { get; init; }");
            if (field.Default is not null) text.Append(" = ").Append(Literal(field.Default)).Append(';');
            text.Append('\n');
        }
        text.Append("}\n");
    }

    private static void WriteType(StringBuilder text, FieldType type)
    {
        switch (type)
        {
            case PrimitiveFieldType primitive:
                text.Append(PrimitiveName(primitive.SchemaName));
                break;
            case ListFieldType list:
                text.Append("IReadOnlyList<");
                WriteType(text, list.Element);
                text.Append('>');
                break;
            case SetFieldType set:
                text.Append("IReadOnlySet<");
                WriteType(text, set.Element);
                text.Append('>');
                break;
            case MapFieldType map:
                text.Append("IReadOnlyDictionary<string, ");
                WriteType(text, map.Value);
                text.Append('>');
                break;
            case ReferenceFieldType reference:
                text.Append(reference.Qualified ? reference.Target.FullName : reference.Target.Name);
                break;
        }
    }

    private static string PrimitiveName(string schemaName) => schemaName switch
    {
        "date" => "DateOnly",
        "time" => "TimeOnly",
        "datetime" => "DateTimeOffset",
        "duration" => "TimeSpan",
        "uuid" => "Guid",
        "uri" => "Uri",
        _ => schemaName, // string, bool, int, long, double and decimal are C# keywords too.
    };

    private static void WriteAttributes(StringBuilder text, IReadOnlyList<Decorator> decorators, string indent)
    {
        foreach (var decorator in decorators)
        {
            text.Append(indent).Append('[').Append(AttributeName(decorator.Name));
            if (decorator.Argument is { } argument) text.Append('(').Append(Literal(argument)).Append(')');
            text.Append("]\n");
        }
    }

    private static string AttributeName(string decorator) => decorator switch
    {
        "minLength" or "minItems" => "MinLength",
        "maxLength" or "maxItems" => "MaxLength",
        "pattern" => "RegularExpression",
        "json" => "JsonPropertyName",
        "version" => "EventVersion",
        "summary" => "EventSummary",
        "type" => "EventType",
        "deprecated" => "Obsolete",
        _ => Pascal(decorator), // Minimum, Maximum, UniqueItems: same-named attributes.
    };

    private static void WriteDocumentation(StringBuilder text, string? documentation, string indent)
    {
        if (documentation is not null)
        {
            text.Append(indent).Append("/// <summary>").Append(documentation).Append("</summary>\n");
        }
    }

    private static string Pascal(string camel) => char.ToUpperInvariant(camel[0]) + camel[1..];

    private static string Literal(object? value) => value switch
    {
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Unsupported literal {value}.", nameof(value)),
    };
}
