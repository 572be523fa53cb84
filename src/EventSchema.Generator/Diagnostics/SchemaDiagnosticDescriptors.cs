using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EventSchema.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using LanguageSeverity = EventSchema.Language.Diagnostics.DiagnosticSeverity;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace EventSchema.Generator.Diagnostics;

/// <summary>
/// One Roslyn descriptor per front-end diagnostic, made from the catalog so each rule has its title, category
/// and help link, and <c>NoWarn</c>, <c>WarningsAsErrors</c> and global configs can configure each by its code.
/// </summary>
internal static class SchemaDiagnosticDescriptors
{
    /// <summary>Every front-end rule, by code.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ByCode { get; } =
        DiagnosticCatalog.All.ToDictionary(definition => definition.Code, Create);

    /// <summary>The generator itself failed; always a bug in EventSchema, never in the schema.</summary>
    public static DiagnosticDescriptor GeneratorFailure { get; } = new(
#pragma warning disable RS2008 // Release tracking covers literal rules; the schema rules are documented in docs/diagnostics.md.
        "ES9000",
#pragma warning restore RS2008
        "EventSchema generator failure",
        "The EventSchema generator failed unexpectedly ({0}); please report this with the schema that caused it",
        "Generator",
        RoslynSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For(HelpLinks.DefaultBase, "ES9000"));

    /// <summary>The project's C# version is too old for the generated code (required members need C# 11).</summary>
    public static DiagnosticDescriptor LanguageVersionTooLow { get; } = new(
#pragma warning disable RS2008 // Release tracking covers literal rules; the schema rules are documented in docs/diagnostics.md.
        "ES9001",
#pragma warning restore RS2008
        "EventSchema needs C# 11 or later",
        "EventSchema generates C# 11 code (required members, file-scoped namespaces), but this project uses C# {0}; set <LangVersion>11</LangVersion> or later in the project file",
        "Generator",
        RoslynSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For(HelpLinks.DefaultBase, "ES9001"));

    /// <summary>Every schema rule's descriptor, by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ByCode.Values.OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal).ToImmutableArray();

    public static RoslynSeverity ToRoslyn(LanguageSeverity severity) => severity switch
    {
        LanguageSeverity.Error => RoslynSeverity.Error,
        LanguageSeverity.Warning => RoslynSeverity.Warning,
        _ => RoslynSeverity.Info,
    };

    // The message of each diagnostic is written by the front end; the descriptor passes it through.
#pragma warning disable RS1017, RS2008 // Ids come from the front end's catalog, one per definition.
    private static DiagnosticDescriptor Create(DiagnosticDefinition definition) => new(
        definition.Code,
        definition.Title,
        "{0}",
        "EventSchema." + definition.Category,
        ToRoslyn(definition.DefaultSeverity),
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For(HelpLinks.DefaultBase, definition.Code));
#pragma warning restore RS1017, RS2008
}
