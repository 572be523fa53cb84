using System;
using System.Collections.Generic;
using System.Linq;

namespace EventSchema.Generator.Building;

/// <summary>
/// The C# names of one declaration of a referenced assembly, as the generator that built the assembly chose them:
/// stored with the declaration (its host data), so the generated code of a referencing project names exactly the
/// types and members that exist, whatever naming options either project sets.
/// </summary>
/// <remarks>
/// Encoded as five lines: the full type name, the full name of an enum's helper class, the property names and the enum
/// member names (tab-separated, in declaration order), and a scalar's underlying C# type.
/// </remarks>
internal sealed class ReferencedNames
{
    private ReferencedNames(string fullTypeName, string fullExtensionsName, IReadOnlyList<string> properties, IReadOnlyList<string> members, string underlyingTypeName)
    {
        UnderlyingTypeName = underlyingTypeName;
        FullTypeName = fullTypeName;
        FullExtensionsName = fullExtensionsName;
        Properties = properties;
        Members = members;
    }

    public string FullTypeName { get; }

    public string TypeName => FullTypeName.Substring(FullTypeName.LastIndexOfAny(['.', ':']) + 1);

    public string FullExtensionsName { get; }

    public IReadOnlyList<string> Properties { get; }

    public IReadOnlyList<string> Members { get; }

    /// <summary>
    /// For a scalar, the C# type of its value in the declaring assembly, which can differ from this project's for the
    /// same schema type (a netstandard2.0 library's <c>date</c> is <c>DateTime</c>); empty otherwise.
    /// </summary>
    public string UnderlyingTypeName { get; }

    public static string Encode(string fullTypeName, string? fullExtensionsName, IEnumerable<string> properties, IEnumerable<string> members, string? underlyingTypeName)
        => fullTypeName + "\n" + (fullExtensionsName ?? string.Empty) + "\n" + string.Join("\t", properties) + "\n" + string.Join("\t", members)
            + "\n" + (underlyingTypeName ?? string.Empty);

    /// <summary>The names in <paramref name="hostData"/>; null when it is not what <see cref="Encode"/> writes.</summary>
    public static ReferencedNames? Decode(string? hostData)
    {
        if (hostData is null) return null;
        string[] lines = hostData.Split('\n');
        if (lines.Length != 5 || !lines[0].StartsWith("global::", StringComparison.Ordinal)) return null;
        return new ReferencedNames(lines[0], lines[1], Split(lines[2]), Split(lines[3]), lines[4]);
    }

    private static IReadOnlyList<string> Split(string line) => line.Length == 0 ? [] : line.Split('\t').ToArray();
}
