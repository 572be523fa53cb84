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
/// Equality ignores <see cref="Binding"/> on purpose: the binding is a new object every run (it holds the
/// whole bound schema compilation), so comparing it would make every plan differ and defeat the cache, and
/// holding it is safe because a plan whose key is unchanged is never asked to build its spec again.
/// </remarks>
internal sealed class FilePlan : IEquatable<FilePlan>
{
    /// <summary>The schema file.</summary>
    public required string Path { get; init; }

    /// <summary>The unique generated file name.</summary>
    public required string HintName { get; init; }

    /// <summary>Neither the file nor any file it depends on, directly or not, has errors.</summary>
    public required bool IsGenerable { get; init; }

    /// <summary>The parsed file (more than one only when a path is given twice).</summary>
    public required EquatableArray<ParsedSchema> Sources { get; init; }

    /// <summary>The options that shape the generated code.</summary>
    public required GeneratorOptions Options { get; init; }

    /// <summary>What the consumer's target framework and language version offer.</summary>
    public required TargetFeatures Features { get; init; }

    /// <summary>A hash over every declaration the file reaches, its own included; see <see cref="DependencyFingerprints"/>.</summary>
    public required ulong DependencyFingerprint { get; init; }

    /// <summary>The bound project the spec is built from; not part of equality.</summary>
    public required ProjectBinding Binding { get; init; }

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
