using System.Linq;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>Writes the interface of a spread record, and a record's explicit implementations of shared interface properties.</summary>
internal static class SharedInterfaceEmitter
{
    /// <summary>The base list of a record: <paramref name="bases"/> and its shared interfaces.</summary>
    public static string Bases(RecordSpec record, string bases)
    {
        if (record.Implements.Count == 0) return bases;
        string interfaces = string.Join(", ", record.Implements);
        return bases.Length == 0 ? " : " + interfaces : bases + ", " + interfaces;
    }

    public static void WriteExplicitMembers(CodeWriter writer, RecordSpec record)
    {
        foreach (ExplicitMemberSpec member in record.ExplicitMembers)
        {
            writer.Line();
            writer.Line($"{member.TypeName} {member.Interface}.{member.Name} => {member.PropertyName};");
        }
    }

    public static void WriteInterface(CodeWriter writer, RecordSpec record)
    {
        if (record.SharedInterface is not { } shared) return;
        writer.Line();
        writer.Line($"/// <summary>The fields of <c>{CSharpLiterals.XmlText(record.SchemaName)}</c>, which every record and event that spreads it (<c>...{CSharpLiterals.XmlText(record.SchemaName)};</c>) has.</summary>");
        writer.Line(GeneratedCodeAttribute.Text);
        string bases = shared.Bases.Count == 0 ? string.Empty : " : " + string.Join(", ", shared.Bases);
        using (writer.Braces($"public partial interface {shared.Name}{bases}"))
        {
            bool first = true;
            foreach (InterfaceMemberSpec member in shared.Members)
            {
                if (!first) writer.Line();
                first = false;
                DocComments.Summary(writer, member.Documentation, $"The <c>{CSharpLiterals.XmlText(member.SchemaName)}</c> field.");
                writer.Line($"{member.TypeName} {member.Name} {{ get; }}");
            }
        }
    }
}
