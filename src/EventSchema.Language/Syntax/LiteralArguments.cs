using System.Collections.Generic;

namespace EventSchema.Language.Syntax;

/// <summary>A decorator's arguments as a count and an indexer: one argument, a list of them, or none.</summary>
internal readonly struct LiteralArguments
{
    private readonly object? _argumentOrList;

    internal LiteralArguments(object? argumentOrList) => _argumentOrList = argumentOrList;

    public int Count => _argumentOrList switch
    {
        null => 0,
        LiteralSyntax => 1,
        _ => ((IReadOnlyList<LiteralSyntax>)_argumentOrList).Count,
    };

    public LiteralSyntax this[int index] => _argumentOrList is LiteralSyntax single
        ? index == 0 ? single : throw new System.ArgumentOutOfRangeException(nameof(index))
        : ((IReadOnlyList<LiteralSyntax>)_argumentOrList!)[index];
}
