using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace EventSchema.Generator.Analysis;

/// <summary>
/// The decoded rules of each symbol one compilation's analysis meets: its attributes are read once per symbol,
/// from any thread. Symbols without rules are cached too, so that most lookups end at one dictionary read.
/// </summary>
internal sealed class RuleCache
{
    private readonly INamedTypeSymbol _attributeType;
    private readonly ConcurrentDictionary<ISymbol, MemberRules?> _rules = new(SymbolEqualityComparer.Default);

    public RuleCache(INamedTypeSymbol attributeType) => _attributeType = attributeType;

    /// <summary>The rules of a property or scalar type; null when it carries none.</summary>
    public MemberRules? For(ISymbol symbol)
    {
        ISymbol definition = symbol.OriginalDefinition;
        if (_rules.TryGetValue(definition, out MemberRules? cached)) return cached;
        return _rules.GetOrAdd(definition, Decode(definition));
    }

    private MemberRules? Decode(ISymbol symbol)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _attributeType)) return MemberRules.Decode(attribute);
        }
        return null;
    }
}
