using System;
using EventSchema.Generator.Building;

namespace EventSchema.Generator.Model;

/// <summary>
/// What one schema file's generated code depends on, as a cheap equatable key, with the project binding
/// from which its spec is built when the key changes. Equality ignores the binding: two plans with equal
/// keys give equal specs, so the pipeline reuses the cached spec instead of building it again.
/// </summary>
/// <remarks>
/// The key is the file's own text (its parsed schemas, compared by reference first), its generated file
/// name, whether it can be generated, the options, the target features, and a fingerprint of every
/// declaration it reaches: its own and, through field types at any depth, those of other files (their text,
/// full name and C# names). An edit elsewhere changes this file's key only when it changes what it reaches.
/// </remarks>
internal sealed class FilePlan : IEquatable<FilePlan>
{
    public FilePlan(
        string path,
        string hintName,
        bool isGenerable,
        EquatableArray<ParsedSchema> sources,
        GeneratorOptions options,
        TargetFeatures features,
        ulong dependencyFingerprint,
        ProjectBinding binding)
    {
        Path = path;
        HintName = hintName;
        IsGenerable = isGenerable;
        Sources = sources;
        Options = options;
        Features = features;
        DependencyFingerprint = dependencyFingerprint;
        Binding = binding;
    }

    /// <summary>The schema file.</summary>
    public string Path { get; }

    /// <summary>The unique generated file name.</summary>
    public string HintName { get; }

    /// <summary>Neither the file nor any file it depends on, directly or not, has errors.</summary>
    public bool IsGenerable { get; }

    /// <summary>The parsed file (more than one only when a path is given twice).</summary>
    public EquatableArray<ParsedSchema> Sources { get; }

    public GeneratorOptions Options { get; }

    public TargetFeatures Features { get; }

    /// <summary>A hash over every declaration the file reaches, its own included; see <see cref="DependencyFingerprints"/>.</summary>
    public ulong DependencyFingerprint { get; }

    /// <summary>The bound project the spec is built from; not part of equality.</summary>
    public ProjectBinding Binding { get; }

    public bool Equals(FilePlan? other)
        => other is not null && (ReferenceEquals(this, other)
            || (DependencyFingerprint == other.DependencyFingerprint
                && IsGenerable == other.IsGenerable
                && string.Equals(Path, other.Path, StringComparison.Ordinal)
                && string.Equals(HintName, other.HintName, StringComparison.Ordinal)
                && Options.Equals(other.Options)
                && Features.Equals(other.Features)
                && Sources.Equals(other.Sources)));

    public override bool Equals(object? obj) => Equals(obj as FilePlan);

    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Path) * 397) ^ DependencyFingerprint.GetHashCode());
}
