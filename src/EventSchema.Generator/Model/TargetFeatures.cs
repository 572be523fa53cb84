using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Model;

/// <summary>
/// What the consuming project's target framework offers, read once per compilation so the emitted code
/// builds on net8.0+ and on netstandard2.0 alike. Equatable, so edits to C# code leave it unchanged.
/// </summary>
internal sealed record TargetFeatures(
    bool HasDateOnly,
    bool HasReadOnlySet,
    bool HasIsExternalInit,
    bool HasRequiredMembers)
{
    public static TargetFeatures Modern { get; } = new(true, true, true, true);

    public static TargetFeatures From(Compilation compilation) => new(
        HasDateOnly: IsUsable(compilation, "System.DateOnly"),
        HasReadOnlySet: IsUsable(compilation, "System.Collections.Generic.IReadOnlySet`1"),
        HasIsExternalInit: IsUsable(compilation, "System.Runtime.CompilerServices.IsExternalInit"),
        HasRequiredMembers: IsUsable(compilation, "System.Runtime.CompilerServices.RequiredMemberAttribute")
            && IsUsable(compilation, "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute")
            && IsUsable(compilation, "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute"));

    private static bool IsUsable(Compilation compilation, string metadataName)
    {
        INamedTypeSymbol? type = compilation.GetTypeByMetadataName(metadataName);
        return type is not null && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
    }
}
