using System;
using System.Collections.Generic;
using System.Globalization;

namespace EventSchema.Language.Patterns;

/// <summary>
/// The code points of the Unicode properties an ECMA-262 property escape (<c>\p{…}</c>) can name, from the
/// Unicode Character Database version <see cref="UnicodeVersion"/>, so a pattern means the same on every host.
/// </summary>
internal static partial class UnicodeTables
{
    /// <summary>The kinds of name a property escape can hold.</summary>
    public enum NameKind
    {
        /// <summary>A General_Category value, as in <c>\p{Lu}</c> or <c>\p{gc=Lu}</c>.</summary>
        GeneralCategory,
        /// <summary>A Script value, as in <c>\p{Script=Greek}</c>.</summary>
        Script,
        /// <summary>A Script_Extensions value, as in <c>\p{scx=Grek}</c>.</summary>
        ScriptExtensions,
        /// <summary>A binary property, as in <c>\p{Alphabetic}</c>.</summary>
        Binary,
    }

    private static readonly object Gate = new();
    private static Dictionary<string, string>? s_names;
    private static Dictionary<string, string>? s_sets;
    private static readonly Dictionary<string, CodePointSet> s_parsed = new(StringComparer.Ordinal);

    /// <summary>
    /// Looks a name up. Returns false when ECMA-262 does not know it; true with a null <paramref name="set"/> when
    /// ECMA-262 knows it but these tables have no data for it (the emoji properties).
    /// </summary>
    public static bool TryFind(NameKind kind, string name, out CodePointSet? set)
    {
        set = null;
        var names = Names();
        if (!names.TryGetValue(KindPrefix(kind) + ":" + name, out string? key)) return false;
        if (key.Length == 0) return true;
        lock (Gate)
        {
            if (!s_parsed.TryGetValue(key, out set))
            {
                set = Parse(s_sets![key]);
                s_parsed[key] = set;
            }
        }
        return true;
    }

    private static string KindPrefix(NameKind kind) => kind switch
    {
        NameKind.GeneralCategory => "gc",
        NameKind.Script => "sc",
        NameKind.ScriptExtensions => "scx",
        _ => "binary",
    };

    private static Dictionary<string, string> Names()
    {
        lock (Gate)
        {
            if (s_names is not null) return s_names;
            var sets = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i + 1 < SetData.Length; i += 2) sets[SetData[i]] = SetData[i + 1];
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i + 2 < NameData.Length; i += 3) names[NameData[i] + ":" + NameData[i + 1]] = NameData[i + 2];
            s_sets = sets;
            s_names = names;
            return names;
        }
    }

    private static CodePointSet Parse(string data)
    {
        var ranges = new List<(int, int)>();
        foreach (string item in data.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            int dash = item.IndexOf('-');
            int low = int.Parse(dash < 0 ? item : item.Substring(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            int high = dash < 0 ? low : int.Parse(item.Substring(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            ranges.Add((low, high));
        }
        return CodePointSet.FromRanges(ranges);
    }
}
