using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EventSchema.Language.Patterns;

/// <summary>One part of a simple pattern: a code point from <see cref="Set"/>, <see cref="Min"/> to <see cref="Max"/> times (<see cref="int.MaxValue"/>: unbounded).</summary>
public sealed record PatternElement(CodePointSet Set, int Min, int Max);

/// <summary>
/// The shapes of pattern that plain code can match without backtracking, in linear time: <c>^(a|b|c)$</c> over
/// literals, and a sequence of code point sets, each optionally repeated, where no repeated set can also match what
/// follows it (so greedy matching is right), anchored at the start by <c>^</c> or short and of fixed length (so trying
/// every start stays linear). Other patterns need a regular expression engine.
/// </summary>
public sealed class SimplePatternShape
{
    /// <summary>An unanchored pattern is tried at every position: each try is kept this short.</summary>
    public const int UnanchoredLengthLimit = 64;

    private SimplePatternShape(bool anchoredStart, bool anchoredEnd, IReadOnlyList<PatternElement>? elements, IReadOnlyList<string>? choices)
    {
        AnchoredStart = anchoredStart;
        AnchoredEnd = anchoredEnd;
        Elements = elements;
        Choices = choices;
    }

    /// <summary>Whether the pattern starts with <c>^</c>.</summary>
    public bool AnchoredStart { get; }

    /// <summary>Whether the pattern ends with <c>$</c>.</summary>
    public bool AnchoredEnd { get; }

    /// <summary>The sequence, for a sequence pattern; null for literal choices.</summary>
    public IReadOnlyList<PatternElement>? Elements { get; }

    /// <summary>The whole-value literals of <c>^(a|b|c)$</c>; null for a sequence pattern.</summary>
    public IReadOnlyList<string>? Choices { get; }

    /// <summary>The simple shape of <paramref name="root"/>, or null when it has none.</summary>
    public static SimplePatternShape? Of(PatternNode root)
    {
        var items = root is SequenceNode sequence ? sequence.Items.ToList() : new List<PatternNode> { root };
        bool anchoredStart = items.Count > 0 && items[0] == AnchorNode.Start;
        if (anchoredStart) items.RemoveAt(0);
        bool anchoredEnd = items.Count > 0 && items[items.Count - 1] == AnchorNode.End;
        if (anchoredEnd) items.RemoveAt(items.Count - 1);

        if (anchoredStart && anchoredEnd && items.Count == 1 && items[0] is AlternationNode alternation)
        {
            var choices = LiteralChoices(alternation);
            return choices is null ? null : new SimplePatternShape(true, true, null, choices);
        }

        var elements = new List<PatternElement>();
        foreach (var item in items)
        {
            switch (item)
            {
                case CharacterNode character:
                    elements.Add(new PatternElement(character.Set, 1, 1));
                    break;
                case RepeatNode { Body: CharacterNode body } repeat:
                    elements.Add(new PatternElement(body.Set, repeat.Min, repeat.Max ?? int.MaxValue));
                    break;
                default:
                    return null;
            }
        }
        if (!IsDeterministic(elements)) return null;
        if (!anchoredStart && (!elements.All(e => e.Min == e.Max) || elements.Sum(e => (long)e.Max) > UnanchoredLengthLimit)) return null;
        return new SimplePatternShape(anchoredStart, anchoredEnd, elements, null);
    }

    private static List<string>? LiteralChoices(AlternationNode alternation)
    {
        var choices = new List<string>();
        foreach (var alternative in alternation.Alternatives)
        {
            var parts = alternative is SequenceNode sequence ? sequence.Items : new[] { alternative };
            var text = new StringBuilder();
            foreach (var part in parts)
            {
                if (part is not CharacterNode character || character.Set.SingleCodePoint < 0) return null;
                text.Append(char.ConvertFromUtf32(character.Set.SingleCodePoint));
            }
            choices.Add(text.ToString());
        }
        return choices;
    }

    // Each repeated set must not match what could come right after it, or greedy matching could eat it.
    private static bool IsDeterministic(List<PatternElement> elements)
    {
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].Min == elements[i].Max) continue;
            for (int j = i + 1; j < elements.Count; j++)
            {
                if (elements[i].Set.Overlaps(elements[j].Set)) return false;
                if (elements[j].Min > 0) break;
            }
        }
        return true;
    }
}
