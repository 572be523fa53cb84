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
