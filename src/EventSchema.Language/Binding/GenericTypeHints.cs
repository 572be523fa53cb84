using System;
using System.Collections.Generic;

namespace EventSchema.Language.Binding;

/// <summary>
/// What to write instead of a generic type the language does not have, such as <c>optional&lt;T&gt;</c> or
/// <c>array&lt;T&gt;</c>: the names other languages use for optional values and collections, mapped to ours.
/// </summary>
internal static class GenericTypeHints
{
    private const string OptionalHint = "there is no optional<T>: make the field optional with '?' after its name (name?: T). Items of a list, set or map are never missing.";

    // The collection each foreign name means; null for the optional wrappers, which have no replacement in place.
    private static readonly Dictionary<string, string?> Meant = new(StringComparer.OrdinalIgnoreCase)
    {
        ["optional"] = null,
        ["option"] = null,
        ["nullable"] = null,
        ["maybe"] = null,
        ["array"] = "list",
        ["vector"] = "list",
        ["seq"] = "list",
        ["ilist"] = "list",
        ["ienumerable"] = "list",
        ["ireadonlylist"] = "list",
        ["hashset"] = "set",
        ["iset"] = "set",
        ["dictionary"] = "map",
        ["dict"] = "map",
        ["idictionary"] = "map",
    };

    /// <summary>
    /// What to write instead of <paramref name="name"/>; <paramref name="replacement"/> is the collection meant, when
    /// the name can simply be replaced by it (the fix a diagnostic carries).
    /// </summary>
    public static string For(string name, out string? replacement)
    {
        if (Meant.TryGetValue(name, out replacement))
        {
            return replacement switch
            {
                null => OptionalHint,
                "map" => "did you mean 'map'? Write map<string, T>.",
                _ => $"did you mean '{replacement}'? Write {replacement}<T>.",
            };
        }
        replacement = NameSimilarity.FindClosest(name, ["list", "set", "map"]);
        return replacement is null
            ? "only list, set and map take type arguments."
            : $"did you mean '{replacement}'?";
    }
}
