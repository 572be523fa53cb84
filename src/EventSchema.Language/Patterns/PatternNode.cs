using System.Collections.Generic;

namespace EventSchema.Language.Patterns;

/// <summary>
/// One part of a parsed pattern, reduced to what decides whether a string matches: captures, group names and
/// greediness are gone, and every character, escape, class and <c>.</c> is a set of code points.
/// </summary>
public abstract class PatternNode
{
    private protected PatternNode()
    {
    }
}

/// <summary>The parts, one after another.</summary>
public sealed class SequenceNode : PatternNode
{
    internal SequenceNode(IReadOnlyList<PatternNode> items) => Items = items;

    /// <summary>The parts, in order; none is itself a sequence.</summary>
    public IReadOnlyList<PatternNode> Items { get; }
}

/// <summary>Any one of the alternatives (<c>a|b</c>).</summary>
public sealed class AlternationNode : PatternNode
{
    internal AlternationNode(IReadOnlyList<PatternNode> alternatives) => Alternatives = alternatives;

    /// <summary>Two or more alternatives.</summary>
    public IReadOnlyList<PatternNode> Alternatives { get; }
}

/// <summary>The body, <see cref="Min"/> to <see cref="Max"/> times.</summary>
public sealed class RepeatNode : PatternNode
{
    internal RepeatNode(PatternNode body, int min, int? max)
    {
        Body = body;
        Min = min;
        Max = max;
    }

    /// <summary>What is repeated.</summary>
    public PatternNode Body { get; }

    /// <summary>The fewest repetitions.</summary>
    public int Min { get; }

    /// <summary>The most repetitions; null when unbounded.</summary>
    public int? Max { get; }
}

/// <summary>
/// One code point from <see cref="Set"/>. The set never holds a surrogate code point: with ECMA-262's unicode
/// semantics a surrogate pair is one code point, and a lone surrogate (text that is not well-formed UTF-16)
/// is matched by nothing.
/// </summary>
public sealed class CharacterNode : PatternNode
{
    internal CharacterNode(CodePointSet set) => Set = set.Except(CodePointSet.Surrogates);

    /// <summary>The code points this part matches.</summary>
    public CodePointSet Set { get; }
}

/// <summary><c>^</c> (the start of the value) or <c>$</c> (the very end of the value: no multiline mode, no final line feed exception).</summary>
public sealed class AnchorNode : PatternNode
{
    private AnchorNode(bool atStart) => AtStart = atStart;

    /// <summary><c>^</c>.</summary>
    public static AnchorNode Start { get; } = new(true);

    /// <summary><c>$</c>.</summary>
    public static AnchorNode End { get; } = new(false);

    /// <summary>True for <c>^</c>, false for <c>$</c>.</summary>
    public bool AtStart { get; }
}
