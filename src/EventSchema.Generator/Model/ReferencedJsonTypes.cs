using System;
using System.Linq;
using EventSchema.Generator.Building;

namespace EventSchema.Generator.Model;

/// <summary>A C# type generated in a referenced assembly, by its namespace and name, as that assembly named it.</summary>
internal sealed record ReferencedJsonType
{
    /// <summary>The C# namespace; empty for the global namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The C# type name; its converter is this name with <c>JsonConverter</c> after it, beside it.</summary>
    public required string Name { get; init; }

    /// <summary>The full schema name of its declaration (<c>MiddleCorridor.Common.Port</c>).</summary>
    public required string SchemaName { get; init; }

    /// <summary>
    /// Whether it is an enum or a scalar, which keep a converter class of their own beside them; records, events and
    /// unions use the runtime's shared converter.
    /// </summary>
    public bool HasOwnConverter { get; init; }

    /// <summary>
    /// For an event, the past versions its assembly generated a nested record for (<c>V1</c>, …), as its description
    /// lists them; empty otherwise.
    /// </summary>
    public EquatableArray<int> PastVersions { get; init; } = EquatableArray<int>.Empty;
}

/// <summary>
/// The types the referenced assemblies generated from their schemas (a shared contracts library's records, events,
/// enums, scalars and unions), read from the C# names each assembly stored with its declarations. The project's own
/// <c>GeneratedJson</c> covers them through their public converters.
/// </summary>
internal static class ReferencedJsonTypes
{
    public static EquatableArray<ReferencedJsonType> From(ReferenceSet references)
    {
        var bound = references.Bound;
        return bound.Declarations
            .Select(declaration => (Names: ReferencedNames.Decode(bound.GetHostData(declaration)), Declaration: declaration))
            // A name two references declare has no C# type this project can name (ES0071 where its schemas use it).
            .Where(declaration => declaration.Names is not null && bound.AssembliesDeclaring(declaration.Declaration.FullName) is null)
            .Select(declaration => Split(declaration.Names!.FullTypeName) with
            {
                SchemaName = declaration.Declaration.FullName,
                HasOwnConverter = declaration.Declaration.Kind is Language.Semantics.DeclarationKind.Enum or Language.Semantics.DeclarationKind.Scalar,
                PastVersions = declaration.Declaration is Language.Semantics.RecordSymbol { IsEvent: true } record
                    ? record.PastVersions.Select(past => past.Version).ToEquatableArray()
                    : EquatableArray<int>.Empty,
            })
            .Distinct()
            .OrderBy(type => type.Namespace, StringComparer.Ordinal)
            .ThenBy(type => type.Name, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static ReferencedJsonType Split(string fullTypeName)
    {
        string name = fullTypeName.StartsWith("global::", StringComparison.Ordinal) ? fullTypeName.Substring("global::".Length) : fullTypeName;
        int dot = name.LastIndexOf('.');
        return dot < 0
            ? new ReferencedJsonType { Namespace = string.Empty, Name = name, SchemaName = string.Empty }
            : new ReferencedJsonType { Namespace = name.Substring(0, dot), Name = name.Substring(dot + 1), SchemaName = string.Empty };
    }
}
