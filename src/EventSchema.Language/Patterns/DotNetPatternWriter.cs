using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace EventSchema.Language.Patterns;

/// <summary>
/// Writes a parsed pattern as a .NET regular expression with the same meaning, for <c>RegexOptions.None</c> or
/// <c>RegexOptions.NonBacktracking</c> (never <c>RegexOptions.ECMAScript</c>, which has no unicode semantics):
/// every class is written out explicitly (so <c>\d</c> stays ASCII and <c>\s</c> is ECMA-262's set), a code point
/// above U+FFFF is its surrogate pair, classes with such code points become alternations of pairs, and <c>$</c> is
/// <c>\z</c>, the very end of the value.
/// </summary>
internal static class DotNetPatternWriter
{
    /// <summary>.NET's linear-time engine refuses a pattern whose automaton could grow past this many nodes.</summary>
    public const int NonBacktrackingNodeLimit = 10_000;

    public static string Write(PatternNode root)
    {
        var builder = new StringBuilder();
        Write(root, builder);
        return builder.ToString();
    }

    /// <summary>
    /// An upper estimate of the automaton .NET's linear-time engine builds for the translation of <paramref name="node"/>,
    /// counted as it counts (about five nodes a character, repetitions multiplying), so patterns it would refuse at run
    /// time are refused while building instead.
    /// </summary>
    public static long EstimateNodes(PatternNode node)
    {
        const long PerCharacter = 5;
        switch (node)
        {
            case SequenceNode sequence:
                return sequence.Items.Sum(EstimateNodes);
            case AlternationNode alternation:
                return alternation.Alternatives.Sum(EstimateNodes) + PerCharacter;
            case RepeatNode repeat:
                long times = repeat.Max ?? (long)repeat.Min + 1;
                return Math.Min(long.MaxValue / 4, EstimateNodes(repeat.Body) * Math.Max(1, times)) + PerCharacter;
            case CharacterNode character:
                return PerCharacter * WriteSet(character.Set, new StringBuilder());
            default:
                return PerCharacter;
        }
    }

