using System;
using System.Collections.Generic;
using System.Linq;

namespace EventSchema.Generator.Json;

/// <summary>
/// Names the <c>JsonTypeInfo&lt;T&gt;</c> properties of <c>GeneratedJson</c>, one per generated type of the compilation.
/// </summary>
/// <remarks>
/// The rule (docs/json.md): a type's own name when no other generated type of the project has it and it is not one of
/// the class's own members (<see cref="Reserved"/>); otherwise its namespace and name joined with underscores
/// (<c>Trade_Official</c> beside <c>Diplomacy_Official</c>; <c>Global_Options</c> outside any namespace). If two
/// qualified names are still equal (<c>A_B.C</c> and <c>A.B_C</c>), the later one in ordinal order of the full names
/// gets <c>_2</c>, <c>_3</c>…. Names depend only on the set of generated types, never on the order of files.
/// </remarks>
internal static class JsonTypeInfoNames
{
    /// <summary>
    /// The members <c>GeneratedJson</c> declares besides the type properties, its own name (CS0542), and the members it
    /// inherits from <c>object</c>, which a property of that name would hide (CS0108).
    /// </summary>
    public static readonly string[] Reserved =
    {
        "GeneratedJson", "Resolver", "Options",
        "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString", "Finalize",
    };

    /// <summary>The property name of each type, keyed by its full name (<c>Diplomacy.Official</c>).</summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<(string Namespace, string Name)> types)
    {
        var ordered = types.Distinct().OrderBy(type => FullName(type.Namespace, type.Name), StringComparer.Ordinal).ToList();
        var nameCounts = ordered.GroupBy(type => type.Name, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var taken = new HashSet<string>(Reserved, StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (ns, name) in ordered)
        {
            bool plain = nameCounts[name] == 1 && Array.IndexOf(Reserved, name) < 0;
            // A nested past version, CredentialsPresented.V1, is CredentialsPresented_V1.
            string simple = name.Replace('.', '_');
            string candidate = plain ? simple : (ns.Length == 0 ? "Global" : ns.Replace('.', '_')) + "_" + simple;
            string chosen = candidate;
            for (int suffix = 2; !taken.Add(chosen); suffix++)
            {
                chosen = candidate + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            result[FullName(ns, name)] = chosen;
        }
        return result;
    }

    public static string FullName(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
