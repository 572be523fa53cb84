using System.Globalization;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes <c>PrintMembers</c>, one call to the runtime's <c>RecordText</c>, for records whose <c>ToString()</c> the
/// compiler's own <c>PrintMembers</c> would get wrong: it formats numbers and dates in the current culture (the runtime
/// uses the invariant one, at every level) and prints a collection as its type name (the runtime prints its items:
/// <c>Topics = [trade, energy]</c>, <c>Notes = { en = hello }</c>). Other records keep the compiler's.
/// </summary>
internal static class RecordTextEmitter
{
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    private const string RecordText = "global::EventSchema.RecordText";

    /// <summary>Whether a property prints differently in another culture or is a collection (or a <c>uri</c>, as before).</summary>
    public static bool NeedsPrintMembers(RecordSpec record)
    {
        foreach (PropertySpec property in record.Properties)
        {
            if (property.Shape.NeedsStructuralEquality
                || property.Shape.Kind is ShapeKind.Int or ShapeKind.Long or ShapeKind.Double or ShapeKind.Decimal or ShapeKind.Date or ShapeKind.DateTime)
            {
                return true;
            }
        }
        return false;
    }

    public static void WritePrintMembers(CodeWriter writer, RecordSpec record)
    {
        // One runtime call with the names and values, instead of two Append calls per member: far less for the
        // compiler to bind (each Append picks among two dozen overloads) and the same text.
        var arguments = new System.Collections.Generic.List<string>();
        foreach (PropertySpec property in record.Properties)
        {
            string value = "this." + property.Name;
            arguments.Add(CSharpLiterals.String(property.Name));
            arguments.Add(property.Shape.IsCollection ? Collection(property.Shape, value, "items" + arguments.Count.ToString(CultureInfo.InvariantCulture)) : value);
        }
        writer.Line();
        writer.Line("/// <summary>Prints every property, with the items of collections, for <c>ToString()</c>.</summary>");
        writer.Line("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        writer.Line($"    => {RecordText}.Members(builder, {string.Join(", ", arguments)});");
    }

    /// <summary>The text of a collection member, null when the collection is null.</summary>
    private static string Collection(ValueShape shape, string value, string local)
    {
        ValueShape element = shape.Element!;
        if (!element.IsCollection)
        {
            return shape.Kind == ShapeKind.Map ? $"{RecordText}.Entries({value})" : $"{RecordText}.Items({value})";
        }
        // Collections of collections are rare: their text is written out here, as before.
        return $"({value} is {{ }} {local} ? {Text(shape, local, 0)} : null)";
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
