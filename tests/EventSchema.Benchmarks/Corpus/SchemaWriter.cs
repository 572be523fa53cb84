using System.Globalization;
using System.Text;

namespace EventSchema.Benchmarks.Corpus;

/// <summary>Writes a planned file as <c>.eventschema</c> text, in the style of the seed schemas.</summary>
internal static class SchemaWriter
{
    public static string Write(PlannedFile file)
    {
        var text = new StringBuilder(4096);
        text.Append("namespace ").Append(file.Namespace).Append(";\n");
        if (file.Usings.Count > 0) text.Append('\n');
        foreach (string imported in file.Usings) text.Append("using ").Append(imported).Append(";\n");

        foreach (var declaration in file.Declarations)
        {
            text.Append('\n');
            WriteDocumentation(text, declaration.Documentation, indent: "");
            switch (declaration)
            {
                case PlannedScalar scalar:
                    WriteDeclarationDecorators(text, scalar.Decorators);
                    text.Append("scalar ").Append(scalar.Name).Append(" : ").Append(scalar.Primitive).Append(";\n");
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
        text.Append("enum ").Append(enumeration.Name);
        if (enumeration.Members.All(m => m.JsonValue is null && m.Documentation is null))
        {
            text.Append(" { ").AppendJoin(", ", enumeration.Members.Select(m => m.Name)).Append(" }\n");
            return;
        }
        text.Append(" {\n");
        foreach (var member in enumeration.Members)
        {
            WriteDocumentation(text, member.Documentation, indent: "  ");
            text.Append("  ").Append(member.Name);
            if (member.JsonValue is not null) text.Append(" = ").Append(Literal(member.JsonValue));
            text.Append(",\n");
        }
        text.Append("}\n");
    }

    private static void WriteRecord(StringBuilder text, PlannedRecord record)
    {
        WriteDeclarationDecorators(text, record.Decorators);
        text.Append(record.IsEvent ? "event " : "record ").Append(record.Name).Append(" {\n");
        foreach (var field in record.Fields)
        {
            WriteDocumentation(text, field.Documentation, indent: "  ");
            // One decorator stays on the field's line; several go on a line of their own.
            WriteDecorators(text, field.Decorators, indent: "  ", separator: field.Decorators.Count == 1 ? " " : "\n");
            if (field.Decorators.Count != 1) text.Append("  ");
            text.Append(field.Name).Append(field.Optional ? "?: " : ": ");
            WriteType(text, field.Type);
            if (field.Default is not null) text.Append(" = ").Append(Literal(field.Default));
            text.Append(";\n");
        }
        text.Append("}\n");
    }

    private static void WriteType(StringBuilder text, FieldType type)
    {
        switch (type)
        {
            case PrimitiveFieldType primitive:
                text.Append(primitive.SchemaName);
                break;
            case ListFieldType list:
                text.Append("list<");
                WriteType(text, list.Element);
                text.Append('>');
                break;
            case SetFieldType set:
                text.Append("set<");
                WriteType(text, set.Element);
                text.Append('>');
                break;
            case MapFieldType map:
                text.Append("map<string, ");
                WriteType(text, map.Value);
                text.Append('>');
                break;
            case ReferenceFieldType reference:
                text.Append(reference.Qualified ? reference.Target.FullName : reference.Target.Name);
                break;
        }
    }

    private static void WriteDeclarationDecorators(StringBuilder text, IReadOnlyList<Decorator> decorators)
    {
        foreach (var decorator in decorators) WriteDecorators(text, [decorator], indent: "", separator: "\n");
    }

    private static void WriteDecorators(StringBuilder text, IReadOnlyList<Decorator> decorators, string indent, string separator)
    {
        if (decorators.Count == 0) return;
        text.Append(indent);
        for (int i = 0; i < decorators.Count; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append('@').Append(decorators[i].Name);
            if (decorators[i].Argument is { } argument) text.Append('(').Append(Literal(argument)).Append(')');
        }
        text.Append(separator);
    }

    private static void WriteDocumentation(StringBuilder text, string? documentation, string indent)
    {
        if (documentation is not null) text.Append(indent).Append("/// ").Append(documentation).Append('\n');
    }

    private static string Literal(object? value) => value switch
    {
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Unsupported literal {value}.", nameof(value)),
    };
}