    private static void Write(PatternNode node, StringBuilder builder)
    {
        switch (node)
        {
            case SequenceNode sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is AlternationNode) WriteGroup(item, builder);
                    else Write(item, builder);
                }
                break;
            case AlternationNode alternation:
                for (int i = 0; i < alternation.Alternatives.Count; i++)
                {
                    if (i > 0) builder.Append('|');
                    Write(alternation.Alternatives[i], builder);
                }
                break;
            case RepeatNode repeat:
                if (IsSingleAtom(repeat.Body)) Write(repeat.Body, builder);
                else WriteGroup(repeat.Body, builder);
                WriteQuantifier(repeat, builder);
                break;
            case CharacterNode character:
                WriteSet(character.Set, builder);
                break;
            case AnchorNode anchor:
                builder.Append(anchor.AtStart ? "^" : "\\z");
                break;
        }
    }

    private static void WriteGroup(PatternNode node, StringBuilder builder)
    {
        builder.Append("(?:");
        Write(node, builder);
        builder.Append(')');
    }

    // What .NET repeats as one unit without a group: one BMP character or one class, never a surrogate pair.
    private static bool IsSingleAtom(PatternNode node)
        => node is CharacterNode character && (character.Set.IsEmpty || character.Set.High(character.Set.RangeCount - 1) <= 0xFFFF);

    private static void WriteQuantifier(RepeatNode repeat, StringBuilder builder)
    {
        string min = repeat.Min.ToString(CultureInfo.InvariantCulture);
        switch (repeat.Min, repeat.Max)
        {
            case (0, null): builder.Append('*'); break;
            case (1, null): builder.Append('+'); break;
            case (0, 1): builder.Append('?'); break;
            case (_, null): builder.Append('{').Append(min).Append(",}"); break;
            case (_, int max) when max == repeat.Min: builder.Append('{').Append(min).Append('}'); break;
            case (_, int max): builder.Append('{').Append(min).Append(',').Append(max.ToString(CultureInfo.InvariantCulture)).Append('}'); break;
        }
    }

    // Writes the set; returns how many characters its .NET form tests (a class counts once, a surrogate pair twice).
    private static int WriteSet(CodePointSet set, StringBuilder builder)
    {
        if (set.IsEmpty)
        {
            builder.Append("[^\\u0000-\\uFFFF]");
            return 1;
        }
        int single = set.SingleCodePoint;
        if (single >= 0 && single <= 0xFFFF)
        {
            WriteChar((char)single, builder, inClass: false);
            return 1;
        }
        if (single > 0xFFFF)
        {
            string pair = char.ConvertFromUtf32(single);
            WriteChar(pair[0], builder, inClass: false);
            WriteChar(pair[1], builder, inClass: false);
            return 2;
        }

        var basic = new StringBuilder();
        // Code points above U+FFFF, as the low-surrogate ranges that follow each high surrogate.
        var lowRangesByHigh = new SortedDictionary<char, StringBuilder>();
        for (int i = 0; i < set.RangeCount; i++)
        {
            int low = set.Low(i), high = set.High(i);
            if (low <= 0xFFFF) AppendClassRange(basic, low, Math.Min(high, 0xFFFF));
            for (int start = Math.Max(low, 0x10000); start <= high;)
            {
                string first = char.ConvertFromUtf32(start);
                int blockEnd = Math.Min(high, (start & ~0x3FF) + 0x3FF); // the last code point with this high surrogate
                string last = char.ConvertFromUtf32(blockEnd);
                if (!lowRangesByHigh.TryGetValue(first[0], out var lows)) lowRangesByHigh[first[0]] = lows = new StringBuilder();
                AppendClassRange(lows, first[1], last[1]);
                start = blockEnd + 1;
            }
        }
        if (lowRangesByHigh.Count == 0)
        {
            builder.Append('[').Append(basic).Append(']');
            return 1;
        }
        builder.Append("(?:");
        if (basic.Length > 0) builder.Append('[').Append(basic).Append("]|");
        // Consecutive high surrogates followed by the same low surrogates share one alternative.
        int units = basic.Length > 0 ? 1 : 0;
        bool firstAlternative = true;
        char? runStart = null, runEnd = null;
        string? runLows = null;
        foreach (var entry in lowRangesByHigh)
        {
            string lows = entry.Value.ToString();
            if (runStart is not null && lows == runLows && entry.Key == runEnd + 1)
            {
                runEnd = entry.Key;
                continue;
            }
            if (runStart is not null)
            {
                AppendPairAlternative(builder, runStart.Value, runEnd!.Value, runLows!, ref firstAlternative);
                units += 2;
            }
            runStart = runEnd = entry.Key;
            runLows = lows;
        }
        AppendPairAlternative(builder, runStart!.Value, runEnd!.Value, runLows!, ref firstAlternative);
        builder.Append(')');
        return units + 2;
    }

    private static void AppendPairAlternative(StringBuilder builder, char highFirst, char highLast, string lows, ref bool first)
    {
        if (!first) builder.Append('|');
        first = false;
        AppendUnitRange(builder, highFirst, highLast);
        // One low surrogate needs no class.
        if (lows.Length == 6) builder.Append(lows);
        else builder.Append('[').Append(lows).Append(']');
    }

    private static void AppendClassRange(StringBuilder builder, int low, int high)
    {
        WriteChar((char)low, builder, inClass: true);
        if (high == low) return;
        if (high > low + 1) builder.Append('-');
        WriteChar((char)high, builder, inClass: true);
    }

    private static void AppendUnitRange(StringBuilder builder, char low, char high)
    {
        if (low == high)
        {
            WriteChar(low, builder, inClass: false);
            return;
        }
        builder.Append('[');
        WriteChar(low, builder, inClass: true);
        builder.Append('-');
        WriteChar(high, builder, inClass: true);
        builder.Append(']');
    }

    private static void WriteChar(char c, StringBuilder builder, bool inClass)
    {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')
        {
            builder.Append(c);
        }
        else if (c > ' ' && c < 0x7F)
        {
            bool special = inClass ? "\\]-^[".IndexOf(c) >= 0 : "\\.*+?()[]{}|^$#".IndexOf(c) >= 0;
            if (special) builder.Append('\\');
            builder.Append(c);
        }
        else
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
    }
}
