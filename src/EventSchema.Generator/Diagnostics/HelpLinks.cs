using System.Collections.Concurrent;
using System.Linq;
using EventSchema.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EventSchema.Generator.Diagnostics;

/// <summary>
/// The help link of every EventSchema diagnostic: an absolute URL an IDE can open, <c>{base}#es0020</c>. The base is
/// the <c>EventSchemaHelpLinkBase</c> build property, so a team can point its IDE at a mirror or its own copy of the docs.
/// </summary>
internal static class HelpLinks
{
    /// <summary>The MSBuild property that sets the base (compiler-visible through the package's props).</summary>
    public const string PropertyName = "EventSchemaHelpLinkBase";

    /// <summary>docs/diagnostics.md on the public repository; the language server links there too.</summary>
    public const string DefaultBase = DiagnosticHelpLinks.DefaultBase;

    // Descriptors with a configured base, made once per rule and base: a build reports many diagnostics with few bases.
    private static readonly ConcurrentDictionary<(string Id, string Base), DiagnosticDescriptor> Rebased = new();

    /// <summary>The base the project configured, or <see cref="DefaultBase"/>; a trailing <c>#</c> or <c>/</c> is dropped.</summary>
    public static string Base(AnalyzerConfigOptions options)
    {
        string configured = options.TryGetValue("build_property." + PropertyName, out string? value) && value is not null ? value.Trim() : string.Empty;
        configured = configured.TrimEnd('#', '/');
        return configured.Length == 0 ? DefaultBase : configured;
    }

    /// <summary>The link for <paramref name="code"/> under <paramref name="baseUrl"/>: docs anchors are the lower-case code.</summary>
    public static string For(string baseUrl, string code) => DiagnosticHelpLinks.For(baseUrl, code);

    /// <summary><paramref name="descriptor"/> with its help link under <paramref name="baseUrl"/>.</summary>
    public static DiagnosticDescriptor Rebase(DiagnosticDescriptor descriptor, string baseUrl)
    {
        if (baseUrl == DefaultBase) return descriptor;
        return Rebased.GetOrAdd((descriptor.Id, baseUrl), key => new DiagnosticDescriptor(
            descriptor.Id,
            descriptor.Title,
            descriptor.MessageFormat,
            descriptor.Category,
            descriptor.DefaultSeverity,
            descriptor.IsEnabledByDefault,
            descriptor.Description,
            For(key.Base, descriptor.Id),
            descriptor.CustomTags.ToArray()));
    }
}
