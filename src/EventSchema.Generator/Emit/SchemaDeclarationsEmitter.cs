using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Model;
using EventSchema.Language.References;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes the assembly attribute that describes every generated declaration to the projects that reference
/// this assembly (a generator cannot add resources, so the description travels as an attribute argument).
/// </summary>
internal static class SchemaDeclarationsEmitter
{
    public const string HintName = "EventSchema.SchemaDeclarations.g.cs";

    /// <summary>The attribute's source; null when nothing is generated.</summary>
    public static string? Emit(IEnumerable<SchemaFileSpec> files)
    {
        var declarations = files.SelectMany(file => file.Types).Select(type => type.Reference).OfType<ReferencedDeclaration>().ToList();
        if (declarations.Count == 0) return null;
        var namespaces = declarations.Select(declaration => declaration.Namespace).Where(ns => ns.Length > 0).Distinct().OrderBy(ns => ns, System.StringComparer.Ordinal);

        var writer = new CodeWriter();
        GeneratedFileHeader.Write(writer, "The schema declarations of this assembly, for the schemas of projects that reference it.", string.Empty);
        writer.Line("[assembly: global::EventSchema.SchemaDeclarations(");
        writer.Indent();
        writer.Line(SchemaReferenceModel.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",");
        writer.Line(CSharpLiterals.String(string.Join(";", namespaces)) + ",");
        writer.Line(CSharpLiterals.String(SchemaReferenceModel.Write(declarations)) + ")]");
        writer.Unindent();
        return writer.ToString();
    }
}
