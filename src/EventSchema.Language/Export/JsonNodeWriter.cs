using System.Globalization;
using System.Text;

namespace EventSchema.Language.Export;

/// <summary>
/// Writes a <see cref="SchemaJsonNode"/> as JSON text: two-space indentation and LF line endings, or compact;
/// strings escaped as RFC 8259 requires, plus every non-ASCII, control and line-separator character as
/// <c>\uXXXX</c>, so the text is the same bytes on every machine and safe to embed anywhere.
/// </summary>
internal static class JsonNodeWriter
{
    public static string Write(SchemaJsonNode node, bool indented)
    {
        var builder = new StringBuilder();
        Write(builder, node, indented, 0);
        return builder.ToString();
    }

    /// <summary>Writes <paramref name="node"/> as if it stood <paramref name="depth"/> levels deep in a document.</summary>
    public static void Write(StringBuilder builder, SchemaJsonNode node, bool indented, int depth)
    {
        switch (node)
        {
            case JsonLiteral literal:
                builder.Append(literal.Text);
                break;
            case JsonString text:
                WriteString(builder, text.Value);
                break;
            case JsonArrayNode array:
                if (array.Items.Count == 0) { builder.Append("[]"); break; }
                builder.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0) builder.Append(',');
                    NewLine(builder, indented, depth + 1);
                    Write(builder, array.Items[i], indented, depth + 1);
                }
                NewLine(builder, indented, depth);
                builder.Append(']');
                break;
            case JsonObjectNode obj:
                if (obj.Properties.Count == 0) { builder.Append("{}"); break; }
                builder.Append('{');
                for (var i = 0; i < obj.Properties.Count; i++)
                {
                    if (i > 0) builder.Append(',');
                    NewLine(builder, indented, depth + 1);
                    WriteString(builder, obj.Properties[i].Key);
                    builder.Append(indented ? ": " : ":");
                    Write(builder, obj.Properties[i].Value, indented, depth + 1);
                }
                NewLine(builder, indented, depth);
                builder.Append('}');
                break;
        }
    }

    private static void NewLine(StringBuilder builder, bool indented, int depth)
    {
        if (!indented) return;
        builder.Append('\n').Append(' ', depth * 2);
    }

    public static void WriteString(StringBuilder builder, string value)
        => Text.StringEscaper.AppendQuoted(builder, value, asciiOnly: true, lowerCaseHex: true);
}
