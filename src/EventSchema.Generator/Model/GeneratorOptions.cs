using EventSchema.Language.Export;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSchema.Generator.Model;

/// <summary>The MSBuild properties a project sets for the generator.</summary>
/// <param name="NamespacePrefix">Prepended to every schema namespace, such as <c>Contoso.Events</c>; empty for none.</param>
/// <param name="EmitValidators">Whether records get <c>Validate()</c>.</param>
/// <param name="JsonNaming">How wire names are derived for fields without <c>@json</c>.</param>
/// <param name="ProjectHasPolyfills">Whether the project generates its own language polyfills (PolySharp), so ours would collide.</param>
/// <param name="ProjectDirectory">The project folder, from which generated file names are made relative; empty when unknown.</param>
internal sealed record GeneratorOptions(string NamespacePrefix, bool EmitValidators, JsonNaming JsonNaming, bool ProjectHasPolyfills, string ProjectDirectory)
{
    public static GeneratorOptions Default { get; } = new(string.Empty, true, JsonNaming.AsWritten, false, string.Empty);

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        string prefix = Read(options, "EventSchemaNamespacePrefix").Trim().Trim('.');
        bool emitValidators = !string.Equals(Read(options, "EventSchemaEmitValidators").Trim(), "false", System.StringComparison.OrdinalIgnoreCase);
        JsonNaming naming = Read(options, "EventSchemaJsonNaming").Trim().ToLowerInvariant() switch
        {
            "camelcase" => JsonNaming.CamelCase,
            "snakecase" => JsonNaming.SnakeCase,
            "kebabcase" => JsonNaming.KebabCase,
            _ => JsonNaming.AsWritten,
        };
        // PolySharp makes its settings compiler-visible; when they are present it also generates the polyfills.
        bool polySharp = options.TryGetValue("build_property.PolySharpUsePublicAccessibilityForGeneratedTypes", out _)
            || options.TryGetValue("build_property.PolySharpIncludeRuntimeSupportedAttributes", out _);
        return new GeneratorOptions(prefix, emitValidators, naming, polySharp, Read(options, "ProjectDir"));
    }

    private static string Read(AnalyzerConfigOptions options, string property)
        => options.TryGetValue("build_property." + property, out string? value) && value is not null ? value : string.Empty;
}
