using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;

namespace EventSchema.Cli.Export;

/// <summary>
/// Writes a Markdown catalog: every event with its type string, version, summary, fields (wire name,
/// type, whether required, constraints, description) and an example payload; then the records, enums
/// and scalars the events use. Type names link to their sections.
/// </summary>
internal static class MarkdownCatalogWriter
{
    // A catalog is read by people: '+' in offsets, quotes and non-ASCII text stay as written, not \u escapes.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<DeclarationSymbol> declarations, string title, JsonNaming naming)
    {
        var events = declarations.OfType<RecordSymbol>().Where(r => r.IsEvent).ToList();
        var records = declarations.OfType<RecordSymbol>().Where(r => !r.IsEvent).ToList();
        var enums = declarations.OfType<EnumSymbol>().ToList();
        var scalars = declarations.OfType<ScalarSymbol>().ToList();
        var unions = declarations.OfType<UnionSymbol>().ToList();
        var examples = new ExampleBuilder(naming);
        var md = new StringBuilder();
        var catalogued = new HashSet<DeclarationSymbol>(declarations, ReferenceEqualityComparer.Instance);

        md.Append("# ").Append(title).Append("\n\n");
        var unionCount = unions.Count == 0 ? string.Empty : Counted.Of(unions.Count, "union") + ", ";
        md.Append($"{Counted.Of(events.Count, "event")}, {Counted.Of(records.Count, "record")}, {unionCount}{Counted.Of(enums.Count, "enum")} and {Counted.Of(scalars.Count, "scalar")}.\n\n");

        md.Append("## Events\n\n");
        foreach (var @event in events) md.Append("- [").Append(@event.FullName).Append("](#").Append(Anchor(@event)).Append(")").Append(Summary(@event.Documentation)).Append('\n');
        md.Append('\n');

        foreach (var @event in events)
        {
            Heading(md, "###", @event);
            Documentation(md, @event);
            md.Append("| | |\n|---|---|\n");
            md.Append("| Event type | `").Append(@event.EventType).Append("` |\n");
            md.Append("| Version | ").Append(@event.Version ?? 1).Append(" |\n");
            if (@event.Summary is { } summary) md.Append("| Summary | ").Append(Cell(summary.Text)).Append(" |\n");
            md.Append('\n');
            Fields(md, @event, naming, catalogued);
            if (examples.TryBuild(@event, out var reason) is { } example) md.Append("Example:\n\n```json\n").Append(example.ToJsonString(Indented).Replace("\r\n", "\n")).Append("\n```\n\n");
            else md.Append("No example payload meets every constraint: ").Append(Cell(reason!)).Append(".\n\n");
        }

        if (records.Count > 0)
        {
            md.Append("## Records\n\n");
            foreach (var record in records)
            {
                Heading(md, "###", record);
                Documentation(md, record);
                Fields(md, record, naming, catalogued);
            }
        }
        if (unions.Count > 0)
        {
            md.Append("## Unions\n\n");
            foreach (var union in unions)
            {
                Heading(md, "###", union);
                Documentation(md, union);
                md.Append("One of these, told apart by the property `").Append(union.DiscriminatorProperty).Append("`:\n\n");
                md.Append("| Member | Discriminator value |\n|---|---|\n");
                foreach (var member in union.Members)
                    md.Append("| ").Append(Link(member.Record, catalogued)).Append(" | `\"").Append(JsonNames.DiscriminatorValue(member, naming)).Append("\"` |\n");
                md.Append('\n');
            }
        }
        if (enums.Count > 0)
        {
            md.Append("## Enums\n\n");
            foreach (var @enum in enums)
            {
                Heading(md, "###", @enum);
                Documentation(md, @enum);
                md.Append("| Member | JSON value | Description |\n|---|---|---|\n");
                foreach (var member in @enum.Members)
                    md.Append("| ").Append(member.Name).Append(" | `\"").Append(member.JsonValue).Append("\"` | ").Append(Cell(Describe(member.Documentation, member.DeprecationMessage))).Append(" |\n");
                md.Append('\n');
            }
        }
        if (scalars.Count > 0)
        {
            md.Append("## Scalars\n\n");
            foreach (var scalar in scalars)
            {
                Heading(md, "###", scalar);
                Documentation(md, scalar);
                var rules = Rules(scalar.Constraints);
                md.Append("Underlying type `").Append(scalar.UnderlyingType.Keyword).Append('`')
                    .Append(rules.Length > 0 ? "; " + rules + ".\n\n" : ".\n\n");
            }
        }
        return md.ToString();
    }

    /// <summary><c>CredentialsPresented</c> becomes <c>Credentials presented</c>.</summary>
    public static string Title(string name)
    {
        string spaced = Regex.Replace(name, "(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ");
        return spaced.Length == 0 ? name : spaced[..1] + spaced[1..].ToLowerInvariant();
    }

    private static void Heading(StringBuilder md, string level, DeclarationSymbol declaration)
    {
        md.Append(level).Append(' ').Append(declaration.FullName).Append("\n\n");
        if (declaration.DeprecationMessage is { } reason) md.Append("> **Deprecated.** ").Append(reason).Append("\n\n");
    }

    private static void Documentation(StringBuilder md, DeclarationSymbol declaration)
    {
        if (!string.IsNullOrWhiteSpace(declaration.Documentation)) md.Append(declaration.Documentation!.Trim()).Append("\n\n");
    }

