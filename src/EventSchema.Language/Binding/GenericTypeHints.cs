using System;
using System.Collections.Generic;

namespace EventSchema.Language.Binding;

/// <summary>
/// What to write instead of a generic type the language does not have, such as <c>optional&lt;T&gt;</c> or
/// <c>array&lt;T&gt;</c>: the names other languages use for optional values and collections, mapped to ours.
/// </summary>
internal static class GenericTypeHints
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["optional"] = OptionalHint,
        ["option"] = OptionalHint,
        ["nullable"] = OptionalHint,
        ["maybe"] = OptionalHint,
        ["array"] = "did you mean 'list'? Write list<T>.",
        ["vector"] = "did you mean 'list'? Write list<T>.",
        ["seq"] = "did you mean 'list'? Write list<T>.",
        ["ilist"] = "did you mean 'list'? Write list<T>.",
        ["ienumerable"] = "did you mean 'list'? Write list<T>.",
        ["ireadonlylist"] = "did you mean 'list'? Write list<T>.",
        ["hashset"] = "did you mean 'set'? Write set<T>.",
        ["iset"] = "did you mean 'set'? Write set<T>.",
        ["dictionary"] = "did you mean 'map'? Write map<string, T>.",
        ["dict"] = "did you mean 'map'? Write map<string, T>.",
        ["idictionary"] = "did you mean 'map'? Write map<string, T>.",
    };

    private const string OptionalHint = "there is no optional<T>: make the field optional with '?' after its name (name?: T). Items of a list, set or map are never missing.";

    public static string For(string name)
    {
        if (Hints.TryGetValue(name, out string? hint)) return hint;
        string? closest = NameSimilarity.FindClosest(name, ["list", "set", "map"]);
        return closest is null
            ? "only list, set and map take type arguments."
            : $"did you mean '{closest}'?";
    }
}
