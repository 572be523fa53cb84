using System.Collections.Generic;
using System.Linq;
using EventSchema.Generator.Model;
using EventSchema.Language.References;

namespace EventSchema.Generator.Emit;

/// <summary>
/// Writes the assembly attribute that describes a generated namespace's declarations to the projects that reference
/// this assembly (a generator cannot add resources, so the description travels as an attribute argument). One per
/// namespace source, so an edit rewrites only its namespace's description; readers join them.
/// </summary>
internal static class SchemaDeclarationsEmitter
{
    /// <summary>The attribute describing the declarations of <paramref name="files"/>; null when they describe none.</summary>
    public static string? Attribute(IEnumerable<SchemaFileSpec> files)
    {
        var declarations = files.SelectMany(file => file.Types).Select(type => type.Reference).OfType<ReferencedDeclaration>().ToList();
        if (declarations.Count == 0) return null;
        var namespaces = declarations.Select(declaration => declaration.Namespace).Where(ns => ns.Length > 0).Distinct().OrderBy(ns => ns, System.StringComparer.Ordinal);
        return "[assembly: global::EventSchema.SchemaDeclarations("
            + SchemaReferenceModel.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", "
            + CSharpLiterals.String(string.Join(";", namespaces)) + ", "
            + CSharpLiterals.String(SchemaReferenceModel.Write(declarations)) + ")]";
    }
}
