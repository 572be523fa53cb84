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
            JsonSchema = JsonSchemaOf(union),
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
    /// The event types of a member's past versions, when the member reads them (<see cref="RecordSymbol.PastVersions"/>:
    /// the versions this project or the referenced assembly that declares the event generated a nested record for) and
    /// its discriminator is its event type rather than a fixed <c>@discriminatorValue</c>.
    /// </summary>
    private static EquatableArray<PastDiscriminatorSpec> PastDiscriminators(RecordSymbol record)
    {
        if (!record.IsEvent || record.DiscriminatorValue is not null) return EquatableArray<PastDiscriminatorSpec>.Empty;
        return record.PastVersions
            .Select(past => new PastDiscriminatorSpec { Value = past.EventType, Version = past.Version })
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
