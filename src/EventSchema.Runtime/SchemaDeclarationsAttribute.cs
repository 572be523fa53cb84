using System;
using System.ComponentModel;

namespace EventSchema;

/// <summary>
/// Written by the generator into every assembly built from schema files: a description of the assembly's
/// schema declarations, so that the schemas of a project referencing it can use its records, events, enums and
/// scalars (<c>using</c> its namespaces), and the generated code of that project refers to this assembly's
/// types instead of generating them again. One per generated namespace (format 3 on), so an edit to one namespace's
/// schemas rewrites only that namespace's description. Not meant to be written by hand.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SchemaDeclarationsAttribute : Attribute
{
    /// <summary>Describes the assembly's schema declarations.</summary>
    /// <param name="formatVersion">The version of the description's format; a generator reads only the versions it knows.</param>
    /// <param name="namespaces">The schema namespaces this attribute describes, separated by <c>;</c>.</param>
    /// <param name="declarations">The declarations, in the format <paramref name="formatVersion"/> names.</param>
    public SchemaDeclarationsAttribute(int formatVersion, string namespaces, string declarations)
    {
        FormatVersion = formatVersion;
        Namespaces = namespaces;
        Declarations = declarations;
    }

    /// <summary>The version of the description's format.</summary>
    public int FormatVersion { get; }

    /// <summary>The schema namespaces this attribute describes, separated by <c>;</c>.</summary>
    public string Namespaces { get; }

    /// <summary>The serialized declarations.</summary>
    public string Declarations { get; }
}
