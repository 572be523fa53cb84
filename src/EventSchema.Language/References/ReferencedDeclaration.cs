using System;
using System.Collections.Generic;
using EventSchema.Language.Evolution;

namespace EventSchema.Language.References;

/// <summary>One declaration as a referenced assembly describes it.</summary>
/// <param name="Namespace">Its schema namespace.</param>
/// <param name="Name">Its schema name.</param>
/// <param name="Text">
/// The declaration in schema syntax, self-contained: type names fully qualified, every field with its final
/// <c>@json</c> name, every event with its <c>@type</c> and <c>@version</c> (see <see cref="DeclarationTextWriter"/>).
/// </param>
/// <param name="HostData">
/// What the host that built the assembly needs to use the declaration (the generator keeps the C# names of the
/// type and its members here); the front end keeps it as it is.
/// </param>
public sealed record ReferencedDeclaration(string Namespace, string Name, string Text, string HostData)
{
    /// <summary>
    /// For an event, the past versions the assembly reads in their own shape, oldest first (its
    /// <see cref="Semantics.RecordSymbol.PastVersions"/>); empty otherwise, and in a description of format 1, which did not
    /// carry them.
    /// </summary>
    public IReadOnlyList<PastEventVersion> PastVersions { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(ReferencedDeclaration? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (!string.Equals(Namespace, other.Namespace, StringComparison.Ordinal)
            || !string.Equals(Name, other.Name, StringComparison.Ordinal)
            || !string.Equals(Text, other.Text, StringComparison.Ordinal)
            || !string.Equals(HostData, other.HostData, StringComparison.Ordinal)
            || PastVersions.Count != other.PastVersions.Count) return false;
        for (int i = 0; i < PastVersions.Count; i++)
        {
            if (!Equals(PastVersions[i], other.PastVersions[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
        => unchecked((((StringComparer.Ordinal.GetHashCode(Namespace) * 397) ^ StringComparer.Ordinal.GetHashCode(Name)) * 397 ^ Text.Length) * 397 ^ PastVersions.Count);
}
