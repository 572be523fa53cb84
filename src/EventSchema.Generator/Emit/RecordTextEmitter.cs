using System.Globalization;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes <c>PrintMembers</c> for records that hold collections, so <c>ToString()</c> shows their items
/// (<c>Topics = [trade, energy]</c>, <c>Notes = { en = hello }</c>) instead of the collection's type name. Other
/// members print as the compiler's own <c>PrintMembers</c> prints them; values inside collections use the invariant culture.
/// </summary>
internal static class RecordTextEmitter
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    public static void WritePrintMembers(CodeWriter writer, RecordSpec record)
    {
        writer.Line();
        writer.Line("/// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>");
        using (writer.Braces("private bool PrintMembers(global::System.Text.StringBuilder builder)"))
        {
            int index = 0;
            foreach (PropertySpec property in record.Properties)
            {
                string separator = index == 0 ? string.Empty : ", ";
                writer.Line($"builder.Append({CSharpLiterals.String(separator + property.Name + " = ")});");
                if (property.Shape.IsCollection)
                {
                    string local = "items" + index.ToString(CultureInfo.InvariantCulture);
                    writer.Line($"if (this.{property.Name} is {{ }} {local}) builder.Append({Text(property.Shape, local, 0)});");
                }
                else
                {
                    writer.Line($"builder.Append((object?)this.{property.Name});");
                }
                index++;
            }
            writer.Line("return true;");
        }
    }

    /// <summary>A string expression for <paramref name="value"/>, a collection element or a collection.</summary>
    private static string Text(ValueShape shape, string value, int depth)
    {
        string item = "item" + depth.ToString(CultureInfo.InvariantCulture);
        // A nullable item that is a collection prints "null" rather than enumerating nothing.
        if (shape.IsNullable && shape.IsCollection) return $"({value} is null ? \"null\" : {Text(shape with { IsNullable = false }, value, depth)})";
        return shape.Kind switch
        {
            ShapeKind.List or ShapeKind.Set =>
                $"\"[\" + string.Join(\", \", global::System.Linq.Enumerable.Select({value}, static {item} => {Text(shape.Element!, item, depth + 1)})) + \"]\"",
            ShapeKind.Map =>
                $"\"{{ \" + string.Join(\", \", global::System.Linq.Enumerable.Select({value}, static {item} => {item}.Key + \" = \" + {Text(shape.Element!, item + ".Value", depth + 1)})) + \" }}\"",
            ShapeKind.String => value,
            _ => $"string.Format({Invariant}, \"{{0}}\", (object?){value})",
        };
    }
}
