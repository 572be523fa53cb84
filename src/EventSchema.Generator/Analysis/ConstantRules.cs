using System;
using System.Collections.Generic;
using System.Globalization;
using EventSchema.Generator.Building;
using EventSchema.Generator.Emit;

namespace EventSchema.Generator.Analysis;

/// <summary>
/// Which rules a constant breaks, in the order and with the comparisons of the generated validators: null
/// first, then length in code points and pattern for text, then the four bounds for numbers (NaN breaks them all).
/// </summary>
internal static class ConstantRules
{
    /// <summary>Every rule <paramref name="value"/> breaks; empty when it meets them all or cannot be judged.</summary>
    public static List<BrokenRule> Check(MemberRules rules, object? value)
    {
        // Most constants meet every rule: they share one empty list that is never added to.
        if (!rules.Required && !rules.HasValueRules) return None;
        var broken = new List<BrokenRule>(0);
        switch (value)
        {
            case null:
                if (rules.Required) broken.Add(new BrokenRule("required", RuleMessages.Required, "a non-optional field"));
                break;
            case string text:
                CheckText(rules, text, broken);
                break;
            case double or float:
                CheckNumber(rules, Convert.ToDouble(value, CultureInfo.InvariantCulture), broken);
                break;
            case decimal or int or long or short or sbyte or byte or ushort or uint or ulong:
                CheckNumber(rules, Convert.ToDecimal(value, CultureInfo.InvariantCulture), broken);
                break;
        }
        return broken;
    }

    private static readonly List<BrokenRule> None = new(0);

    // Humanizer reads the current culture; messages are built only for broken rules, so the scope costs nothing otherwise.
    private static string Invariant(Func<string> message)
    {
        using var culture = CultureScope.Invariant();
        return message();
    }

    private static void CheckText(MemberRules rules, string text, List<BrokenRule> broken)
    {
        if (rules.MinLength is not null || rules.MaxLength is not null)
        {
            int length = EventSchema.Validation.CodePoints.Length(text);
            if (rules.MinLength is int min && length < min)
            {
                broken.Add(new BrokenRule("minLength", Invariant(() => RuleMessages.MinLength(min)), MemberRules.Decorator("minLength", min)));
            }
            if (rules.MaxLength is int max && length > max)
            {
                broken.Add(new BrokenRule("maxLength", Invariant(() => RuleMessages.MaxLength(max)), MemberRules.Decorator("maxLength", max)));
            }
        }
        if (rules.Pattern is string pattern && PatternEvaluator.Matches(pattern, text) == false)
        {
            broken.Add(new BrokenRule("pattern", RuleMessages.Pattern(pattern), MemberRules.Decorator("pattern", pattern, quoted: true)));
        }
    }

    private static void CheckNumber(MemberRules rules, decimal value, List<BrokenRule> broken)
    {
        Bound(rules.Minimum, "minimum", RuleMessages.Minimum, comparison => comparison >= 0);
        Bound(rules.Maximum, "maximum", RuleMessages.Maximum, comparison => comparison <= 0);
        Bound(rules.ExclusiveMinimum, "exclusiveMinimum", RuleMessages.ExclusiveMinimum, comparison => comparison > 0);
        Bound(rules.ExclusiveMaximum, "exclusiveMaximum", RuleMessages.ExclusiveMaximum, comparison => comparison < 0);

        void Bound(string? bound, string code, Func<string, string> message, Func<int, bool> holds)
        {
            if (bound is null || !decimal.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal limit)) return;
            if (!holds(value.CompareTo(limit))) broken.Add(new BrokenRule(code, message(bound), MemberRules.Decorator(code, bound, quoted: false)));
        }
    }

    // Doubles compare with the bound read as a double, as the generated `value >= 0.1` does.
    private static void CheckNumber(MemberRules rules, double value, List<BrokenRule> broken)
    {
        Bound(rules.Minimum, "minimum", RuleMessages.Minimum, (v, limit) => v >= limit);
        Bound(rules.Maximum, "maximum", RuleMessages.Maximum, (v, limit) => v <= limit);
        Bound(rules.ExclusiveMinimum, "exclusiveMinimum", RuleMessages.ExclusiveMinimum, (v, limit) => v > limit);
        Bound(rules.ExclusiveMaximum, "exclusiveMaximum", RuleMessages.ExclusiveMaximum, (v, limit) => v < limit);

        void Bound(string? bound, string code, Func<string, string> message, Func<double, double, bool> holds)
        {
            if (bound is null || !double.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out double limit)) return;
            if (!holds(value, limit)) broken.Add(new BrokenRule(code, message(bound), MemberRules.Decorator(code, bound, quoted: false)));
        }
    }
}
