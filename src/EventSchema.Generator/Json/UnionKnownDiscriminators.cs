using System.Collections.Generic;
using System.Globalization;
using EventSchema.Generator.Model;

namespace EventSchema.Generator.Json;

/// <summary>
/// The discriminator values a union's read errors list ("expected one of: …"): every value its reader takes, so each
/// member's value and, for an event member that reads its past versions, their event types too. The versions 1 to n of
/// one event type are written as a range (<c>'diplomacy.credentials-presented.v1' to 'diplomacy.credentials-presented.v3'</c>),
/// which keeps the generated constant short however long the history.
/// </summary>
internal static class UnionKnownDiscriminators
{
    public static string Describe(EquatableArray<UnionMemberSpec> members)
    {
        var values = new List<string>(members.Count);
        foreach (var member in members)
        {
            var past = member.PastDiscriminators;
            if (past.Count >= 2 && IsVersionRange(past, member.DiscriminatorValue))
            {
                values.Add(Quote(past[0].Value) + " to " + Quote(member.DiscriminatorValue));
                continue;
            }
            foreach (var version in past) values.Add(Quote(version.Value));
            values.Add(Quote(member.DiscriminatorValue));
        }
        return string.Join(", ", values);
    }

    /// <summary>Whether the past versions are 1, 2, … of the current value's stem, and the current one the next.</summary>
    private static bool IsVersionRange(EquatableArray<PastDiscriminatorSpec> past, string current)
    {
        const string First = ".v1";
        if (!past[0].Value.EndsWith(First, System.StringComparison.Ordinal)) return false;
        string stem = past[0].Value.Substring(0, past[0].Value.Length - First.Length);
        for (int i = 0; i < past.Count; i++)
        {
            if (past[i].Version != i + 1 || past[i].Value != VersionOf(stem, i + 1)) return false;
        }
        return current == VersionOf(stem, past.Count + 1);
    }

    private static string VersionOf(string stem, int version) => stem + ".v" + version.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string value) => "'" + value + "'";
}
