using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Building;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes a stand-in body for each version conversion the project does not write yet. The build already fails with
/// ES0780 at the schema field; without a body the compiler would add CS8795 inside generated code, which points
/// nowhere useful. Should ES0780 be lowered to a warning, reading the version that needs the method throws.
/// </summary>
internal static class MissingConversionEmitter
{
    public const string HintName = "EventSchema.MissingVersionConversions.g.cs";

    /// <summary>The stand-ins' source; null when every needed conversion is written.</summary>
    public static string? Emit(IReadOnlyList<MissingConversion> missing)
    {
        if (missing.Count == 0) return null;
        var writer = new CodeWriter();
        GeneratedFileHeader.Write(writer, "Stand-ins for version conversions the project does not write yet (error ES0780).", string.Empty);
        foreach (var byNamespace in missing.GroupBy(conversion => conversion.Namespace).OrderBy(group => group.Key, System.StringComparer.Ordinal))
        {
            bool hasNamespace = byNamespace.Key.Length > 0;
            if (hasNamespace)
            {
                writer.Line($"namespace {byNamespace.Key}");
                writer.Line("{");
                writer.Indent();
            }
            foreach (var byRecord in byNamespace.GroupBy(conversion => conversion.Record.Name))
            {
                using (writer.Braces($"partial record {byRecord.Key}"))
                {
                    foreach (MissingConversion conversion in byRecord)
                    {
                        string message = $"Reading version {conversion.Past.Version} of {conversion.Record.SchemaName} needs {conversion.Upcast.MethodName}, which the project does not write (error ES0780).";
                        writer.Line($"private static partial {conversion.Upcast.MethodReturnType} {conversion.Upcast.MethodName}({conversion.Past.Shape.Name} previous)");
                        writer.Line($"    => throw new global::System.NotSupportedException({CSharpLiterals.String(message)});");
                    }
                }
            }
            if (hasNamespace)
            {
                writer.Unindent();
                writer.Line("}");
            }
        }
        return writer.ToString();
    }
}
