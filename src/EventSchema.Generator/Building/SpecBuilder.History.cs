using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EventSchema.Generator.Model;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Evolution;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;

namespace EventSchema.Generator.Building;

/// <summary>
/// The past versions of an event, from the front end's <see cref="DeclarationHistory"/>: each version's shape as a
/// nested record, and for each property of the version after it where its value comes from. What C# can carry over
/// by itself (same field, renamed, widened, made optional; a new optional or defaulted field) is generated; anything
/// else is a <c>static partial</c> method the user writes, and <see cref="VersionConversions"/> reports one missing.
/// </summary>
internal sealed partial class SpecBuilder
{
    // Members the nested version records declare or inherit: a property may not take these names.
    private static readonly HashSet<string> VersionMemberNames = new(CSharpNames.RecordMemberNames.Concat(new[] { "EventType", "SchemaVersion", "Upcast", "ToCurrent" }), System.StringComparer.Ordinal);

    private VersionHistorySpec? BuildHistory(RecordSymbol record, RecordSpec current)
    {
        if (!record.IsEvent) return null;
        // Without history decorators every version has the current shape: there is nothing of its own to read. Each
        // version is read by its own event type string; a declared @type without a version suffix has one for all.
        if (record.PastVersions.Count == 0) return null;
        DeclarationHistory history = record.History;
        var shapes = history.AllVersions();
        var pastRecords = new List<RecordSpec>(shapes.Count - 1);
        for (int i = 0; i < shapes.Count - 1; i++) pastRecords.Add(BuildVersionShape(current, shapes[i]));

        var text = _compilation.SyntaxTrees.First(tree => string.Equals(tree.FilePath, record.FilePath, System.StringComparison.Ordinal)).Text;
        var past = new List<PastVersionSpec>(pastRecords.Count);
        for (int i = 0; i < pastRecords.Count; i++)
        {
            bool nextIsCurrent = i == pastRecords.Count - 1;
            RecordSpec next = nextIsCurrent ? current : pastRecords[i + 1];
            past.Add(new PastVersionSpec
            {
                Version = shapes[i].Version,
                EventType = shapes[i].EventType ?? string.Empty,
                Shape = pastRecords[i],
                NextTypeName = next.Name,
                ToNext = VersionConversions.Between(
                    shapes[i], pastRecords[i], shapes[i + 1], next,
                    (field, reason, signature) => DiagnosticBuilder.At(text, field.Symbol?.NameSpan ?? record.NameSpan)
                        .MissingVersionConversion(record.Name, field.Name, shapes[i].Version, reason, signature)).ToEquatableArray(),
            });
        }
        return new VersionHistorySpec { CurrentVersion = history.CurrentVersion, PastVersions = past.ToEquatableArray() };
    }

    /// <summary>One version's shape as a nested record named <c>V&lt;n&gt;</c>: fields with the names, wire names, types and optionality they had then.</summary>
    private RecordSpec BuildVersionShape(RecordSpec current, DeclarationShape shape)
    {
        string name = CSharpNames.PastVersionTypeName(shape.Version);
        var taken = new HashSet<string>(System.StringComparer.Ordinal) { name };
        var properties = new List<PropertySpec>(shape.Fields.Count);
        foreach (FieldShape field in shape.Fields)
        {
            ValueShape valueShape = Shape(field.Type);
            LiteralValue? literal = field.Symbol?.Default;
            string? defaultExpression = literal is null ? null : DefaultExpression(literal, valueShape);
            string propertyName = CSharpNames.Unique(CSharpNames.Pascal(field.Name), taken, "_", VersionMemberNames);
            properties.Add(new PropertySpec
            {
                Name = propertyName,
                SchemaName = field.Name,
                JsonName = JsonNames.WireName(field, _options.JsonNaming),
                DisplayName = CSharpNames.Display(field.Name),
                ItemDisplayName = CSharpNames.ItemDisplay(field.Name),
                Shape = valueShape,
                IsOptional = field.IsOptional,
                IsRequired = !field.IsOptional && defaultExpression is null,
                DefaultExpression = defaultExpression,
                // Past versions are read as they were written; the current value they convert into is what is validated.
                Rules = RuleSpec.None,
            });
        }
        string documentation = $"Version {shape.Version.ToString(CultureInfo.InvariantCulture)} of the {current.SchemaName} event as it was published"
            + (shape.EventType is null ? "." : $" ({shape.EventType}).");
        return new RecordSpec
        {
            Name = name,
            SchemaName = current.SchemaName,
            Documentation = documentation,
            Properties = properties.ToEquatableArray(),
            JsonSchema = VersionJsonSchemaOf(shape),
            SchemaFileName = System.IO.Path.GetFileName(shape.Symbol?.FilePath ?? string.Empty),
        };
    }

