using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace EventSchema;

/// <summary>
/// The text of generated records for <c>ToString()</c>: members print as the compiler's own <c>PrintMembers</c>
/// prints them, but in the invariant culture (a record is a wire contract: <c>Ratio = 1.5</c> whatever the thread's
/// culture), and collections with their items (<c>Topics = [trade, energy]</c>, <c>Notes = { en = hello }</c>)
/// instead of the collection's type name. One call per record keeps the generated code small.
/// </summary>
/// <remarks>Generated code uses this type.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RecordText
{
    /// <summary>
    /// Appends <c>Name = value</c> for each pair of <paramref name="namesAndValues"/> (a member's name, then its value),
    /// separated by commas, formatting numbers and dates in the invariant culture; a null value prints as nothing.
    /// Returns whether it printed a member, as <c>PrintMembers</c> does.
    /// </summary>
    public static bool Members(StringBuilder builder, params object?[] namesAndValues)
    {
        for (int i = 0; i + 1 < namesAndValues.Length; i += 2)
        {
            if (i > 0) builder.Append(", ");
            builder.Append((string?)namesAndValues[i]).Append(" = ");
            builder.Append(Text(namesAndValues[i + 1]));
        }
        return namesAndValues.Length > 0;
    }

    /// <summary>The items of a list or set, such as <c>[trade, energy]</c>, in the invariant culture; null for a null collection.</summary>
    public static string? Items<T>(IEnumerable<T>? items)
    {
        if (items is null) return null;
        var builder = new StringBuilder("[");
        bool first = true;
        foreach (T item in items)
        {
            if (!first) builder.Append(", ");
            first = false;
            builder.Append(Item(item));
        }
        return builder.Append(']').ToString();
    }

    /// <summary>The entries of a map, such as <c>{ en = hello }</c>, in the invariant culture; null for a null map.</summary>
    public static string? Entries<TKey, T>(IEnumerable<KeyValuePair<TKey, T>>? entries)
    {
        if (entries is null) return null;
        var builder = new StringBuilder("{ ");
        bool first = true;
        foreach (KeyValuePair<TKey, T> entry in entries)
        {
            if (!first) builder.Append(", ");
            first = false;
            builder.Append(Item(entry.Key)).Append(" = ").Append(Item(entry.Value));
        }
        return builder.Append(" }").ToString();
    }

    /// <summary>
    /// The text of a <c>@summary</c> template for <c>Describe()</c>: its holes in the invariant culture, as
    /// <c>FormattableString.Invariant</c> writes them, except that a hole with no text (an absent optional field, or a
    /// field of a nested record that is absent) takes one neighbouring space with it. <c>"{title} {name}"</c> without a
    /// title reads <c>"Lu Mei"</c>, not <c>" Lu Mei"</c>; <c>"met {host.name}."</c> without a host reads <c>"met."</c>;
    /// <c>"({count} seats)"</c> without a count reads <c>"(seats)"</c>.
    /// </summary>
    /// <param name="summary">The template as an interpolated string, one hole per field path.</param>
    public static string Describe(FormattableString summary)
    {
        if (summary is null) throw new ArgumentNullException(nameof(summary));
        string format = summary.Format;
        var builder = new StringBuilder(format.Length + 32);
        // An empty hole came at the start, after a space or an opening bracket: the next space goes, or the one before it.
        bool spaceToDrop = false;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                i++;
            }
            else if (c == '{')
            {
                int end = format.IndexOf('}', i);
                string? text = Hole(summary, format.Substring(i + 1, end - i - 1));
                i = end;
                if (string.IsNullOrEmpty(text))
                {
                    spaceToDrop |= builder.Length == 0 || builder[builder.Length - 1] is ' ' or '(' or '[' or '{';
                    continue;
                }
                spaceToDrop = false;
                builder.Append(text);
                continue;
            }
            if (spaceToDrop)
            {
                spaceToDrop = false;
                if (c == ' ') continue;
                DropTrailingSpace(builder);
            }
            builder.Append(c);
        }
        if (spaceToDrop) DropTrailingSpace(builder);
        return builder.ToString();
    }

    // One hole of a composite format: its argument's index, then any alignment or format.
    private static string? Hole(FormattableString summary, string hole)
    {
        int length = 0;
        while (length < hole.Length && hole[length] >= '0' && hole[length] <= '9') length++;
        object? argument = summary.GetArgument(int.Parse(hole.Substring(0, length), NumberStyles.None, CultureInfo.InvariantCulture));
        return length == hole.Length ? Text(argument) : string.Format(CultureInfo.InvariantCulture, "{0" + hole.Substring(length) + "}", argument);
    }

    private static void DropTrailingSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[builder.Length - 1] == ' ') builder.Length--;
    }

    private static string? Item<T>(T item) => Text(item);

    // What string.Format(InvariantCulture, "{0}", value) writes, without its format parsing.
    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
