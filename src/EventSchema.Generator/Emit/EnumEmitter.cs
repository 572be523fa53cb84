using System.Linq;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes a C# enum with PascalCase members and a static class that maps members to and from the
/// values they have in schemas and on the wire.
/// </summary>
internal static class EnumEmitter
{
    public static void Write(CodeWriter writer, EnumSpec spec)
    {
        DocComments.Summary(writer, spec.Documentation, $"The <c>{CSharpLiterals.XmlText(spec.SchemaName)}</c> enum of the schema.");
        DocComments.Obsolete(writer, spec.DeprecationMessage);
        writer.Line(GeneratedCodeAttribute.Text);
        writer.Line(Json.JsonEnumEmitter.Attribute(spec));
        using (writer.Braces($"public enum {spec.Name}"))
        {
            for (int i = 0; i < spec.Members.Count; i++)
            {
                EnumMemberSpec member = spec.Members[i];
                if (i > 0) writer.Line();
                DocComments.Summary(writer, member.Documentation, $"Written <c>{CSharpLiterals.XmlText(member.JsonValue)}</c> in schemas and on the wire.");
                DocComments.Obsolete(writer, member.DeprecationMessage);
                writer.Line(member.Name + ",");
            }
        }
        writer.Line();
        WriteExtensions(writer, spec);
    }

    private static void WriteExtensions(CodeWriter writer, EnumSpec spec)
    {
        string type = spec.Name;
        // The first member with a given wire value wins; the front end reports duplicates.
        var distinct = spec.Members.GroupBy(member => member.JsonValue, System.StringComparer.Ordinal).Select(group => group.First()).ToList();
        string expected = string.Join(", ", spec.Members.Select(member => member.JsonValue));

        writer.Line($"/// <summary>Converts <see cref=\"{type}\"/> values to and from the strings they have in schemas and on the wire.</summary>");
        writer.Line(GeneratedCodeAttribute.Text);
        using (writer.Braces($"public static partial class {spec.ExtensionsName}"))
        {
            writer.Line($"/// <summary>The wire value of <paramref name=\"value\"/>, such as <c>{CSharpLiterals.XmlText(spec.Members.FirstOrDefault()?.JsonValue ?? string.Empty)}</c>.</summary>");
            writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a defined member.</exception>");
            using (writer.Braces($"public static string ToJsonValue(this {type} value)"))
            {
                using (writer.Braces("return value switch", "};"))
                {
                    foreach (EnumMemberSpec member in spec.Members)
                    {
                        writer.Line($"{type}.{member.Name} => {CSharpLiterals.String(member.JsonValue)},");
                    }
                    writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CSharpLiterals.String("Not a defined " + type + " member.")}),");
                }
            }
            writer.Line();
            writer.Line($"/// <summary>The member whose wire value is <paramref name=\"value\"/> (compared ordinally); false when there is none.</summary>");
            using (writer.Braces($"public static bool TryFromJsonValue(string? value, out {type} result)"))
            {
                using (writer.Braces("switch (value)"))
                {
                    foreach (EnumMemberSpec member in distinct)
                    {
                        writer.Line($"case {CSharpLiterals.String(member.JsonValue)}:");
                        writer.Line($"    result = {type}.{member.Name};");
                        writer.Line("    return true;");
                    }
                    writer.Line("default:");
                    writer.Line("    result = default;");
                    writer.Line("    return false;");
                }
            }
            writer.Line();
            writer.Line($"/// <summary>The member whose wire value is <paramref name=\"value\"/>.</summary>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"value\"/> is no member's wire value.</exception>");
            using (writer.Braces($"public static {type} FromJsonValue(string value)"))
            {
                writer.Line("if (TryFromJsonValue(value, out var result)) return result;");
                writer.Line($"throw new global::System.ArgumentException(\"\\\"\" + value + {CSharpLiterals.String("\" is not a " + type + " value; expected one of: " + expected + ".")}, nameof(value));");
            }
            writer.Line();
            writer.Line($"/// <summary>Whether <paramref name=\"value\"/> is a declared member (a cast can make any number a <see cref=\"{type}\"/>).</summary>");
            string members = spec.Members.Count == 0 ? "false" : string.Join(" or ", spec.Members.Select(member => type + "." + member.Name));
            writer.Line(spec.Members.Count == 0
                ? $"public static bool IsDefined(this {type} value) => false;"
                : $"public static bool IsDefined(this {type} value) => value is {members};");
        }
    }
}
