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
    bool HasRequiredMembers,
    bool HasNullableFlowAttributes = true,
    bool HasParsable = true,
    bool HasScalarTypeConverter = true)
{
    public static TargetFeatures Modern { get; } = new(true, true, true, true, true, true, true);

    public static TargetFeatures From(Compilation compilation) => new(
        HasDateOnly: IsUsable(compilation, "System", "DateOnly"),
        HasReadOnlySet: IsUsable(compilation, "System.Collections.Generic", "IReadOnlySet`1"),
        HasIsExternalInit: IsUsable(compilation, "System.Runtime.CompilerServices", "IsExternalInit"),
        HasRequiredMembers: IsUsable(compilation, "System.Runtime.CompilerServices", "RequiredMemberAttribute")
            && IsUsable(compilation, "System.Runtime.CompilerServices", "CompilerFeatureRequiredAttribute")
            && IsUsable(compilation, "System.Diagnostics.CodeAnalysis", "SetsRequiredMembersAttribute"),
        HasNullableFlowAttributes: IsUsable(compilation, "System.Diagnostics.CodeAnalysis", "NotNullWhenAttribute")
            && IsUsable(compilation, "System.Diagnostics.CodeAnalysis", "NotNullIfNotNullAttribute"),
        HasParsable: IsUsable(compilation, "System", "IParsable`1"),
        // The runtime's net8.0 build has it; a net7.0 project reads the netstandard2.0 build, which does not.
        HasScalarTypeConverter: IsUsable(compilation, "EventSchema", "ScalarTypeConverter`1"));

    // This runs after every edit to any C# file. Looking a name up in the compilation merges the namespaces of
    // every referenced assembly anew each time; the referenced assemblies' own symbols are shared between
    // compilations, so asking each of them is cheaper. Only when the project's own code declares a type of that
    // name (the declaration table answers that without binding) does the whole compilation have to be asked.
    private static bool IsUsable(Compilation compilation, string ns, string metadataTypeName)
    {
        string metadataName = ns + "." + metadataTypeName;
        int tick = metadataTypeName.IndexOf('`');
        string simpleName = tick < 0 ? metadataTypeName : metadataTypeName.Substring(0, tick);
        if (compilation.ContainsSymbolsWithName(simpleName, SymbolFilter.Type)) return IsUsableInCompilation(compilation, metadataName);

        INamedTypeSymbol? found = null;
        int accessible = 0;
        bool inCoreLibrary = false;
        IAssemblySymbol coreLibrary = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;
        foreach (MetadataReference reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly) continue;
            INamedTypeSymbol? type = assembly.GetTypeByMetadataName(metadataName);
            if (type is null) continue;
            if (type.DeclaredAccessibility != Accessibility.Public && !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)) continue;
            found = type;
            accessible++;
            inCoreLibrary |= SymbolEqualityComparer.Default.Equals(assembly, coreLibrary);
        }
        // As the compiler resolves it: one accessible definition, or the core library's when several exist.
        return found is not null && (accessible == 1 || inCoreLibrary);
    }

    private static bool IsUsableInCompilation(Compilation compilation, string metadataName)
    {
        INamedTypeSymbol? type = compilation.GetTypeByMetadataName(metadataName);
        return type is not null && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
    }
}
