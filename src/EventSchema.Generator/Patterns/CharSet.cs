using System.Collections.Generic;
using EventSchema.Generator.Emit;

namespace EventSchema.Generator.Patterns;

/// <summary>The characters one pattern atom matches: ranges, Unicode digits, or "any but line feed", possibly negated.</summary>
internal sealed class CharSet
{
    private readonly List<(char Low, char High)> _ranges = new();

    public bool Negated { get; set; }

    /// <summary><c>\d</c>: every Unicode decimal digit, as .NET matches it.</summary>
    public bool Digits { get; set; }

    /// <summary><c>\D</c> inside a class.</summary>
    public bool NonDigits { get; set; }

    /// <summary><c>.</c>: anything but <c>\n</c>.</summary>
    public bool AnyButLineFeed { get; set; }

    public void Add(char low, char high) => _ranges.Add((low, high));

    public static CharSet Single(char c)
    {
        var set = new CharSet();
        set.Add(c, c);
        return set;
    }

    public bool Contains(char c)
    {
        bool inside = (Digits && char.IsDigit(c))
            || (NonDigits && !char.IsDigit(c))
            || (AnyButLineFeed && c != '\n');
        foreach ((char low, char high) in _ranges)
        {
            if (inside) break;
            inside = c >= low && c <= high;
        }
        return inside != Negated;
    }

    /// <summary>Whether no character is in both sets, checked over every UTF-16 code unit.</summary>
    public bool IsDisjointFrom(CharSet other)
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (Contains((char)c) && other.Contains((char)c)) return false;
        }
        return true;
    }

    /// <summary>A C# boolean expression testing the char expression <paramref name="c"/>.</summary>
    public string Condition(string c)
    {
        var tests = new List<string>();
        foreach ((char low, char high) in _ranges)
        {
            tests.Add(low == high
                ? $"{c} == {CSharpLiterals.Char(low)}"
                : $"({c} >= {CSharpLiterals.Char(low)} && {c} <= {CSharpLiterals.Char(high)})");
        }
        if (Digits) tests.Add($"char.IsDigit({c})");
        if (NonDigits) tests.Add($"!char.IsDigit({c})");
        if (AnyButLineFeed) tests.Add($"{c} != '\\n'");
        string any = tests.Count == 0 ? "false" : string.Join(" || ", tests);
        if (!Negated) return tests.Count == 1 ? any : "(" + any + ")";
        return "!(" + any + ")";
    }
}
