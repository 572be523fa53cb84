using System;
using System.ComponentModel;
using System.Text;

namespace EventSchema.Json;

/// <summary>
/// Joins a generated type's JSON Schema from its pieces on first use: the head (draft, title, the type's own keywords)
/// and the <c>$defs</c> entries it needs. A generated source keeps each entry once, however many of its types refer to
/// it, instead of a whole document per type; the text is the one <c>eventschema export</c> writes.
/// </summary>
/// <remarks>Generated code uses this type: the <c>JsonSchema</c> property of records, events and unions.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonSchemaText
{
    private const string RootReference = "\"$ref\": \"#\"";

    /// <summary>The indented document made of <paramref name="head"/> and <paramref name="definitions"/>.</summary>
    /// <param name="head">The document up to where <c>$defs</c> starts, without the closing brace.</param>
    /// <param name="selfReference">
    /// The text of a reference to the type itself under <c>$defs</c> (<c>"$ref": "#/$defs/Name"</c>), written
    /// <c>"$ref": "#"</c> in its own document; null when no entry refers back to the type.
    /// </param>
    /// <param name="definitions">The entries under <c>$defs</c> (key and schema), in key order.</param>
    public static string Compose(string head, string? selfReference, params string[] definitions)
    {
        if (head is null) throw new ArgumentNullException(nameof(head));
        if (definitions is null) throw new ArgumentNullException(nameof(definitions));
        int length = head.Length + 20;
        foreach (string definition in definitions) length += definition.Length + 6;
        var text = new StringBuilder(head, length);
        if (definitions.Length > 0)
        {
            text.Append(",\n  \"$defs\": {");
            for (int i = 0; i < definitions.Length; i++)
            {
                text.Append(i == 0 ? "\n    " : ",\n    ").Append(definitions[i]);
            }
            text.Append("\n  }");
        }
        text.Append("\n}");
        // Quotes inside JSON strings are escaped, so this text can only be a reference.
        if (selfReference is not null) text.Replace(selfReference, RootReference);
        return text.ToString();
    }
}
