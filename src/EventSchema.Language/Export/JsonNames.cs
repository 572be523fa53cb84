using System.Collections.Generic;
using System.Text;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Export;

/// <summary>
/// The property name a field has on the wire. The generated serializers and the JSON Schema export both
/// ask here, so the two can never disagree.
/// </summary>
public static class JsonNames
{
    /// <summary>
    /// The wire name of <paramref name="field"/>: its <c>@json("…")</c> name when it has one, else its
    /// schema name converted by <paramref name="naming"/>.
    /// </summary>
    public static string WireName(FieldSymbol field, JsonNaming naming)
    {
        if (field is null) throw new System.ArgumentNullException(nameof(field));
        // The binder sets JsonName to the name itself unless @json gave another one.
        return field.HasFixedJsonName || field.JsonName != field.Name ? field.JsonName : Convert(field.Name, naming);
    }

    /// <summary>
    /// The wire name of a field at one version of its record: the <c>@json("…")</c> name when it has one, else the
    /// name it had at that version converted by <paramref name="naming"/> (a rename changes the wire name).
    /// </summary>
    public static string WireName(Evolution.FieldShape field, JsonNaming naming)
    {
        if (field is null) throw new System.ArgumentNullException(nameof(field));
        return field.Symbol is { HasFixedJsonName: true } || field.JsonName != field.Name ? field.JsonName : Convert(field.Name, naming);
    }

    /// <summary>Converts a schema identifier such as <c>receivedBy</c> or <c>HTTPStatus</c> to <paramref name="naming"/>.</summary>
    public static string Convert(string name, JsonNaming naming)
    {
        if (name is null) throw new System.ArgumentNullException(nameof(name));
        if (naming == JsonNaming.AsWritten || name.Length == 0) return name;
        var words = Words(name);
        var builder = new StringBuilder(name.Length + words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            switch (naming)
            {
                case JsonNaming.CamelCase:
                    if (i == 0) builder.Append(word.ToLowerInvariant());
                    else builder.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1).ToLowerInvariant());
                    break;
                case JsonNaming.SnakeCase:
                    if (i > 0) builder.Append('_');
                    builder.Append(word.ToLowerInvariant());
                    break;
                default:
                    if (i > 0) builder.Append('-');
                    builder.Append(word.ToLowerInvariant());
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Splits an identifier into words at underscores and hyphens, at a lower-to-upper change (<c>received|By</c>),
    /// at the end of an upper-case run (<c>HTTP|Status</c>) and between letters and digits (<c>utf|8</c>).
    /// </summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '_' or '-')
            {
                if (start >= 0) words.Add(name.Substring(start, i - start));
                start = -1;
                continue;
            }
            if (start < 0) { start = i; continue; }
            var previous = name[i - 1];
            var boundary =
                (char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous)))
                || (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]))
                || (char.IsDigit(c) && char.IsLetter(previous));
            if (boundary)
            {
                words.Add(name.Substring(start, i - start));
                start = i;
            }
        }
        if (start >= 0) words.Add(name.Substring(start));
        return words;
    }
}
