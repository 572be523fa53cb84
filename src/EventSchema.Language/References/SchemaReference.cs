using System;
using System.Collections.Generic;

namespace EventSchema.Language.References;

/// <summary>
/// The schema declarations a referenced assembly carries: its name, the format they were written in, the schema
/// namespaces it declares, and the declarations themselves (see <see cref="SchemaReferenceModel"/>). The namespaces
/// are kept apart from the model so that even a model this version cannot read says which names it would have
/// declared, and a <c>using</c> of one of them gets a precise error.
/// </summary>
public sealed class SchemaReference : IEquatable<SchemaReference>
{
    /// <summary>Describes the declarations of the assembly <paramref name="assemblyName"/>.</summary>
    /// <param name="assemblyName">The referenced assembly's simple name, such as <c>MiddleCorridor.Contracts</c>.</param>
    /// <param name="formatVersion">The version of the model's format.</param>
    /// <param name="namespaces">The schema namespaces the assembly declares.</param>
    /// <param name="model">The declarations, as <see cref="SchemaReferenceModel.Write"/> wrote them.</param>
    public SchemaReference(string assemblyName, int formatVersion, IReadOnlyList<string> namespaces, string model)
    {
        AssemblyName = assemblyName ?? throw new ArgumentNullException(nameof(assemblyName));
        FormatVersion = formatVersion;
        Namespaces = namespaces ?? throw new ArgumentNullException(nameof(namespaces));
        Model = model ?? throw new ArgumentNullException(nameof(model));
    }

    /// <summary>The referenced assembly's simple name.</summary>
    public string AssemblyName { get; }

    /// <summary>
    /// The version of the model's format; this front end reads <see cref="SchemaReferenceModel.OldestFormatVersion"/> to
    /// <see cref="SchemaReferenceModel.FormatVersion"/>.
    /// </summary>
    public int FormatVersion { get; }

    /// <summary>The schema namespaces the assembly declares.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>The serialized declarations.</summary>
    public string Model { get; }

    /// <summary>Splits the namespace list of the assembly attribute (names separated by <c>;</c>).</summary>
    public static IReadOnlyList<string> SplitNamespaces(string? namespaces)
    {
        var result = new List<string>();
        if (namespaces is null) return result;
        foreach (string part in namespaces.Split(';'))
        {
            string name = part.Trim();
            if (name.Length > 0 && !result.Contains(name)) result.Add(name);
        }
        return result;
    }

    /// <summary>
    /// The description an assembly's attributes make together: from format 3 the generator writes one attribute per
    /// generated namespace, whose namespace lists and models join. Attributes of different formats cannot be read
    /// together, so they make a description of format 0, which no front end reads (ES0070 names the assembly).
    /// </summary>
    /// <param name="assemblyName">The assembly's simple name.</param>
    /// <param name="attributes">Each attribute's format version, namespace list (names separated by <c>;</c>) and model, in metadata order.</param>
    public static SchemaReference Combine(string assemblyName, IReadOnlyList<(int FormatVersion, string Namespaces, string Model)> attributes)
    {
        if (attributes is null) throw new ArgumentNullException(nameof(attributes));
        if (attributes.Count == 1) return new SchemaReference(assemblyName, attributes[0].FormatVersion, SplitNamespaces(attributes[0].Namespaces), attributes[0].Model);
        int formatVersion = attributes.Count == 0 ? SchemaReferenceModel.FormatVersion : attributes[0].FormatVersion;
        var namespaces = new List<string>();
        var model = new System.Text.StringBuilder();
        foreach (var attribute in attributes)
        {
            if (attribute.FormatVersion != formatVersion) formatVersion = 0;
            foreach (string name in SplitNamespaces(attribute.Namespaces))
            {
                if (!namespaces.Contains(name)) namespaces.Add(name);
            }
            model.Append(attribute.Model);
        }
        return new SchemaReference(assemblyName, formatVersion, namespaces, model.ToString());
    }

    /// <inheritdoc />
    public bool Equals(SchemaReference? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (FormatVersion != other.FormatVersion
            || !string.Equals(AssemblyName, other.AssemblyName, StringComparison.Ordinal)
            || !string.Equals(Model, other.Model, StringComparison.Ordinal)
            || Namespaces.Count != other.Namespaces.Count) return false;
        for (int i = 0; i < Namespaces.Count; i++)
        {
            if (!string.Equals(Namespaces[i], other.Namespaces[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SchemaReference);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(AssemblyName) * 397) ^ Model.Length ^ FormatVersion);

    /// <inheritdoc />
    public override string ToString() => AssemblyName;
}
