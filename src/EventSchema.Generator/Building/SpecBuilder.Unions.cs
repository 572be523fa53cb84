using System.Collections.Generic;
using EventSchema.Generator.Model;
using EventSchema.Language.Export;
using EventSchema.Language.Semantics;

namespace EventSchema.Generator.Building;

internal sealed partial class SpecBuilder
{
    private UnionSpec BuildUnion(UnionSymbol union)
    {
        var members = new List<UnionMemberSpec>(union.Members.Count);
        var parameters = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (UnionMemberSymbol member in union.Members)
        {
            members.Add(new UnionMemberSpec
            {
                TypeName = _names.FullTypeName(member.Record),
                SchemaName = member.Record.Name,
                ParameterName = ParameterName(member.Record.Name, parameters),
                IsEvent = member.Record.IsEvent,
                DiscriminatorValue = JsonNames.DiscriminatorValue(member, _options.JsonNaming),
                PastDiscriminators = PastDiscriminators(member.Record),
            });
        }
        return new UnionSpec
        {
            Name = _names.TypeName(union),
            SchemaName = union.Name,
            Documentation = union.Documentation,
            DeprecationMessage = union.DeprecationMessage,
            DiscriminatorProperty = union.DiscriminatorProperty,
            AnnotatesNullFlow = _features.HasNullableFlowAttributes,
            Members = members.ToEquatableArray(),
            JsonSchema = JsonSchemaExporter.Export(union, new JsonSchemaOptions { Naming = _options.JsonNaming }),
            NestedUnions = union.NestedUnions.Select(nested => new NestedUnionSpec
            {
                TypeName = _names.FullTypeName(nested),
                SimpleName = _names.TypeName(nested),
                MemberIndexes = nested.Members.Select(inner => IndexOf(union, inner.Record)).ToEquatableArray(),
            }).ToEquatableArray(),
        };
    }

    private static int IndexOf(UnionSymbol union, RecordSymbol record)
    {
        for (int i = 0; i < union.Members.Count; i++)
        {
            if (ReferenceEquals(union.Members[i].Record, record)) return i;
        }
        return -1;
    }

    /// <summary>
    /// The event types of a member's past versions, when the member reads them (the same condition as
    /// <see cref="BuildHistory"/>: an event with history decorators whose versions have distinct event types) and its
    /// discriminator is its event type rather than a fixed <c>@discriminatorValue</c>.
    /// </summary>
    private static EquatableArray<PastDiscriminatorSpec> PastDiscriminators(RecordSymbol record)
    {
        var history = record.History;
        if (!record.IsEvent || record.DiscriminatorValue is not null || history.CurrentVersion <= 1 || !history.HasHistory)
        {
            return EquatableArray<PastDiscriminatorSpec>.Empty;
        }
        var shapes = history.AllVersions();
        if (shapes.Select(shape => shape.EventType).Distinct(System.StringComparer.Ordinal).Count() != shapes.Count) return EquatableArray<PastDiscriminatorSpec>.Empty;
        return shapes.Take(shapes.Count - 1)
            .Select(shape => new PastDiscriminatorSpec { Value = shape.EventType ?? string.Empty, Version = shape.Version })
            .ToEquatableArray();
    }

    /// <summary>camelCase of the member's name, unique among the union's parameters, escaped when it is a C# keyword.</summary>
    private static string ParameterName(string schemaName, HashSet<string> taken)
    {
        string pascal = CSharpNames.Pascal(schemaName);
        string name = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        string unique = name;
        for (int i = 2; !taken.Add(unique); i++) unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return CSharpNames.IsKeyword(unique) ? "@" + unique : unique;
    }
}
