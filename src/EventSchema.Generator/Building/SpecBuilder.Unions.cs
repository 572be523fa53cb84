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
                DiscriminatorValue = JsonNames.DiscriminatorValue(member, ExportNaming),
            });
        }
        return new UnionSpec
        {
            Name = _names.TypeName(union),
            SchemaName = union.Name,
            Documentation = union.Documentation,
            DeprecationMessage = union.DeprecationMessage,
            DiscriminatorProperty = union.DiscriminatorProperty,
            Members = members.ToEquatableArray(),
            JsonSchema = JsonSchemaExporter.Export(union, new JsonSchemaOptions { Naming = ExportNaming }),
        };
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
