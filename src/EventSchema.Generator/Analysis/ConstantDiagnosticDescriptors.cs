using System.Collections.Immutable;
using EventSchema.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Analysis;

/// <summary>
/// The rules of the constant analyzer (ES1001–ES1099): constants in C# that break a rule of a generated type.
/// Each can be configured in <c>.editorconfig</c> like any analyzer rule.
/// </summary>
internal static class ConstantDiagnosticDescriptors
{
    private const string Category = "EventSchema.Usage";

#pragma warning disable RS2008 // Release tracking is replaced by docs/diagnostics.md, as for the schema rules.
    /// <summary>A scalar's <c>From</c> is called with a constant it always rejects.</summary>
    public static DiagnosticDescriptor FromAlwaysThrows { get; } = new(
        "ES1001",
        "Scalar From always throws for this constant",
        "{0}.From always throws for this value: {1} It breaks {2} ({3}); pass a value that meets the rule",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The argument is a constant that breaks a rule of the scalar, so the call throws ArgumentException every time it runs.",
        helpLinkUri: HelpLinks.For(HelpLinks.DefaultBase, "ES1001"));

    /// <summary>A constant assigned to a generated property breaks one of its rules.</summary>
    public static DiagnosticDescriptor ConstantBreaksRule { get; } = new(
        "ES1002",
        "Constant breaks a schema rule",
        "{0} {1} The constant breaks {2} ({3}); Validate() will report it",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The value is a constant that breaks a length, pattern, bound or required rule of the field.",
        helpLinkUri: HelpLinks.For(HelpLinks.DefaultBase, "ES1002"));

    /// <summary>A collection of known size has too few or too many items.</summary>
    public static DiagnosticDescriptor CollectionSizeBreaksRule { get; } = new(
        "ES1003",
        "Collection size breaks a schema rule",
        "{0} {1} The collection has {2}, which breaks {3} ({4}); Validate() will report it",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The number of items in the collection is known at compile time and breaks @minItems or @maxItems.",
        helpLinkUri: HelpLinks.For(HelpLinks.DefaultBase, "ES1003"));

    /// <summary>A list with unique items gets the same constant twice.</summary>
    public static DiagnosticDescriptor DuplicateItem { get; } = new(
        "ES1004",
        "Duplicate item in a list with unique items",
        "{0} {1} {2} is already an earlier item, which breaks @uniqueItems ({3}); Validate() will report it",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Two items of the list are the same constant, and the field requires unique items.",
        helpLinkUri: HelpLinks.For(HelpLinks.DefaultBase, "ES1004"));

    /// <summary>A set gets the same constant twice; the second is dropped.</summary>
    public static DiagnosticDescriptor DuplicateSetItem { get; } = new(
        "ES1005",
        "Duplicate item in a set",
        "{0} is a set: {1} is already an earlier item and is dropped, so the set has fewer items than written ({2}); remove the duplicate",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Two items written into a set are the same constant; a set keeps one of them.",
        helpLinkUri: HelpLinks.For(HelpLinks.DefaultBase, "ES1005"));

    /// <summary><c>default(Scalar)</c> or <c>new Scalar()</c>, which skip <c>From</c> and hold a value that breaks a rule.</summary>
    public static DiagnosticDescriptor DefaultScalar { get; } = new(
        "ES1006",
        "Scalar created without From",
        "{0} skips {1}.From and holds {2}: {3} {4} It breaks {5} ({6}); create the value with {1}.From",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "default(Scalar) and new Scalar() create a scalar without checking its rules; its default value breaks one.",
        helpLinkUri: HelpLinks.For(HelpLinks.DefaultBase, "ES1006"));
#pragma warning restore RS2008

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        ImmutableArray.Create(FromAlwaysThrows, ConstantBreaksRule, CollectionSizeBreaksRule, DuplicateItem, DuplicateSetItem, DefaultScalar);
}
