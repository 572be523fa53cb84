namespace EventSchema.Generator.Emit;

/// <summary>The <c>[GeneratedCode]</c> attribute every generated type carries.</summary>
internal static class GeneratedCodeAttribute
{
    public static readonly string Version = typeof(GeneratedCodeAttribute).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public static string Text => $"[global::System.CodeDom.Compiler.GeneratedCode(\"EventSchema\", \"{Version}\")]";
}
