using System.Collections.Generic;

namespace EventSchema.Language.Diagnostics;

// Reading past versions: ES0780–ES0799, reported by the build once it knows what the project's C# implements.
public static partial class DiagnosticCatalog
{
    /// <summary>ES0780: an event's past version needs a conversion no generated code can derive, and the project does not write it.</summary>
    public static DiagnosticDefinition MissingVersionConversion => VersionReadingCodes.MissingVersionConversion;

    /// <summary>ES0781: the project's <c>EventSchemaCompatibility</c> property names no compatibility mode.</summary>
    public static DiagnosticDefinition UnknownCompatibilityMode => VersionReadingCodes.UnknownCompatibilityMode;

    // A nested class, so these are created on first use whatever order the partial files' static initializers run in.
    private static class VersionReadingCodes
    {
        internal static readonly DiagnosticDefinition MissingVersionConversion = new("ES0780", DiagnosticSeverity.Error, "Missing version conversion", "Generation");
        internal static readonly DiagnosticDefinition UnknownCompatibilityMode = new("ES0781", DiagnosticSeverity.Error, "Unknown compatibility mode", "Generation");
    }

    private static IReadOnlyList<DiagnosticDefinition> VersionReadingDefinitions => [MissingVersionConversion, UnknownCompatibilityMode];
}