    private JsonSchemaSpec VersionJsonSchemaOf(DeclarationShape shape)
    {
        lock (JsonSchemas) return JsonSchemaSpecOf(JsonSchemas.VersionParts(shape, _compilation));
    }

    /// <summary>
    /// The wire names <paramref name="field"/> had at the older versions of its record, for a record that is not an event.
    /// A record's versions are its own, not those of the events that hold it, so a payload of any event version may hold it
    /// as any of its versions wrote it: its reader accepts the names a <c>@renamedFrom</c> history gives, where no other field
    /// of the record (current or removed) has that name on the wire at any version. Other changes need no help from the
    /// reader (added optional fields, widened types) or are backward breaks the compatibility checker reports.
    /// </summary>
    private EquatableArray<string> FormerJsonNames(FieldSymbol field)
    {
        var record = field.ContainingRecord;
        if (record.IsEvent || field.History.Renames.Count == 0) return EquatableArray<string>.Empty;
        string current = JsonNames.WireName(field, _options.JsonNaming);
        var former = new List<string>();
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (DeclarationShape shape in record.History.AllVersions())
        {
            foreach (FieldShape version in shape.Fields)
            {
                string wireName = JsonNames.WireName(version, _options.JsonNaming);
                if (!ReferenceEquals(version.Symbol, field)) taken.Add(wireName);
                else if (wireName != current && !former.Contains(wireName)) former.Add(wireName);
            }
        }
        foreach (FieldSymbol other in record.Fields)
        {
            if (!ReferenceEquals(other, field)) taken.Add(JsonNames.WireName(other, _options.JsonNaming));
        }
        former.RemoveAll(taken.Contains);
        return former.ToEquatableArray();
    }

    /// <summary>The C# shape of a type as a version of the schema had it.</summary>
    // Built as the current type's shape is (SpecBuilder.Shape), so a field that kept its type converts without a cast.
    private ValueShape Shape(TypeShape type) => type.Kind switch
    {
        TypeShapeKind.Primitive => Primitive(type.PrimitiveKind ?? PrimitiveKind.String),
        TypeShapeKind.List => Collection(ShapeKind.List, "global::System.Collections.Generic.IReadOnlyList<{0}>", ItemShape(type)),
        TypeShapeKind.Set => Collection(
            ShapeKind.Set,
            _features.HasReadOnlySet ? "global::System.Collections.Generic.IReadOnlySet<{0}>" : "global::System.Collections.Generic.ISet<{0}>",
            ItemShape(type)),
        TypeShapeKind.Map => PastMapShape(type),
        // A declaration is read in its current shape: versions are tracked per event.
        _ => _compilation.GetDeclaration(type.Name) is { } declaration ? Shape(declaration.AsType) : Shape(ShapeKind.String, "object"),
    };

    private ValueShape ItemShape(TypeShape collection)
        => collection.ElementIsNullable ? Shape(collection.Element!) with { IsNullable = true } : Shape(collection.Element!);

    private ValueShape PastMapShape(TypeShape map)
    {
        ValueShape value = ItemShape(map);
        ValueShape? key = map.Key is { } keyType ? Shape(keyType) : null;
        string keyTypeName = key?.TypeName ?? "string";
        return Shape(ShapeKind.Map, $"global::System.Collections.Generic.IReadOnlyDictionary<{keyTypeName}, {value.DeclaredTypeName}>", value) with { Key = key };
    }
}
