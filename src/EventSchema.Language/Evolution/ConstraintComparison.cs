using System.Collections.Generic;
using EventSchema.Language.Diagnostics;
using EventSchema.Language.Semantics;

namespace EventSchema.Language.Evolution;

/// <summary>One constraint that differs between two versions, and which way.</summary>
/// <param name="Definition">The rule: the diagnostic of this change.</param>
/// <param name="Decorator">The decorator that expresses the constraint, such as <c>maxLength</c>.</param>
/// <param name="Older">The older version's value as written, or null when it had none.</param>
/// <param name="Newer">The newer version's value as written, or null when it has none.</param>
/// <param name="BreaksBackward">Whether data of the older version may fail the newer rule.</param>
/// <param name="BreaksForward">Whether data of the newer version may fail the older rule.</param>
internal sealed record ConstraintChange(DiagnosticDefinition Definition, string Decorator, string? Older, string? Newer, bool BreaksBackward, bool BreaksForward);

/// <summary>Compares constraints by the values they allow: tightening breaks backward compatibility, relaxing breaks forward compatibility.</summary>
internal static class ConstraintComparison
{
    // Shared and never added to: callers only read what Compare returns.
    private static readonly List<ConstraintChange> NoChanges = new(0);

    public static bool SameValues(Constraints a, Constraints b) => Compare(a, b).Count == 0;

    public static List<ConstraintChange> Compare(Constraints older, Constraints newer)
    {
        // Most fields keep their constraints: one comparison, no list.
        if (older.Equals(newer)) return NoChanges;
        var changes = new List<ConstraintChange>();
        LowerCount(changes, "minLength", older.MinLength, newer.MinLength, DiagnosticBuilder.MinLengthIncreasedDefinition, DiagnosticBuilder.MinLengthDecreasedDefinition);
        UpperCount(changes, "maxLength", older.MaxLength, newer.MaxLength, DiagnosticBuilder.MaxLengthDecreasedDefinition, DiagnosticBuilder.MaxLengthIncreasedDefinition);
        if (older.Pattern != newer.Pattern)
        {
            if (older.Pattern is null) changes.Add(new(DiagnosticBuilder.PatternAddedDefinition, "pattern", null, Quote(newer.Pattern!), true, false));
            else if (newer.Pattern is null) changes.Add(new(DiagnosticBuilder.PatternRemovedDefinition, "pattern", Quote(older.Pattern), null, false, true));
            else changes.Add(new(DiagnosticBuilder.PatternChangedDefinition, "pattern", Quote(older.Pattern), Quote(newer.Pattern), true, true));
        }
        Bound(changes, lower: true, Lower(older), Lower(newer));
        Bound(changes, lower: false, Upper(older), Upper(newer));
        LowerCount(changes, "minItems", older.MinItems, newer.MinItems, DiagnosticBuilder.MinItemsIncreasedDefinition, DiagnosticBuilder.MinItemsDecreasedDefinition);
        UpperCount(changes, "maxItems", older.MaxItems, newer.MaxItems, DiagnosticBuilder.MaxItemsDecreasedDefinition, DiagnosticBuilder.MaxItemsIncreasedDefinition);
        if (older.UniqueItems != newer.UniqueItems)
        {
            changes.Add(newer.UniqueItems
                ? new(DiagnosticBuilder.UniqueItemsAddedDefinition, "uniqueItems", null, "", true, false)
                : new(DiagnosticBuilder.UniqueItemsRemovedDefinition, "uniqueItems", "", null, false, true));
        }
        return changes;
    }

    private static string Quote(string pattern) => LiteralJson.Quote(pattern);

    private static string? Text(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A lower count (minLength, minItems): absent means 0.
    private static void LowerCount(List<ConstraintChange> changes, string name, int? older, int? newer, DiagnosticDefinition increased, DiagnosticDefinition decreased)
    {
        int a = older ?? 0, b = newer ?? 0;
        if (a == b) return;
        changes.Add(b > a ? new(increased, name, Text(older), Text(newer), true, false) : new(decreased, name, Text(older), Text(newer), false, true));
    }

    // An upper count (maxLength, maxItems): absent means unbounded.
    private static void UpperCount(List<ConstraintChange> changes, string name, int? older, int? newer, DiagnosticDefinition decreased, DiagnosticDefinition increased)
    {
        if (older == newer) return;
        bool tighter = newer is { } b && (older is not { } a || b < a);
        changes.Add(tighter ? new(decreased, name, Text(older), Text(newer), true, false) : new(increased, name, Text(older), Text(newer), false, true));
    }

    private readonly record struct NumericBound(decimal Value, bool Exclusive, string Decorator, string Text);

    /// <summary>The tighter of <c>@minimum</c> and <c>@exclusiveMinimum</c>; null when neither is set.</summary>
    private static NumericBound? Lower(Constraints c)
    {
        NumericBound? inclusive = c.Minimum is { } m ? new NumericBound(m.Value, false, "minimum", m.Text) : null;
        NumericBound? exclusive = c.ExclusiveMinimum is { } e ? new NumericBound(e.Value, true, "exclusiveMinimum", e.Text) : null;
        if (inclusive is null) return exclusive;
        if (exclusive is null) return inclusive;
        return exclusive.Value.Value >= inclusive.Value.Value ? exclusive : inclusive;
    }

    /// <summary>The tighter of <c>@maximum</c> and <c>@exclusiveMaximum</c>; null when neither is set.</summary>
    private static NumericBound? Upper(Constraints c)
    {
        NumericBound? inclusive = c.Maximum is { } m ? new NumericBound(m.Value, false, "maximum", m.Text) : null;
        NumericBound? exclusive = c.ExclusiveMaximum is { } e ? new NumericBound(e.Value, true, "exclusiveMaximum", e.Text) : null;
        if (inclusive is null) return exclusive;
        if (exclusive is null) return inclusive;
        return exclusive.Value.Value <= inclusive.Value.Value ? exclusive : inclusive;
    }

    private static void Bound(List<ConstraintChange> changes, bool lower, NumericBound? older, NumericBound? newer)
    {
        if (older is null && newer is null) return;
        if (older is { } a && newer is { } b && a.Value == b.Value && a.Exclusive == b.Exclusive) return;
        // Tighter: a bound where there was none, or one that excludes values the old one allowed.
        bool tighter;
        if (older is null) tighter = true;
        else if (newer is null) tighter = false;
        else
        {
            var o = older.Value; var n = newer.Value;
            int byValue = lower ? n.Value.CompareTo(o.Value) : o.Value.CompareTo(n.Value);
            tighter = byValue > 0 || byValue == 0 && n.Exclusive && !o.Exclusive;
        }
        string decorator = (newer ?? older)!.Value.Decorator;
        string? olderText = older is { } x ? "@" + x.Decorator + "(" + x.Text + ")" : null;
        string? newerText = newer is { } y ? "@" + y.Decorator + "(" + y.Text + ")" : null;
        var definition = lower
            ? (tighter ? DiagnosticBuilder.MinimumIncreasedDefinition : DiagnosticBuilder.MinimumDecreasedDefinition)
            : (tighter ? DiagnosticBuilder.MaximumDecreasedDefinition : DiagnosticBuilder.MaximumIncreasedDefinition);
        changes.Add(new(definition, decorator, olderText, newerText, tighter, !tighter));
    }
}
