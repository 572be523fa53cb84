using System.Collections.Generic;
using System.Threading;
using EventSchema.Generator.Model;
using EventSchema.Language;
using EventSchema.Language.Evolution;
using EventSchema.Language.Text;
using Diagnostic = EventSchema.Language.Diagnostics.Diagnostic;

namespace EventSchema.Generator.Building;

/// <summary>
/// The build's comparison of the schemas with the lock file: the front end reads the lock and its checker reports every
/// breaking change at the schema token it concerns. Nothing is compared without a lock file or while the schemas have
/// errors (whose fixes would only move the comparison's findings). The project's <c>EventSchemaJsonNaming</c> is compared
/// with the naming the lock file records (ES0763). Mode <c>None</c> still refuses edits of published
/// versions and applies the modes declarations give themselves, as <c>eventschema check</c> does.
/// </summary>
internal static class CompatibilityCheck
{
    public static IReadOnlyList<Diagnostic> Run(SchemaCompilation compilation, EvolutionSettings settings, CancellationToken cancellationToken)
    {
        if (settings.LockText is null || !TryParseMode(settings.Compatibility, out CompatibilityMode mode)) return [];
        SchemaLockReadResult read = SchemaLock.Read(new SourceText(settings.LockPath, settings.LockText));
        if (read.Lock is null) return read.Diagnostics;
        foreach (Diagnostic diagnostic in compilation.Diagnostics)
        {
            if (diagnostic.IsError) return read.Diagnostics;
        }
        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        diagnostics.AddRange(CompatibilityChecker.Check(compilation, read.Lock, mode, settings.Naming, cancellationToken));
        return diagnostics;
    }

    /// <summary>The <c>EventSchemaCompatibility</c> property; empty means the default, <see cref="CompatibilityMode.BackwardTransitive"/>.</summary>
    public static bool TryParseMode(string text, out CompatibilityMode mode)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            mode = CompatibilityMode.BackwardTransitive;
            return true;
        }
        return CompatibilityModes.TryParse(text, out mode);
    }
}
