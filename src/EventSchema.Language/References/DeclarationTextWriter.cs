using System;
using System.Globalization;
using System.Text;
using EventSchema.Language.Semantics;
using EventSchema.Language.Text;

namespace EventSchema.Language.References;

/// <summary>
/// Writes a bound declaration back as schema text that binds to the same declaration anywhere: type names fully
/// qualified, every field with its final wire name in <c>@json</c>, every event with its <c>@type</c> and
/// <c>@version</c>, every enum member with its value. Documentation, deprecation, constraints and defaults are
/// kept; <c>@summary</c> is not, as it only shapes the declaring assembly's own code.
/// </summary>
public static class DeclarationTextWriter
{
    /// <summary>The text of <paramref name="declaration"/>, whose fields carry the wire names given by <paramref name="wireName"/>.</summary>
    public static string Write(DeclarationSymbol declaration, Func<FieldSymbol, string> wireName)
    {
        if (declaration is null) throw new ArgumentNullException(nameof(declaration));
        if (wireName is null) throw new ArgumentNullException(nameof(wireName));
        var builder = new StringBuilder();
        WriteDocumentation(builder, declaration.Documentation, string.Empty);
        WriteDeprecation(builder, declaration.DeprecationMessage);
        switch (declaration)
        {
            case RecordSymbol record:
                if (record.IsEvent)
                {
                    builder.Append("@version(").Append((record.Version ?? 1).ToString(CultureInfo.InvariantCulture)).Append(") ");
                    if (record.EventType is not null) builder.Append("@type(").Append(Quote(record.EventType)).Append(") ");
                }
                if (record.DiscriminatorValue is not null) builder.Append("@discriminatorValue(").Append(Quote(record.DiscriminatorValue)).Append(") ");
                builder.Append(record.IsEvent ? "event " : "record ").Append(record.Name).Append(" {\n");
                foreach (FieldSymbol field in record.Fields)
                {
                    WriteDocumentation(builder, field.Documentation, "  ");
                    builder.Append("  ");
                    WriteDeprecation(builder, field.DeprecationMessage);
                    bool collection = field.Type is ListType or SetType or MapType;
                    // A collection's value rules are its items' rules, written on the innermost item type.
                    WriteConstraints(builder, collection ? ItemCountRules(field.Constraints) : field.Constraints);
                    builder.Append("@json(").Append(Quote(wireName(field))).Append(") ");
                    builder.Append(field.Name).Append(field.IsOptional ? "?: " : ": ");
                    WriteType(builder, field.Type, collection ? ValueRules(field.Constraints) : Constraints.None);
                    if (field.Default is { } value) builder.Append(" = ").Append(value.Text);
                    builder.Append(";\n");
                }
                builder.Append("}\n");
                break;
            case EnumSymbol enumSymbol:
                builder.Append("enum ").Append(enumSymbol.Name).Append(" {\n");
                foreach (EnumMemberSymbol member in enumSymbol.Members)
                {
                    WriteDocumentation(builder, member.Documentation, "  ");
                    builder.Append("  ");
                    WriteDeprecation(builder, member.DeprecationMessage);
                    builder.Append(member.Name).Append(" = ").Append(Quote(member.JsonValue)).Append(",\n");
                }
                builder.Append("}\n");
                break;
            case UnionSymbol union:
                // A union written in place is declared by name here: the field refers to it by its full name.
                builder.Append("@discriminator(").Append(Quote(union.DiscriminatorProperty)).Append(") ");
                builder.Append("union ").Append(union.Name).Append(" = ");
                for (int i = 0; i < union.Members.Count; i++)
                {
                    if (i > 0) builder.Append(" | ");
                    builder.Append(union.Members[i].Record.FullName);
                }
                builder.Append(";\n");
                break;
            case ScalarSymbol scalar:
                WriteConstraints(builder, scalar.Constraints);
                builder.Append("scalar ").Append(scalar.Name).Append(" : ").Append(scalar.UnderlyingType.Keyword).Append(";\n");
                break;
        }
        return builder.ToString();
    }

    private static void WriteType(StringBuilder builder, SchemaType type, Constraints itemRules)
    {
        switch (type)
        {
            case ListType list:
                builder.Append("list<");
                WriteItem(list.ElementType, list.ElementIsNullable);
                builder.Append('>');
                break;
            case SetType set:
                builder.Append("set<");
                WriteItem(set.ElementType, set.ElementIsNullable);
                builder.Append('>');
                break;
            case MapType map:
                builder.Append("map<");
                WriteConstraints(builder, map.KeyConstraints);
                builder.Append(map.KeyType.DisplayName).Append(", ");
                WriteItem(map.ValueType, map.ValueIsNullable);
                builder.Append('>');
                break;
            default:
                builder.Append(type.DisplayName);
                break;
        }

        void WriteItem(SchemaType item, bool nullable)
        {
            if (item is not (ListType or SetType or MapType)) WriteConstraints(builder, itemRules);
            WriteType(builder, item, itemRules);
            if (nullable) builder.Append('?');
        }
    }

    private static Constraints ItemCountRules(Constraints constraints)
        => new() { MinItems = constraints.MinItems, MaxItems = constraints.MaxItems, UniqueItems = constraints.UniqueItems };

    private static Constraints ValueRules(Constraints constraints)
        => constraints with { MinItems = null, MaxItems = null, UniqueItems = false };

    private static void WriteDocumentation(StringBuilder builder, string? documentation, string indent)
    {
        if (documentation is null) return;
        foreach (string line in documentation.Split('\n'))
        {
            builder.Append(indent).Append("/// ").Append(line.TrimEnd('\r')).Append('\n');
        }
    }

    private static void WriteDeprecation(StringBuilder builder, string? message)
    {
        if (message is null) return;
        builder.Append(message.Length == 0 ? "@deprecated " : "@deprecated(" + Quote(message) + ") ");
    }

    private static void WriteConstraints(StringBuilder builder, Constraints constraints)
    {
        foreach (string decorator in constraints.AsDecorators(Quote)) builder.Append(decorator).Append(' ');
    }

    /// <summary>A schema string literal; everything outside printable ASCII is escaped, so no character can be misread.</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        StringEscaper.AppendQuoted(builder, value, asciiOnly: true, lowerCaseHex: true);
        return builder.ToString();
    }
}