    private static void Fields(StringBuilder md, RecordSymbol record, JsonNaming naming, HashSet<DeclarationSymbol> catalogued)
    {
        if (record.Fields.Count == 0)
        {
            md.Append("No fields.\n\n");
            return;
        }
        md.Append("| Field | JSON name | Type | Required | Constraints | Description |\n|---|---|---|---|---|---|\n");
        foreach (var field in record.Fields)
        {
            // A default is what a reader takes when the field is absent, for an optional field as for a required one.
            string required = field.Default is { } value ? "no (default `" + value.Text.Replace("|", "\\|") + "`)" : field.IsOptional ? "no" : "yes";
            md.Append("| ").Append(field.Name)
                .Append(" | `").Append(JsonNames.WireName(field, naming)).Append('`')
                .Append(" | ").Append(TypeLink(field.Type, catalogued))
                .Append(" | ").Append(required)
                .Append(" | ").Append(Cell(FieldRules(field)))
                .Append(" | ").Append(Cell(Describe(field.Documentation, field.DeprecationMessage)))
                .Append(" |\n");
        }
        md.Append('\n');
    }

    private static string TypeLink(SchemaType type, HashSet<DeclarationSymbol> catalogued) => type switch
    {
        NamedType named => Link(named.Declaration, catalogued),
        ListType list => "list&lt;" + TypeLink(list.ElementType, catalogued) + (list.ElementIsNullable ? "?" : "") + "&gt;",
        SetType set => "set&lt;" + TypeLink(set.ElementType, catalogued) + (set.ElementIsNullable ? "?" : "") + "&gt;",
        MapType map => "map&lt;" + TypeLink(map.KeyType, catalogued) + ", " + TypeLink(map.ValueType, catalogued) + (map.ValueIsNullable ? "?" : "") + "&gt;",
        _ => "`" + type.DisplayName + "`",
    };

    /// <summary>
    /// A link to the declaration's section; a declaration of a referenced assembly (<c>--reference</c>) has no section
    /// in this catalog, so it is named in full instead of linking to nothing.
    /// </summary>
    private static string Link(DeclarationSymbol declaration, HashSet<DeclarationSymbol> catalogued)
        => catalogued.Contains(declaration) ? $"[{declaration.Name}](#{Anchor(declaration)})" : "`" + declaration.FullName + "`";

    /// <summary>
    /// A field's rules; on a collection, the value rules hold for its innermost items and a map's key rules for its keys,
    /// so each says which: <c>at least 1 item; keys: matches `^[A-Z]{3}$`; values: ≥ 0</c>.
    /// </summary>
    private static string FieldRules(FieldSymbol field)
    {
        if (field.Type is not (ListType or SetType or MapType)) return Rules(field.Constraints);
        var parts = new List<string>();
        string counts = Rules(field.Constraints.CollectionRules);
        if (counts.Length > 0) parts.Add(counts);
        SchemaType type = field.Type;
        bool valuesOfAMap = false;
        while (true)
        {
            if (type is MapType map)
            {
                string keys = Rules(map.KeyConstraints);
                if (keys.Length > 0) parts.Add("keys: " + keys);
                type = map.ValueType;
                valuesOfAMap = true;
            }
            else if (type is ListType list) (type, valuesOfAMap) = (list.ElementType, false);
            else if (type is SetType set) (type, valuesOfAMap) = (set.ElementType, false);
            else break;
        }
        string values = Rules(field.Constraints.ValueRules);
        if (values.Length > 0) parts.Add((valuesOfAMap ? "values: " : "items: ") + values);
        return string.Join("; ", parts);
    }

    private static string Rules(Constraints constraints)
    {
        var rules = new List<string>();
        if (constraints.MinLength is { } minLength) rules.Add("at least " + Counted.Of(minLength, "character"));
        if (constraints.MaxLength is { } maxLength) rules.Add("at most " + Counted.Of(maxLength, "character"));
        if (constraints.Pattern is { } pattern) rules.Add($"matches `{pattern}`");
        if (constraints.Minimum is { } minimum) rules.Add($"≥ {minimum.Text}");
        if (constraints.ExclusiveMinimum is { } exclusiveMinimum) rules.Add($"> {exclusiveMinimum.Text}");
        if (constraints.Maximum is { } maximum) rules.Add($"≤ {maximum.Text}");
        if (constraints.ExclusiveMaximum is { } exclusiveMaximum) rules.Add($"< {exclusiveMaximum.Text}");
        if (constraints.MinItems is { } minItems) rules.Add("at least " + Counted.Of(minItems, "item"));
        if (constraints.MaxItems is { } maxItems) rules.Add("at most " + Counted.Of(maxItems, "item"));
        if (constraints.UniqueItems) rules.Add("unique items");
        return string.Join(", ", rules);
    }

    private static string Describe(string? documentation, string? deprecation)
    {
        string text = (documentation ?? string.Empty).Replace('\n', ' ').Trim();
        if (deprecation is not null) text = ("**Deprecated**" + (deprecation.Length > 0 ? ": " + deprecation + "." : ".") + " " + text).Trim();
        return text;
    }

    private static string Summary(string? documentation)
        => string.IsNullOrWhiteSpace(documentation) ? string.Empty : ": " + documentation.Split('\n')[0].Trim();

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    /// <summary>The anchor GitHub and most renderers derive from a heading: lower case, dots and spaces dropped.</summary>
    private static string Anchor(DeclarationSymbol declaration) => declaration.FullName.ToLowerInvariant().Replace(".", string.Empty);

}
