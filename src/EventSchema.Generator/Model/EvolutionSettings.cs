using System;
using System.Threading;
using EventSchema.Language.Export;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSchema.Generator.Model;

/// <summary>
/// What the build compares the schemas with: the lock file's text (null when the project has none), the
/// compatibility mode and the JSON naming (compared with the one the lock file records). Equal by value, so an unchanged lock file keeps the plan, and everything after it, cached.
/// Kept apart from <see cref="GeneratorOptions"/>: it decides diagnostics only, never generated code, so a change to
/// it must not invalidate any file's spec.
/// </summary>
/// <param name="LockPath">The lock file's path; empty when there is none.</param>
/// <param name="LockText">The lock file's text; null when there is none.</param>
/// <param name="Compatibility">The <c>EventSchemaCompatibility</c> property as written; empty for the default.</param>
/// <param name="Naming">The <c>EventSchemaJsonNaming</c> property, as the generated code applies it.</param>
internal sealed record EvolutionSettings(string LockPath, string? LockText, string Compatibility, JsonNaming Naming = JsonNaming.AsWritten)
{
    /// <summary>The additional-file metadata the package's targets put on the lock file.</summary>
    public const string LockMetadata = "build_metadata.AdditionalFiles.EventSchemaLock";

    /// <summary>No lock file, default mode.</summary>
    public static EvolutionSettings None { get; } = new(string.Empty, null, string.Empty);

    /// <summary>Whether <paramref name="file"/> is the lock file: the package's targets mark it, whatever its name.</summary>
    public static bool IsLockFile(AdditionalText file, AnalyzerConfigOptionsProvider options)
        => options.GetOptions(file).TryGetValue(LockMetadata, out string? value)
            && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The lock file's path and text; an unreadable file reads as empty, which the lock reader reports.</summary>
    public static LockFileText ReadLock(AdditionalText file, CancellationToken cancellationToken)
        => new(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);

    /// <summary>The settings from the (first) lock file and the MSBuild properties.</summary>
    public static EvolutionSettings From(EquatableArray<LockFileText> locks, AnalyzerConfigOptions globalOptions)
    {
        string mode = globalOptions.TryGetValue("build_property.EventSchemaCompatibility", out string? value) && value is not null ? value.Trim() : string.Empty;
        JsonNaming naming = GeneratorOptions.ReadJsonNaming(globalOptions);
        return locks.IsEmpty ? None with { Compatibility = mode, Naming = naming } : new EvolutionSettings(locks[0].Path, locks[0].Text, mode, naming);
    }
}

/// <summary>A lock file as read from the additional files: its path and text.</summary>
internal sealed record LockFileText(string Path, string Text);
