using EventSchema.Language.Export;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSchema.Generator.Model;

/// <summary>The MSBuild properties a project sets for the generator.</summary>
internal sealed record GeneratorOptions
{
    public static GeneratorOptions Default { get; } = new();

    /// <summary>Prepended to every schema namespace (<c>EventSchemaNamespacePrefix</c>); empty for none.</summary>
    public string NamespacePrefix { get; init; } = string.Empty;

    /// <summary>Whether records get <c>Validate()</c> (<c>EventSchemaEmitValidators</c>).</summary>
    public bool EmitValidators { get; init; } = true;

    /// <summary>How field names become JSON names (<c>EventSchemaJsonNaming</c>).</summary>
    public JsonNaming JsonNaming { get; init; } = JsonNaming.AsWritten;

    /// <summary>Whether the project gets its language polyfills elsewhere (PolySharp), so none are generated.</summary>
    public bool ProjectHasPolyfills { get; init; }

    /// <summary>The project's folder, from which generated file names are made relative.</summary>
    public string ProjectDirectory { get; init; } = string.Empty;

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        string prefix = Read(options, "EventSchemaNamespacePrefix").Trim().Trim('.');
        bool emitValidators = !string.Equals(Read(options, "EventSchemaEmitValidators").Trim(), "false", System.StringComparison.OrdinalIgnoreCase);
        JsonNaming naming = ReadJsonNaming(options);
        // PolySharp makes its settings compiler-visible; when they are present it also generates the polyfills.
        bool polySharp = options.TryGetValue("build_property.PolySharpUsePublicAccessibilityForGeneratedTypes", out _)
            || options.TryGetValue("build_property.PolySharpIncludeRuntimeSupportedAttributes", out _);
        return new GeneratorOptions
        {
            NamespacePrefix = prefix,
            EmitValidators = emitValidators,
            JsonNaming = naming,
            ProjectHasPolyfills = polySharp,
            ProjectDirectory = Read(options, "ProjectDir"),
        };
    }

    /// <summary>
    /// The <c>EventSchemaJsonNaming</c> property in any spelling <see cref="JsonNamings.TryParse"/> reads;
    /// <see cref="JsonNaming.AsWritten"/> when unset, and when unknown (ES0782, see <see cref="UnknownJsonNaming"/>).
    /// </summary>
    public static JsonNaming ReadJsonNaming(AnalyzerConfigOptions options)
        => JsonNamings.TryParse(Read(options, "EventSchemaJsonNaming"), out JsonNaming naming) ? naming : JsonNaming.AsWritten;

    /// <summary>The <c>EventSchemaJsonNaming</c> property as written when it is set and names no naming; null otherwise.</summary>
    public static string? UnknownJsonNaming(AnalyzerConfigOptions options)
    {
        string written = Read(options, "EventSchemaJsonNaming").Trim();
        return written.Length == 0 || JsonNamings.TryParse(written, out _) ? null : written;
    }

    private static string Read(AnalyzerConfigOptions options, string property)
        => options.TryGetValue("build_property." + property, out string? value) && value is not null ? value : string.Empty;
}
