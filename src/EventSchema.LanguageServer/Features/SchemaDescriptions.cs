using System.Text;
using EventSchema.Language.Semantics;

namespace EventSchema.LanguageServer.Features;

/// <summary>Describes symbols in the words and notation users write, for hover and completion.</summary>
internal static class SchemaDescriptions
{
    public static string Keyword(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Record => "record",
        DeclarationKind.Event => "event",
        DeclarationKind.Enum => "enum",
        DeclarationKind.Union => "union",
        _ => "scalar",
    };

    /// <summary>The constraints as the decorators that set them.</summary>
    public static IReadOnlyList<string> Decorators(Constraints constraints) => constraints.AsDecorators(Language.Binding.StringLiteral.Encode);

    public static string Declaration(DeclarationSymbol declaration)
    {
        var text = new StringBuilder();
        text.Append("```eventschema\n");
        switch (declaration)
        {
            case ScalarSymbol scalar:
                foreach (string decorator in Decorators(scalar.Constraints)) text.Append(decorator).Append('\n');
                text.Append("scalar ").Append(scalar.FullName).Append(" : ").Append(scalar.UnderlyingType.Keyword).Append(";\n");
                break;
            case EnumSymbol @enum:
                text.Append("enum ").Append(@enum.FullName).Append(" { ")
                    .Append(string.Join(", ", @enum.Members.Select(m => m.JsonValue == m.Name ? m.Name : $"{m.Name} = \"{m.JsonValue}\"")))
                    .Append(" }\n");
                break;
            case UnionSymbol union:
                if (union.DiscriminatorProperty != UnionSymbol.DefaultDiscriminatorProperty) text.Append("@discriminator(\"").Append(union.DiscriminatorProperty).Append("\")\n");
                text.Append("union ").Append(union.FullName).Append(" = ").Append(string.Join(" | ", union.Members.Select(m => m.Record.FullName))).Append(";\n");
                break;
            case RecordSymbol record:
                if (record.IsEvent && record.Version is { } version) text.Append("@version(").Append(version).Append(")\n");
                text.Append(Keyword(record.Kind)).Append(' ').Append(record.FullName).Append(" {\n");
                foreach (var field in record.Fields) text.Append("  ").Append(FieldSignature(field)).Append('\n');
                text.Append("}\n");
                break;
        }
        text.Append("```");
        AppendDocumentation(text, declaration.Documentation, declaration.DeprecationMessage);
        if (declaration is RecordSymbol { EventType: { } eventType }) text.Append("\n\nEvent type: `").Append(eventType).Append('`');
        if (declaration is RecordSymbol { Summary: { } summary }) text.Append("\n\nSummary: ").Append(summary.Text);
        if (declaration is UnionSymbol described)
        {
            if (described.DeclaringField is { } field) text.Append("\n\nWritten in place in the type of `").Append(field).Append('`');
            if (described.NestedUnions.Count > 0)
            {
                text.Append("\n\nLists the union").Append(described.NestedUnions.Count == 1 ? " " : "s ")
                    .Append(string.Join(", ", described.NestedUnions.Select(u => "`" + u.FullName + "`"))).Append(", whose members are its members");
            }
            text.Append("\n\nOn the wire, `").Append(described.DiscriminatorProperty).Append("` says which member an object is: ")
                .Append(string.Join(", ", described.Members.Select(m => "`\"" + m.DiscriminatorValue + "\"` for " + m.Record.Name)));
        }
        if (declaration.ReferenceName is { } assembly) text.Append("\n\nDeclared by the compiled assembly `").Append(assembly).Append("` this project references.");
        return text.ToString();
    }

    public static string Field(FieldSymbol field)
    {
        var text = new StringBuilder();
        text.Append("```eventschema\n");
        var fieldRules = field.Type is ListType or SetType or MapType ? field.Constraints.CollectionRules : field.Constraints;
        foreach (string decorator in Decorators(fieldRules)) text.Append(decorator).Append('\n');
        text.Append(FieldSignature(field)).Append("\n```");
        text.Append("\n\nField of `").Append(field.ContainingRecord.FullName).Append('`');
        if (field.JsonName != field.Name) text.Append(", JSON name `").Append(field.JsonName).Append('`');
        text.Append('.');
        if (field.IsOptional) text.Append(" Optional.");
        AppendDocumentation(text, field.Documentation, field.DeprecationMessage);
        return text.ToString();
    }

    public static string EnumMember(EnumMemberSymbol member)
    {
        var text = new StringBuilder();
        text.Append("```eventschema\n").Append(member.ContainingEnum.FullName).Append('.').Append(member.Name).Append("\n```");
        text.Append("\n\nJSON value `\"").Append(member.JsonValue).Append("\"`.");
        AppendDocumentation(text, member.Documentation, member.DeprecationMessage);
        return text.ToString();
    }

    public static string FieldSignature(FieldSymbol field)
    {
        var text = new StringBuilder();
        text.Append(field.Name);
        if (field.IsOptional) text.Append('?');
        text.Append(": ").Append(field.Type switch
        {
            null => "?",
            ListType or SetType or MapType => TypeText(field.Type, field.Constraints.ValueRules),
            _ => field.Type.DisplayName,
        });
        if (field.Default is { } value) text.Append(" = ").Append(value.Text);
        text.Append(';');
        return text.ToString();
    }

    // A collection's type as written, with the value rules on its innermost items and a map's key rules on its key.
    private static string TypeText(SchemaType type, Constraints itemRules) => type switch
    {
        ListType list => "list<" + TypeText(list.ElementType, itemRules) + (list.ElementIsNullable ? "?" : "") + ">",
        SetType set => "set<" + TypeText(set.ElementType, itemRules) + (set.ElementIsNullable ? "?" : "") + ">",
        MapType map => "map<" + WithRules(map.KeyType.DisplayName, map.KeyConstraints) + ", " + TypeText(map.ValueType, itemRules) + (map.ValueIsNullable ? "?" : "") + ">",
        _ => WithRules(type.DisplayName, itemRules),
    };

    private static string WithRules(string type, Constraints rules)
        => rules.IsEmpty ? type : string.Join(" ", Decorators(rules)) + " " + type;

    public static string BuiltInType(string keyword) => Language.Semantics.BuiltInType.Find(keyword)?.Description ?? keyword;

    private static void AppendDocumentation(StringBuilder text, string? documentation, string? deprecation)
    {
        if (deprecation is not null) text.Append("\n\n**Deprecated**").Append(deprecation.Length > 0 ? ": " + deprecation : ".");
        if (!string.IsNullOrWhiteSpace(documentation)) text.Append("\n\n").Append(documentation);
    }
}
