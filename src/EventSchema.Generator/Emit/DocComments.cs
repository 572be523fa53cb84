namespace EventSchema.Generator.Emit;

/// <summary>Writes <c>///</c> comments from schema documentation, or a plain fallback so public members never lack one.</summary>
internal static class DocComments
{
    public static void Summary(CodeWriter writer, string? documentation, string fallback)
    {
        string[] lines = string.IsNullOrWhiteSpace(documentation) ? new[] { fallback } : CSharpLiterals.XmlLines(documentation!);
        if (lines.Length == 1)
        {
            // One line of documentation takes one line of comment.
            writer.Line("/// <summary>" + lines[0] + "</summary>");
            return;
        }
        writer.Line("/// <summary>");
        foreach (string line in lines)
        {
            writer.Line(line.Length == 0 ? "///" : "/// " + line);
        }
        writer.Line("/// </summary>");
    }

    /// <summary>An <c>[Obsolete]</c> attribute when the schema deprecates the member.</summary>
    public static void Obsolete(CodeWriter writer, string? deprecationMessage)
    {
        if (deprecationMessage is null) return;
        writer.Line(deprecationMessage.Length == 0
            ? "[global::System.Obsolete]"
            : "[global::System.Obsolete(" + CSharpLiterals.String(deprecationMessage) + ")]");
    }
}
